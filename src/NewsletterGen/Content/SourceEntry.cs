namespace NewsletterGen.Content;

/// <summary>A folder entry as the walk sees it: its full path, its name, and whether it is a
/// folder or a symbolic link.</summary>
internal readonly record struct SourceEntry(string Path, string Name, bool IsDirectory, bool IsLink);
