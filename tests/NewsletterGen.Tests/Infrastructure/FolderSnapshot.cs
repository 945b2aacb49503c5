namespace NewsletterGen.Tests.Infrastructure;

/// <summary>What a folder holds, to compare before and after: every folder ("path/") and file
/// ("path: base64 of its bytes") below it, in ordinal order.</summary>
public static class FolderSnapshot
{
    public static List<string> Of(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')
                + (Directory.Exists(f) ? "/" : ": " + Convert.ToBase64String(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The names of the folder's own entries, in ordinal order.</summary>
    public static List<string> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(e => Path.GetFileName(e)!).Order(StringComparer.Ordinal).ToList();
}
