namespace NewsletterGen.Import;

/// <summary>One line of the import's report: a post or a file, where it went (site-relative),
/// and what the import changed in it.</summary>
public sealed record ImportedFile(string Source, string Target, IReadOnlyList<string> Changes, bool IsPost, bool Written)
{
    public string ReportLine =>
        $"{Target} ← {Source}: {(Changes.Count == 0 ? (IsPost ? "copied as written" : "copied") : string.Join("; ", Changes))}{(Written ? string.Empty : " (not written)")}";
}
