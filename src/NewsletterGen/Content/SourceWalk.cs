using System.IO.Enumeration;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Content;

/// <summary>One listing of <see cref="SourceTree"/>: walks the folders, follows the links that stay
/// inside the root, and keeps the files found and the real paths of the folders being
/// walked (a link to one of them is a loop).</summary>
internal sealed class SourceWalk(string sourceDirectory, DiagnosticBag problems)
{
    private static readonly EnumerationOptions OneLevel = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
    private readonly HashSet<string> _walking = new(StringComparer.Ordinal);

    public string Root { get; set; } = string.Empty;

    public string RootName { get; set; } = string.Empty;

    public List<string> Found { get; } = [];

    public void Folder(string path, string realPath)
    {
        List<SourceEntry> entries;
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
    private static List<SourceEntry> Entries(string path)
    {
        if (!NativeDirectory.IsAvailable)
        {
            return [.. new FileSystemEnumerable<SourceEntry>(path,
                (ref FileSystemEntry e) => new SourceEntry(e.ToFullPath(), e.FileName.ToString(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0), OneLevel)
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !SourceTree.IsIgnored(e.FileName),
            }];
        }

        var entries = new List<SourceEntry>();
        foreach (var (name, type) in NativeDirectory.Read(path))
        {
            if (SourceTree.IsIgnored(name))
            {
                continue;
            }

            var full = Path.Join(path, name);
            entries.Add(type switch
            {
                NativeDirectory.Folder => new SourceEntry(full, name, true, false),
                NativeDirectory.Link => new SourceEntry(full, name, false, true),
                NativeDirectory.Unknown => Probe(full, name),
                _ => new SourceEntry(full, name, false, false),
            });
        }

        return entries;
    }

    /// <summary>An entry whose type the file system did not report (DT_UNKNOWN): one lstat.</summary>
    private static SourceEntry Probe(string full, string name)
    {
        var info = new FileInfo(full);
        var isLink = info.LinkTarget is not null;
        return new SourceEntry(full, name, !isLink && (info.Attributes & FileAttributes.Directory) != 0, isLink);
    }

    private void Link(SourceEntry entry)
    {
        var (real, failure) = RealPath.Of(entry.Path);
        if (real is null || !SourceTree.IsInside(real, Root))
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
