using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>What content/posts/ holds besides posts of the site's one list: sub-folders not
/// declared as sections (their posts are merged into the list, as always, with one note per
/// folder suggesting a section), and files that are neither Markdown nor an asset a post can
/// show or link to (an old generator's blog.yml, a file without an extension), which are left
/// out with a note rather than published as they are.</summary>
internal static class PostFolderNotes
{
    /// <summary>What a post shows or offers beside it: images, audio, video, documents, data.</summary>
    private static readonly HashSet<string> AssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".bmp", ".tif", ".tiff",
        ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac", ".mp4", ".m4v", ".webm", ".ogv", ".mov", ".vtt",
        ".pdf", ".txt", ".csv", ".json", ".xml", ".zip", ".gz", ".tgz", ".epub", ".css", ".js",
    };

    public static ContentListing Apply(ContentListing listing, string sourceDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        // Full paths are compared by prefix: making every post's path relative costs more.
        var postsFolder = Path.Combine(sourceDirectory, ContentLoader.ContentFolder, "posts") + Path.DirectorySeparatorChar;
        var folders = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in listing.Posts)
        {
            if (!post.StartsWith(postsFolder, StringComparison.Ordinal) || post.IndexOf(Path.DirectorySeparatorChar, postsFolder.Length) < 0)
            {
                continue;
            }

            var relative = ContentLoader.Relative(sourceDirectory, post);
            if (PostPermalink.FolderOf(relative) is { } folder && config.Section(folder) is null)
            {
                folders.TryAdd(folder, relative);
            }
        }

        foreach (var (folder, first) in folders)
        {
            diagnostics.Warning(DiagnosticCodes.UndeclaredSection, SourceLocation.StartOf(first),
                $"the posts in content/posts/{folder}/ are listed with all the others; to give them their own listing, feeds and /{folder}/ URLs, declare the folder in site.yml:\n  sections:\n    {folder}:\n      title: {Title(folder)}");
        }

        List<StaticFile>? kept = null;
        for (var i = 0; i < listing.Files.Count; i++)
        {
            var file = listing.Files[i];
            if (!file.FullPath.StartsWith(postsFolder, StringComparison.Ordinal) || AssetExtensions.Contains(Path.GetExtension(file.OutputPath)))
            {
                kept?.Add(file);
                continue;
            }

            var source = ContentLoader.Relative(sourceDirectory, file.FullPath);
            kept ??= [.. listing.Files.Take(i)];
            diagnostics.Warning(DiagnosticCodes.UnpublishedPostFile, SourceLocation.StartOf(source),
                $"{source} is not published: beside posts, only Markdown and the images, media and documents posts show are; move it to content/static/ to publish it as it is, or delete it");
        }

        return kept is null ? listing : listing with { Files = kept };
    }

    private static string Title(string folder) => folder.Length == 0 ? folder : char.ToUpperInvariant(folder[0]) + folder[1..].Replace('-', ' ');
}
