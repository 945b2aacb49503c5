using NewsletterGen.Diagnostics;

namespace NewsletterGen.Import;

public sealed record ImportResult(ArchiveKind? Kind, IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, int Skipped, bool DryRun)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int PostCount => Files.Count(f => f.IsPost && f.Written);

    public int ChangedPostCount => Files.Count(f => f.IsPost && f.Written && f.Changes.Count > 0);

    public int FileCount => Files.Count(f => !f.IsPost && f.Written);

    public string Summary =>
        $"{(DryRun ? "Would import" : "Imported")} {PostCount} post{(PostCount == 1 ? string.Empty : "s")} ({ChangedPostCount} changed) and {FileCount} other file{(FileCount == 1 ? string.Empty : "s")} from a {Kind} archive; {Skipped} skipped, {Diagnostics.Count(d => d.IsError)} error{(Diagnostics.Count(d => d.IsError) == 1 ? string.Empty : "s")}, {Diagnostics.Count(d => !d.IsError)} warning{(Diagnostics.Count(d => !d.IsError) == 1 ? string.Empty : "s")}.";
}
