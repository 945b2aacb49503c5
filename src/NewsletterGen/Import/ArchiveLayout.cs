using System.Text.RegularExpressions;

namespace NewsletterGen.Import;

/// <summary>Where an archive keeps its posts: the folder given may be a Jekyll site (with
/// _posts/), a _posts folder, a Hugo site (with content/) or a content folder.</summary>
public sealed partial record ArchiveLayout(ArchiveKind Kind, string PostsRoot, string? SiteRoot)
{
    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}-")]
    private static partial Regex Dated();

    private static readonly string[] HugoConfigs = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

    public static ArchiveLayout? Of(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var name = Path.GetFileName(full);
        var parent = Path.GetDirectoryName(full);
        if (Directory.Exists(Path.Combine(full, "_posts")))
        {
            return new ArchiveLayout(ArchiveKind.Jekyll, Path.Combine(full, "_posts"), full);
        }

        if (name == "_posts")
        {
            return new ArchiveLayout(ArchiveKind.Jekyll, full, parent is not null && File.Exists(Path.Combine(parent, "_config.yml")) ? parent : null);
        }

        if (Directory.Exists(Path.Combine(full, "content")))
        {
            return new ArchiveLayout(ArchiveKind.Hugo, Path.Combine(full, "content"), full);
        }

        if (name == "content")
        {
            return new ArchiveLayout(ArchiveKind.Hugo, full, parent is not null && HugoConfigs.Any(c => File.Exists(Path.Combine(parent, c))) ? parent : null);
        }

        // A folder of dated Markdown files is Jekyll's posts under another name.
        if (Directory.Exists(full) && Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Any(f => Dated().IsMatch(Path.GetFileName(f)) && ArchiveImporter.IsMarkdown(f)))
        {
            return new ArchiveLayout(ArchiveKind.Jekyll, full, null);
        }

        return null;
    }

    /// <summary>Where a file of the archive goes below content/posts/: Jekyll's sub-folders of
    /// _posts are kept; Hugo's `posts` (or `post`) section is content/posts itself, any other
    /// section a sub-folder of it.</summary>
    public string TargetOf(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        if (Kind == ArchiveKind.Hugo)
        {
            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && relative[..slash] is "posts" or "post")
            {
                relative = relative[(slash + 1)..];
            }
        }

        return "content/posts/" + relative;
    }

    /// <summary>Folders of a site root whose files posts link to from the site's root
    /// (/images/x.png), copied to content/static/ so those links keep working.</summary>
    public IEnumerable<(string From, string To)> StaticFolders()
    {
        if (SiteRoot is null)
        {
            yield break;
        }

        if (Kind == ArchiveKind.Hugo)
        {
            yield return (Path.Combine(SiteRoot, "static"), "content/static");
            yield break;
        }

        foreach (var name in new[] { "assets", "images", "img", "uploads", "files" })
        {
            yield return (Path.Combine(SiteRoot, name), "content/static/" + name);
        }
    }
}
