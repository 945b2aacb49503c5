using NewsletterGen.Diagnostics;

namespace NewsletterGen.Content;

/// <summary>Lists the files below a folder of the sources without ever leaving the source folder
/// it belongs to (content/ or templates/): a symbolic link is followed only when what it points at
/// is inside that folder. A link that leads out (content/static/shadow.txt -> /etc/shadow), a link
/// that points at nothing, links that lead round in a circle and a folder that cannot be read are
/// diagnostics naming the link or folder; what they hold is left out. Hidden files and editors'
/// temporary files are skipped. Links are judged by their real paths (realpath(3)) against the
/// root's real path, so a source folder that is itself reached through a link works.</summary>
public static class SourceTree
{
    /// <summary>Every file below <paramref name="directory"/>, full paths in ordinal order, judged
    /// against <paramref name="root"/> (the content/ or templates/ folder that holds it). A
    /// missing folder is simply empty.</summary>
    public static IReadOnlyList<string> Files(string directory, string root, string sourceDirectory, DiagnosticBag problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var walk = new SourceWalk(sourceDirectory, problems);
        if (!Path.Exists(directory) && new FileInfo(directory).LinkTarget is null)
        {
            return [];
        }

        var (realRoot, failure) = RealPath.Of(root);
        if (realRoot is null)
        {
            walk.ReportLink(root, failure, null);
            return [];
        }

        walk.Root = realRoot;
        walk.RootName = walk.Relative(root);
        var (realDirectory, directoryFailure) = RealPath.Of(directory);
        if (realDirectory is null)
        {
            walk.ReportLink(directory, directoryFailure, null);
        }
        else if (!IsInside(realDirectory, realRoot))
        {
            walk.ReportLink(directory, RealPathFailure.None, realDirectory);
        }
        else if (Directory.Exists(realDirectory))
        {
            walk.Folder(directory, realDirectory);
        }

        walk.Found.Sort(StringComparer.Ordinal);
        return walk.Found;
    }

    /// <summary>Whether a file or folder name is hidden or an editor's temporary file.</summary>
    public static bool IsIgnored(ReadOnlySpan<char> name) =>
        name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);

    internal static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
