namespace NewsletterGen.Serve;

/// <summary>Finds the file or folder a request names inside the output folder, and nothing
/// outside it. Kestrel has already decoded the path and removed plain and encoded dot segments,
/// but it leaves an encoded slash (%2F) as it is, and a decoded %5C is a backslash: a segment
/// that is empty, a dot segment, or holds a slash, backslash, colon or NUL is refused rather than
/// interpreted. Symbolic links are then resolved part by part, and the answer is the resolved,
/// link-free path, which must lie inside the (resolved) output folder: a link in the output that
/// points elsewhere is not found.</summary>
public static class RequestPathResolver
{
    private const int MaxLinks = 40;

    /// <summary>The file or folder below <paramref name="root"/> that <paramref name="urlPath"/>
    /// (relative, e.g. "posts/a/" or "assets/style.css") names, or null when there is none or it
    /// would lead outside.</summary>
    public static FileSystemInfo? Find(string root, string urlPath)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(urlPath);
        var segments = urlPath.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            // A trailing slash leaves one empty segment at the end; an empty one elsewhere is "//".
            var isTrailingSlash = i == segments.Length - 1 && segments[i].Length == 0;
            if (!isTrailingSlash && !IsPlainName(segments[i]))
            {
                return null;
            }
        }

        var top = RealPath(Path.GetFullPath(root));
        var target = top is null ? null : RealPath(Path.Join(top, string.Join(Path.DirectorySeparatorChar, segments)));
        if (top is null || target is null || !IsInside(top, target))
        {
            return null;
        }

        if (File.Exists(target))
        {
            return new FileInfo(target);
        }

        return Directory.Exists(target) ? new DirectoryInfo(target) : null;
    }

    private static bool IsPlainName(string segment) =>
        segment.Length > 0 && segment is not ("." or "..")
        && segment.IndexOfAny(['/', '\\', ':', '\0']) < 0
        && !segment.Contains("%2f", StringComparison.OrdinalIgnoreCase)
        && !segment.Contains("%5c", StringComparison.OrdinalIgnoreCase);

    /// <summary>The absolute path with every symbolic link along it replaced by its target, like
    /// realpath(3); null for a chain of links too long to be anything but a loop.</summary>
    private static string? RealPath(string path, int links = 0)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var current = Path.GetPathRoot(full)!;
        var parts = full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Join(current, parts[i]);
            var link = new FileInfo(next).LinkTarget;
            if (link is null)
            {
                current = next;
                continue;
            }

            if (links >= MaxLinks)
            {
                return null;
            }

            var resolved = Path.IsPathRooted(link) ? link : Path.Join(current, link);
            return RealPath(Path.Join(resolved, string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..])), links + 1);
        }

        return current;
    }

    private static bool IsInside(string folder, string path) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
