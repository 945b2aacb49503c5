using NewsletterGen.Templates;

namespace NewsletterGen.Incremental;

/// <summary>The parsed templates, their versions (one per template text) and what each reads.</summary>
internal sealed record CachedTemplates(
    IReadOnlyDictionary<string, string> Texts,
    TemplateSet Set,
    TemplateDependencies Dependencies,
    IReadOnlyDictionary<string, long> Versions);
