using System.Text;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Import;

/// <summary>`newslettergen import`: copies a Jekyll or Hugo archive into content/posts, with
/// front matter in NewsletterGen's words and the old URLs kept as aliases. It plans every post
/// first (slugs shared by several posts are only known then), then writes, never over an
/// existing file.</summary>
public static class ArchiveImporter
{
    private static readonly string[] MediaExtensions =
        [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".bmp", ".tif", ".tiff", ".mp4", ".webm", ".ogg", ".mp3", ".m4a", ".wav", ".pdf", ".zip", ".txt", ".csv"];

    private sealed record PlannedPost(string Source, string Target, SourceSplit Split, NormalisedFields Normalised, string Slug, string OldUrl)
    {
        public List<string> Aliases { get; } = [];

        public List<string> Changes { get; } = [];

        public string? NewSlug { get; set; }
    }

    public static bool IsMarkdown(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" or ".mkd" or ".mkdn" or ".mdown";

    public static ImportResult Run(ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var layout = ArchiveLayout.Of(options.Archive);
        if (layout is null)
        {
            diagnostics.Error(DiagnosticCodes.ImportNotAnArchive, SourceLocation.StartOf(Path.GetFullPath(options.Archive)),
                "this folder is not an archive the import knows: give a Jekyll site (with _posts/) or its _posts folder, or a Hugo site (with content/ and hugo.toml) or its content folder");
            return new ImportResult(null, [], diagnostics.ToSortedList(), 0, options.DryRun);
        }

        var settings = layout.SiteRoot is null ? ArchiveSettings.None
            : layout.Kind == ArchiveKind.Jekyll ? ArchiveSettings.Jekyll(layout.SiteRoot, diagnostics) : ArchiveSettings.Hugo(layout.SiteRoot, diagnostics);
        var language = SiteLanguage(options.SourceDirectory);
        var jekyll = new JekyllUrls(settings.JekyllPermalink);
        var hugo = new HugoUrls(settings.HugoPermalinks);

        var files = new List<ImportedFile>();
        var posts = new List<PlannedPost>();
        var assets = new List<(string From, string Source, string Target)>();
        var skipped = 0;
        foreach (var path in Directory.EnumerateFiles(layout.PostsRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(layout.PostsRoot, path).Replace('\\', '/');
            var shown = Shown(layout, path);
            if (relative.Split('/').Any(s => s.StartsWith('.')))
            {
                continue; // .DS_Store, .git and the like
            }

            var target = layout.TargetOf(relative);
            if (!IsMarkdown(path))
            {
                if (Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".textile")
                {
                    diagnostics.Warning(DiagnosticCodes.ImportSkippedFile, SourceLocation.StartOf(path),
                        "a post written in HTML or Textile is not imported; convert it to Markdown and import it again, or copy it into content/static/");
                    skipped++;
                }
                else
                {
                    assets.Add((path, shown, target));
                }

                continue;
            }

            if (layout.Kind == ArchiveKind.Hugo && HugoNonPost(path, relative) is { } why)
            {
                diagnostics.Warning(DiagnosticCodes.ImportSkippedFile, SourceLocation.StartOf(path), why);
                skipped++;
                continue;
            }

            if (Plan(path, shown, relative, target, layout, jekyll, hugo, options.Now, diagnostics) is { } post)
            {
                posts.Add(post);
            }
            else
            {
                skipped++;
            }
        }

        ResolveUrls(posts, ExistingSlugs(options.SourceDirectory, language), language, diagnostics);

        foreach (var post in posts)
        {
            var text = Text(post);
            var written = Write(options, post.Target, Encoding.UTF8.GetBytes(text), diagnostics);
            files.Add(new ImportedFile(post.Source, post.Target, post.Changes, IsPost: true, written));
            if (written || options.DryRun)
            {
                ReportToDecide(post, text, diagnostics);
            }
        }

        foreach (var (from, source, target) in assets)
        {
            files.Add(new ImportedFile(source, target, [], IsPost: false, Write(options, target, File.ReadAllBytes(from), diagnostics)));
        }

        files.AddRange(CopyStaticFiles(options, layout, diagnostics));
        return new ImportResult(layout.Kind, files, diagnostics.ToSortedList(), skipped, options.DryRun);
    }

    /// <summary>The images and media of the archive's static folders (Jekyll's assets/, Hugo's
    /// static/), copied (or, in a dry run, listed) under content/static/.</summary>
    private static List<ImportedFile> CopyStaticFiles(ImportOptions options, ArchiveLayout layout, DiagnosticBag diagnostics)
    {
        // A list, not an iterator: the copying happens when the method is called, not when (or
        // whether) a caller gets round to enumerating it.
        var copied = new List<ImportedFile>();
        foreach (var (folder, to) in layout.StaticFolders().Where(f => Directory.Exists(f.From)))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                if (relative.Split('/').Any(s => s.StartsWith('.')) || !MediaExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
                {
                    continue;
                }

                var target = $"{to}/{relative}";
                copied.Add(new ImportedFile(Shown(layout, path), target, [], IsPost: false, Write(options, target, File.ReadAllBytes(path), diagnostics)));
            }
        }

        return copied;
    }

    /// <summary>Why a Markdown file of a Hugo content folder is not a post (a section's list
    /// page, a page at the top of content/), or null when it is one.</summary>
    private static string? HugoNonPost(string path, string relative) =>
        Path.GetFileName(path).StartsWith("_index.", StringComparison.Ordinal)
            ? "a Hugo section's list page is not a post and is not imported; NewsletterGen makes the home, archive and tag pages itself"
            : !relative.Contains('/', StringComparison.Ordinal)
                ? "a page at the top of content/ is not a post and is not imported; copy it into content/pages/ to keep it as a page"
                : null;

    private static string Shown(ArchiveLayout layout, string path) =>
        Path.GetRelativePath(layout.SiteRoot ?? Path.GetDirectoryName(layout.PostsRoot) ?? layout.PostsRoot, path).Replace('\\', '/');

    private static PlannedPost? Plan(string path, string shown, string relative, string target, ArchiveLayout layout, JekyllUrls jekyll, HugoUrls hugo, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        string raw;
        try
        {
            // Decoded by hand: a reader would drop the byte order mark before the report could say so.
            raw = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, SourceLocation.StartOf(path), $"cannot be read as UTF-8 text ({e.Message.TrimEnd('.')}); save it as UTF-8 and import again");
            return null;
        }

        var split = SourceSplit.Of(raw);
        if (split is null)
        {
            diagnostics.Error(DiagnosticCodes.ImportMalformedFrontMatter, SourceLocation.StartOf(path),
                "the front matter opened here is never closed; add its closing line ('---', or '+++' for TOML) and import again");
            return null;
        }

        var fields = FieldReader.Read(split, path, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var normalised = FieldNormaliser.Normalise(fields, layout.Kind, Path.GetFileName(path), now);
        string oldUrl;
        if (layout.Kind == ArchiveKind.Jekyll)
        {
            var date = normalised.UrlDate ?? JekyllFileName.Date(path);
            if (date is null)
            {
                diagnostics.Error(DiagnosticCodes.ImportInvalidDate, SourceLocation.StartOf(path),
                    "a Jekyll post needs its date in its file name (2013-11-22-title.md) or a 'date:'; rename it or add the date, and import again");
                return null;
            }

            oldUrl = jekyll.Url(JekyllFileName.Slug(path), normalised.OldSlug, date, normalised.Categories, normalised.OldPermalink);
        }
        else
        {
            oldUrl = hugo.Url(relative, normalised.Title, normalised.OldSlug, normalised.OldPermalink, normalised.UrlDate);
        }

        var post = new PlannedPost(shown, target, split, normalised, string.Empty, oldUrl);
        post.Changes.AddRange(split.Format switch
        {
            FrontMatterFormat.Toml => ["TOML → YAML"],
            FrontMatterFormat.Json => ["JSON → YAML"],
            FrontMatterFormat.None => ["front matter added"],
            _ => [],
        });
        if (split.HadBom)
        {
            post.Changes.Add("byte order mark removed");
        }

        if (split.HadCrlf)
        {
            post.Changes.Add("CRLF → LF");
        }

        post.Changes.AddRange(normalised.Changes);
        post.Aliases.Add(oldUrl);
        post.Aliases.AddRange(normalised.OldAliases.Select(a => layout.Kind == ArchiveKind.Hugo ? HugoUrls.Alias(a, oldUrl) : UrlText.CollapseSlashes(a.Trim())));
        return post;
    }

    /// <summary>Gives each post a slug no other post has (adding its year, then its date, when
    /// titles repeat), and keeps each old URL as an alias unless it is the post's new URL, is
    /// kept by another post already, or cannot be a path of the site.</summary>
    private static void ResolveUrls(List<PlannedPost> posts, HashSet<string> taken, string? language, DiagnosticBag diagnostics)
    {
        var slugs = new Dictionary<PlannedPost, string>(ReferenceEqualityComparer.Instance);
        foreach (var post in posts)
        {
            var own = post.Normalised.Fields.FirstOrDefault(f => f.Key == "slug")?.Value is ImportScalar s ? s.Text : null;
            var made = own ?? Slug.From(post.Normalised.Title ?? string.Empty, language);
            if (!Slug.IsSafe(made))
            {
                made = Slug.From(JekyllFileName.Slug(Path.GetFileName(post.Target) is "index.md" ? Path.GetFileName(Path.GetDirectoryName(post.Target)) ?? "post" : Path.GetFileName(post.Target)));
                post.NewSlug = Slug.IsSafe(made) ? made : null;
            }

            slugs[post] = made;
        }

        // The oldest post of a repeated title keeps the plain slug, so the result does not
        // depend on the order files are listed in.
        foreach (var post in posts.OrderBy(p => (p.Normalised.Date ?? JekyllFileName.Date(p.Target))?.Instant ?? DateTimeOffset.MinValue).ThenBy(p => p.Target, StringComparer.Ordinal))
        {
            var slug = slugs[post];
            var date = post.Normalised.Date ?? JekyllFileName.Date(post.Target);
            string[] candidates = date is null
                ? [slug, $"{slug}-2", $"{slug}-3", $"{slug}-4"]
                : [slug, $"{slug}-{date.Year:D4}", $"{slug}-{date.Year:D4}-{date.Month:D2}-{date.Day:D2}", $"{slug}-{date.Year:D4}-{date.Month:D2}-{date.Day:D2}-2"];
            var chosen = candidates.FirstOrDefault(c => !taken.Contains(c) && Slug.IsSafe(c)) ?? $"{slug}-{taken.Count}";
            taken.Add(chosen);
            if (chosen != slug)
            {
                post.NewSlug = chosen;
                post.Changes.Add($"slug: {chosen} (another post has the title's URL)");
            }
            else if (post.NewSlug is not null)
            {
                post.Changes.Add($"slug: {chosen} (from the file name: the title makes no URL)");
            }

            slugs[post] = chosen;
        }

        var newUrls = slugs.Values.Select(s => $"/posts/{s}/").ToHashSet(StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            var own = $"/posts/{slugs[post]}/";
            var aliases = post.Aliases.Distinct(StringComparer.Ordinal).ToList();
            post.Aliases.Clear();
            foreach (var alias in aliases)
            {
                var path = alias.EndsWith('/') || Path.HasExtension(alias) ? alias : alias + "/";
                if (path == own)
                {
                    continue; // the old URL is the new one
                }

                var problem = AliasProblem(path, newUrls, kept);
                if (problem is not null)
                {
                    diagnostics.Warning(DiagnosticCodes.ImportUrlNotKept, SourceLocation.StartOf(post.Target), $"the old URL {alias} is not kept: {problem}");
                    continue;
                }

                kept.Add(path);
                post.Aliases.Add(path);
            }

            if (post.Aliases.Count > 0)
            {
                post.Changes.Add("aliases: " + string.Join(", ", post.Aliases));
            }
        }
    }

    private static string? AliasProblem(string path, HashSet<string> newUrls, HashSet<string> kept)
    {
        var segments = path.Trim('/').Split('/');
        if (path.Trim('/').Length == 0)
        {
            return "it is the home page";
        }

        if (!segments.All(Slug.IsWellFormed))
        {
            return "it has a space or a character (% ? # :) NewsletterGen does not publish in a path; redirect it at the host, or change the post's categories";
        }

        if (segments.Select(s => Slug.SpecialName(s)).FirstOrDefault(w => w is not null) is { } why)
        {
            return why;
        }

        if (newUrls.Contains(path))
        {
            return "it is another imported post's new URL";
        }

        return kept.Contains(path) ? "another imported post keeps it already" : null;
    }

    private static string Text(PlannedPost post)
    {
        var fields = post.Normalised.Fields.ToList();
        if (post.NewSlug is not null)
        {
            fields.RemoveAll(f => f.Key == "slug");
            var at = fields.FindIndex(f => f.Key is "date") + 1;
            fields.Insert(at > 0 ? at : 1, new ImportField("slug", ImportScalar.Quote(post.NewSlug), 0));
        }

        if (post.Aliases.Count > 0)
        {
            fields.RemoveAll(f => f.Key == "aliases");
            var at = fields.FindLastIndex(f => f.Key is "title" or "date" or "updated" or "slug" or "authors" or "author" or "tags" or "summary" or "description" or "draft") + 1;
            fields.Insert(at, new ImportField("aliases", new ImportList(post.Aliases.Select(a => (ImportValue)ImportScalar.Quote(a)).ToList()), 0));
        }

        // A YAML front matter nothing changed in is copied as written, comments and all.
        var yaml = post.Split.Format == FrontMatterFormat.Yaml && post.Changes.All(c => c is "byte order mark removed" or "CRLF → LF")
            ? post.Split.FrontMatter
            : YamlWriter.Write(fields);
        return "---\n" + yaml + "---\n" + post.Split.Body;
    }

    /// <summary>What the import could not settle, reported at the line of the written file
    /// where the writer settles it.</summary>
    private static void ReportToDecide(PlannedPost post, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        foreach (var (key, message) in post.Normalised.ToDecide)
        {
            var line = Array.FindIndex(lines, 1, l => l.StartsWith(key + ":", StringComparison.Ordinal) || l.StartsWith($"\"{key}\":", StringComparison.Ordinal));
            diagnostics.Warning(DiagnosticCodes.ImportFieldToDecide, new SourceLocation(post.Target, line < 0 ? 1 : line + 1, 1), message);
        }
    }

    private static bool Write(ImportOptions options, string target, byte[] bytes, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(options.SourceDirectory, target);
        if (File.Exists(full))
        {
            diagnostics.Warning(DiagnosticCodes.ImportTargetExists, SourceLocation.StartOf(target), "this file already exists and was left as it was; move it away and import again to replace it");
            return false;
        }

        if (options.DryRun)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(full))
        {
            diagnostics.Warning(DiagnosticCodes.ImportTargetExists, SourceLocation.StartOf(target), "this file already exists and was left as it was; move it away and import again to replace it");
            return false;
        }
    }

