using System.Collections.Concurrent;
using NewsletterGen.Diagnostics;
using NewsletterGen.Content;
using Scriban;
using Scriban.Syntax;

namespace NewsletterGen.Templates.I18n;

/// <summary>The words of each language pages of one build are in, resolved the first time a page
/// in that language asks (a few languages per build) and then shared by every render. A page's
/// language is its `lang` global.</summary>
public sealed class PageWords
{
    private static readonly ScriptVariableGlobal LangVariable = new("lang");

    private readonly UiStrings _strings;
    private readonly string _siteLanguage;
    private readonly ConcurrentDictionary<string, Words> _resolved = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _fallbacks = new(StringComparer.Ordinal);

    public PageWords(UiStrings strings, string siteLanguage)
    {
        _strings = strings;
        _siteLanguage = siteLanguage;
    }

    public bool IsEmpty => _strings.IsEmpty;

    public Words For(string language) =>
        _resolved.GetOrAdd(language, l => _strings.Resolve(l, _siteLanguage, used => _fallbacks.TryAdd(l, used)));

    /// <summary>The words of the page being rendered in <paramref name="context"/>.</summary>
    public Words For(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return For(context.GetValue(LangVariable) as string ?? _siteLanguage);
    }

    /// <summary>Reports the languages pages were in that the theme has no words for.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_strings.IsEmpty)
        {
            return;
        }

        foreach (var (language, used) in _fallbacks)
        {
            diagnostics.Warning(DiagnosticCodes.MissingUiLanguage, SourceLocation.StartOf($"{ContentLoader.TemplatesFolder}/{UiStrings.Folder}/{language}.yml"),
                $"pages in '{language}' have no templates/{UiStrings.Folder}/{language}.yml: the theme's words are shown from {used}; add the file to show them in '{language}'");
        }
    }
}
