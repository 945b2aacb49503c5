namespace NewsletterGen.Incremental;

/// <summary>What a file watcher saw change since the last build: the files written, made, deleted
/// or renamed (full paths), whether any file or folder was made, deleted or renamed, and whether
/// <see cref="Paths"/> is complete (false when the kernel's queue overflowed or a folder appeared
/// before it was watched). A build given this need not look at the files it does not name.</summary>
public sealed record SourceChanges(IReadOnlySet<string> Paths, bool StructureChanged, bool Complete);
