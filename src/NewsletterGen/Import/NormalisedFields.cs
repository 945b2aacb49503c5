namespace NewsletterGen.Import;

/// <summary>A post's front matter after the import's rules, what it changed (for the report),
/// what the writer still has to decide (key and message, reported at the key's line), and what
/// the old URL is made from.</summary>
public sealed record NormalisedFields(
    IReadOnlyList<ImportField> Fields,
    IReadOnlyList<string> Changes,
    IReadOnlyList<(string Key, string Message)> ToDecide,
    string? Title,
    ImportDate? Date,
    ImportDate? UrlDate,
    string? OldSlug,
    IReadOnlyList<string> Categories,
    string? OldPermalink,
    IReadOnlyList<string> OldAliases);