    private static string? SiteLanguage(string sourceDirectory)
    {
        if (!File.Exists(Path.Combine(sourceDirectory, "content", "site.yml")))
        {
            return null;
        }

        return SiteConfigLoader.Load(sourceDirectory, new DiagnosticBag())?.Language;
    }

    /// <summary>The slugs the site's own posts have already, so imported posts do not take them.</summary>
    private static HashSet<string> ExistingSlugs(string sourceDirectory, string? language)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var posts = Path.Combine(sourceDirectory, "content", "posts");
        if (!Directory.Exists(posts))
        {
            return slugs;
        }

        foreach (var path in Directory.EnumerateFiles(posts, "*", SearchOption.AllDirectories).Where(IsMarkdown))
        {
            if (SourceSplit.Of(File.ReadAllText(path)) is not { } split || FieldReader.Read(split, path, new DiagnosticBag()) is not { } fields)
            {
                continue;
            }

            var slug = fields.FirstOrDefault(f => f.Key == "slug")?.Value as ImportScalar;
            var title = fields.FirstOrDefault(f => f.Key == "title")?.Value as ImportScalar;
            if ((slug?.Text ?? (title is null ? null : Slug.From(title.Text, language))) is { Length: > 0 } taken)
            {
                slugs.Add(taken);
            }
        }

        return slugs;
    }
}
