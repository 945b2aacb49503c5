using ColorCode;

namespace NewsletterGen.Markdown;

/// <summary>A language ColorCode does not ship, defined by our own rules (see
/// <see cref="BlogLanguages"/>). It is handed straight to ColorCode's parser, never loaded into
/// ColorCode's global repository, so no static state changes; the id only keys ColorCode's cache of
/// compiled patterns, hence the `ng-` prefix that no ColorCode language uses.</summary>
internal sealed class RegexLanguage(string id, string name, IList<LanguageRule> rules) : ILanguage
{
    public string Id { get; } = "ng-" + id;

    public string Name { get; } = name;

    public string CssClassName => Id;

    public string? FirstLinePattern => null;

    public IList<LanguageRule> Rules { get; } = rules;

    public bool HasAlias(string lang) => false;

    public override string ToString() => Name;
}
