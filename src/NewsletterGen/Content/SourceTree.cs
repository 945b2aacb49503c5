using System.IO.Enumeration;
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
        var walk = new Walk(sourceDirectory, problems);
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

    private readonly record struct Entry(string Path, string Name, bool IsDirectory, bool IsLink);

    /// <summary>One listing's state: the files found, and the real paths of the folders being
    /// walked (a link to one of them is a loop).</summary>
    private sealed class Walk(string sourceDirectory, DiagnosticBag problems)
    {
        private static readonly EnumerationOptions OneLevel = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        private readonly HashSet<string> _walking = new(StringComparer.Ordinal);

        public string Root { get; set; } = string.Empty;

        public string RootName { get; set; } = string.Empty;

        public List<string> Found { get; } = [];

        public void Folder(string path, string realPath)
        {
            List<Entry> entries;
            try
            {
                entries = Entries(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message;
                problems.Error(DiagnosticCodes.UnreadableFolder, SourceLocation.StartOf(Relative(path)),
                    $"the folder {Relative(path)} cannot be read ({reason}), so its files would be missing from the site; fix its permissions");
                return;
            }

            _walking.Add(realPath);
            foreach (var entry in entries)
            {
                if (entry.IsLink)
                {
                    Link(entry);
                }
                else if (entry.IsDirectory)
                {
                    Folder(entry.Path, Path.Join(realPath, entry.Name));
                }
                else
                {
                    Found.Add(entry.Path);
                }
            }

            _walking.Remove(realPath);
        }

        /// <summary>The folder's entries that are not ignored.</summary>
        private static List<Entry> Entries(string path)
        {
            if (!NativeDirectory.IsAvailable)
            {
                return [.. new FileSystemEnumerable<Entry>(path,
                    (ref FileSystemEntry e) => new Entry(e.ToFullPath(), e.FileName.ToString(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0), OneLevel)
                {
                    ShouldIncludePredicate = (ref FileSystemEntry e) => !IsIgnored(e.FileName),
                }];
            }

            var entries = new List<Entry>();
            foreach (var (name, type) in NativeDirectory.Read(path))
            {
                if (IsIgnored(name))
                {
                    continue;
                }

                var full = Path.Join(path, name);
                entries.Add(type switch
                {
                    NativeDirectory.Folder => new Entry(full, name, true, false),
                    NativeDirectory.Link => new Entry(full, name, false, true),
                    NativeDirectory.Unknown => Probe(full, name),
                    _ => new Entry(full, name, false, false),
                });
            }

            return entries;
        }

        /// <summary>An entry whose type the file system did not report (DT_UNKNOWN): one lstat.</summary>
        private static Entry Probe(string full, string name)
        {
            var info = new FileInfo(full);
            var isLink = info.LinkTarget is not null;
            return new Entry(full, name, !isLink && (info.Attributes & FileAttributes.Directory) != 0, isLink);
        }

        private void Link(Entry entry)
        {
            var (real, failure) = RealPath.Of(entry.Path);
            if (real is null || !IsInside(real, Root))
            {
                ReportLink(entry.Path, failure, real);
            }
            else if (!Directory.Exists(real))
            {
                Found.Add(entry.Path);
            }
            else if (_walking.Contains(real))
            {
                problems.Error(DiagnosticCodes.LinkLoop, SourceLocation.StartOf(Relative(entry.Path)),
                    $"{Relative(entry.Path)} is a symbolic link to {Relative(real)}, a folder that holds the link: following it would never end; remove the link");
            }
            else
            {
                Folder(entry.Path, real);
            }
        }

        /// <summary>A link that cannot be followed (<paramref name="failure"/>), or that leads to
        /// <paramref name="real"/> outside the root.</summary>
        public void ReportLink(string path, RealPathFailure failure, string? real)
        {
            var relative = Relative(path);
            var target = LinkTarget(path);
            var location = SourceLocation.StartOf(relative);
            switch (failure)
            {
                case RealPathFailure.None:
                    problems.Error(DiagnosticCodes.LinkLeavesSource, location,
                        $"{relative} is a symbolic link to {real}, outside {RootName}/; only files inside the source folders are published. Copy the file in, or remove the link");
                    break;
                case RealPathFailure.Missing:
                    problems.Error(DiagnosticCodes.DanglingLink, location,
                        $"{relative} is a symbolic link to {target ?? "a path"} that does not exist; restore what it points at, or remove the link");
                    break;
                case RealPathFailure.Loop:
                    problems.Error(DiagnosticCodes.LinkLoop, location,
                        $"{relative} is a symbolic link{(target is null ? "" : $" to {target}")} that leads round in a circle of links; remove the link");
                    break;
                default:
                    problems.Error(DiagnosticCodes.UnreadableFolder, location,
                        $"{relative}{(target is null ? "" : $" (a symbolic link to {target})")} cannot be followed: a folder along the way cannot be read; fix its permissions");
                    break;
            }
        }

        private static string? LinkTarget(string path)
        {
            try
            {
                return new FileInfo(path).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        public string Relative(string path)
        {
            var relative = Path.GetRelativePath(sourceDirectory, path);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
        }
    }
}
