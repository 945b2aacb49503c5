namespace NewsletterGen.Output;

/// <summary>A site's files sorted by path (as a build leaves them), searched and patched without
/// a dictionary of ten thousand paths.</summary>
internal static class SortedFiles
{
    /// <summary>The index of the file at <paramref name="path"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<OutputFile> files, string path)
    {
        var (low, high) = (0, files.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(files[middle].Path, path);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <summary>The files with each of <paramref name="made"/> in place of the file at its path,
    /// which must be there already.</summary>
    public static List<OutputFile> WithReplaced(IReadOnlyList<OutputFile> files, IEnumerable<OutputFile> made)
    {
        var copy = files.ToList();
        foreach (var file in made)
        {
            var at = IndexOf(copy, file.Path);
            copy[at >= 0 ? at : throw new InvalidOperationException($"{file.Path} is not a file of the last build")] = file;
        }

        return copy;
    }
}
