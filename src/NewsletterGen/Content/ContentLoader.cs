using System.Text;
using NewsletterGen.Diagnostics;
using NewsletterGen.Performance;

namespace NewsletterGen.Content;

/// <summary>Finds the site's files: posts and pages (Markdown), and the files copied as they are.
/// Everything is listed in ordinal order so that two builds see the same sequence.</summary>
public static class ContentLoader
{
    public const string ContentFolder = "content";
    public const string TemplatesFolder = "templates";

    /// <summary>Finds the site's files without reading them: the Markdown files of posts and
    /// pages (full paths), and the files copied as they are.</summary>
    public static ContentListing List(string sourceDirectory)
    {
        var content = Path.Combine(sourceDirectory, ContentFolder);
        var postsDir = Path.Combine(content, "posts");
        var pagesDir = Path.Combine(content, "pages");

        var posts = new List<string>();
        var pages = new List<string>();
        var files = new List<StaticFile>();
        var problems = new DiagnosticBag();

        foreach (var file in ListFiles(postsDir, content, sourceDirectory, problems))
        {
            if (IsMarkdown(file))
            {
                posts.Add(file);
            }
            else
            {
                // Images beside posts keep their place below /posts/, where relative links find them.
                files.Add(new StaticFile("posts/" + Relative(postsDir, file), file));
            }
        }

        foreach (var file in ListFiles(pagesDir, content, sourceDirectory, problems))
        {
            if (IsMarkdown(file))
            {
                pages.Add(file);
            }
            else
            {
                files.Add(new StaticFile(Relative(pagesDir, file), file));
            }
        }

        var staticDir = Path.Combine(content, "static");
        files.AddRange(ListFiles(staticDir, content, sourceDirectory, problems).Select(f => new StaticFile(Relative(staticDir, f), f)));

        var templates = Path.Combine(sourceDirectory, TemplatesFolder);
        var assetsDir = Path.Combine(templates, "assets");
        files.AddRange(ListFiles(assetsDir, templates, sourceDirectory, problems).Select(f => new StaticFile("assets/" + Relative(assetsDir, f), f)));
        return new ContentListing(posts, pages, files) { Problems = problems.ToSortedList() };
    }

    public static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>Reads and decodes one file; a file that cannot be read or decoded is a diagnostic.</summary>
    public static SourceDocument? Read(string sourceDirectory, string file, DiagnosticBag diagnostics)
    {
        var relative = Relative(sourceDirectory, file);
        return Reading(relative, diagnostics, () => File.ReadAllBytes(file)) is { } bytes && TextDecoder.Decode(bytes, relative, diagnostics) is { } text
            ? new SourceDocument(relative, text)
            : null;
    }

    /// <summary>Reads a Markdown file for a build that renders its body once and keeps nothing:
    /// a plain file (<see cref="FrontMatterSplit"/>) is decoded up to the end of its front
    /// matter only, and its body is returned as the file's bytes from where it starts, to be
    /// decoded when its Markdown is rendered. Decoding the whole file and then cutting the body
    /// out of it made two copies of every body, each twice the size of the file, which were held
    /// (and moved by the garbage collector) until the Markdown stage let them go. Any other file
    /// is read as <see cref="Read"/> reads it, and has no separate body.</summary>
    internal static (SourceDocument? Head, Utf8Body? Body) ReadHeadAndBody(string sourceDirectory, string file, DiagnosticBag diagnostics)
    {
        var relative = Relative(sourceDirectory, file);
        var bytes = Reading(relative, diagnostics, () => FileBytes.ReadFile(file));
        try
        {
            if (bytes is null)
            {
                return (null, null);
            }

            var span = bytes.Span;
            var bodyStart = FrontMatterSplit.BodyStart(span);
            if (bodyStart < 0)
            {
                var text = TextDecoder.Decode(span, relative, diagnostics);
                return (text is null ? null : new SourceDocument(relative, text), null);
            }

            var head = new SourceDocument(relative, Encoding.UTF8.GetString(span[..bodyStart]));
            var body = new Utf8Body(bytes, bodyStart);
            bytes = null;
            return (head, body);
        }
        finally
        {
            bytes?.Dispose();
        }
    }

    /// <summary>What <paramref name="read"/> returns, or null and a diagnostic if the file cannot be read.</summary>
    private static T? Reading<T>(string relative, DiagnosticBag diagnostics, Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.StartOf(relative), e.Message);
            return null;
        }
    }

    private static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every file below a folder, without hidden files and editors' temporary files,
    /// in ordinal order, never leaving <paramref name="root"/> (content/ or templates/) through a
    /// symbolic link (<see cref="SourceTree"/>); what goes wrong is added to
    /// <paramref name="problems"/>. A missing folder is simply empty.</summary>
    public static IReadOnlyList<string> ListFiles(string directory, string root, string sourceDirectory, DiagnosticBag problems) =>
        SourceTree.Files(directory, root, sourceDirectory, problems);
}
