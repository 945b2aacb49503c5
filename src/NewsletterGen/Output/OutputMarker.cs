using System.Text;

namespace NewsletterGen.Output;

/// <summary>The file every build leaves in its output folder: it says that NewsletterGen made the
/// folder, so the next build may replace it, and lists the files the build wrote there, so a build
/// with --keep-other-files knows which files it may remove (those an earlier build made) and which
/// it must keep (everything else: .git/, CNAME). Its text is the same for the same site, so the
/// output stays byte for byte reproducible.</summary>
public static class OutputMarker
{
    public const string FileName = ".newslettergen-output";

    private const string Header = "# Written by NewsletterGen: this folder is a site it built, and the next build may replace it.";

    /// <summary>Whether <paramref name="folder"/> holds a marker a build wrote.</summary>
    public static bool IsIn(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);

        // Only the header is read: at 10,000 posts the list is half a megabyte, and the preview
        // asks before every full rebuild.
        try
        {
            using var reader = new StreamReader(Path.Combine(folder, FileName), Encoding.UTF8);
            return reader.ReadLine() == Header;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The files the build that wrote the marker made (output paths), or null when the
    /// folder has no marker, or a file of that name that a build did not write.</summary>
    public static IReadOnlySet<string>? Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = Path.Combine(folder, FileName);
        string[] lines;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            lines = File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length == 0 || lines[0] != Header)
        {
            return null;
        }

        return lines.Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The marker's bytes for a build that made <paramref name="paths"/>. The build's
    /// paths come sorted and distinct: then they are written as they are, into one array.</summary>
    public static byte[] Bytes(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        if (!IsSortedAndDistinct(list))
        {
            list = [.. list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }

        const string Intro = Header + "\n# The files it made, one per line. With --keep-other-files a build updates or removes only these, and keeps every other file.\n";
        var size = Encoding.UTF8.GetByteCount(Intro);
        foreach (var path in list)
        {
            size += Encoding.UTF8.GetByteCount(path) + 1;
        }

        var bytes = new byte[size];
        var at = Encoding.UTF8.GetBytes(Intro, bytes);
        foreach (var path in list)
        {
            at += Encoding.UTF8.GetBytes(path, bytes.AsSpan(at));
            bytes[at++] = (byte)'\n';
        }

        return bytes;
    }

    private static bool IsSortedAndDistinct(List<string> paths)
    {
        for (var i = 1; i < paths.Count; i++)
        {
            if (string.CompareOrdinal(paths[i - 1], paths[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
