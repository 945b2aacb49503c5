using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Incremental;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Templates;

namespace NewsletterGen.Checks;

/// <summary>The checks of the built site, before anything is swapped in: no two sources publish
/// at one path, every internal link and image finds its page or file (and #fragment), no page
/// loads anything from another origin, and the output folder is safe to write. A narrow work set
/// checks the links of its posts only: no output path changed, so every other link finds what it
/// found.</summary>
internal static class SiteChecks
{
    /// <returns>False when a narrow work set changed the ids of a page that another page links
    /// into (that link's finding belongs to the other page).</returns>
    public static bool Run(BuildContext build, WorkSet work, SiteFiles site, ReadDocuments read, RenderedEntries entries, SiteOutput output)
    {
        var (cache, diagnostics, files) = (build.Cache, build.Diagnostics, site.Files);
        if (work.Last is { } last)
        {
            if (!SameFragmentIds(site.Made!, last.Files, cache))
            {
                return false;
            }
        }
        else
        {
            ReportClashes(files, cache, diagnostics);
        }

        var links = new LinkChecker(build.Config, files, cache.KeepsForNextBuild ? cache.FragmentIds : null, read.LeftOutUrls);
        Parallel.ForEach(Links(work, read, entries), page => links.Check(page.Url, page.Links, diagnostics));

        // All files, not only a narrow build's: a listing shows what posts load, and what a post
        // page loads is reported at the post, not at every listing.
        OriginCheck.Check(files, output.OriginRules, build.Source, diagnostics, output.Origins);
        build.Timer.Mark("link and origin checks");
        output.Check?.Report(files, diagnostics);
        return true;
    }

    /// <summary>The links of each post and page to check, with the URL of the page they are on: a
    /// narrow work set's posts only.</summary>
    private static IEnumerable<(string Url, IEnumerable<InternalLink> Links)> Links(WorkSet work, ReadDocuments read, RenderedEntries entries)
    {
        var posts = work.IsNarrow ? work.Paths.Select(p => entries.Posts.First(r => r.Entry.Source.File == p)).ToList() : entries.Posts;
        var sources = (work.IsNarrow ? work.Paths.Select(path => read.Posts.First(p => p.Path == path)) : read.Posts).ToDictionary(p => p.Path, StringComparer.Ordinal);
        var pages = work.IsNarrow ? [] : entries.Pages;
        return posts.Select(r => (r.Entry.Url, CoverLink(r.Entry, sources[r.Entry.Source.File]).Concat(r.Markdown.Links)))
            .Concat(pages.Select(r => (r.Entry.Url, r.Markdown.Links.AsEnumerable())));
    }

    /// <summary>Whether each page a narrow build made again has the ids the last one had, where a
    /// link pointed into it; its ids are then kept with the new page.</summary>
    private static bool SameFragmentIds(IReadOnlyList<OutputFile> made, IReadOnlyList<OutputFile> lastFiles, BuildCache cache)
    {
        foreach (var page in made)
        {
            var at = SortedFiles.IndexOf(lastFiles, page.Path);
            if (at >= 0 && cache.FragmentIds.TryGetValue(lastFiles[at], out var ids))
            {
                var fresh = LinkChecker.Ids(page);
                if (!ids.SetEquals(fresh))
                {
                    return false;
                }

                cache.FragmentIds.AddOrUpdate(page, fresh);
            }
        }

        return true;
    }

    /// <summary>A post's cover image, when it is a file of the site, is checked like an image in its body.</summary>
    public static IEnumerable<InternalLink> CoverLink(Post post, ParsedDocument document)
    {
        if (post.Image is { } image && image.StartsWith('/') && !image.StartsWith("//", StringComparison.Ordinal))
        {
            yield return new InternalLink(image, true, document.FrontMatter.LocationOf("image", document.Path));
        }
    }

    /// <summary>Two sources published at one path are an error; a set of paths already found free
    /// of clashes by the last build is not searched again.</summary>
    private static void ReportClashes(IReadOnlyList<OutputFile> files, BuildCache cache, DiagnosticBag diagnostics)
    {
        if (!cache.KeepsForNextBuild)
        {
            OutputWriter.ReportClashes(files, diagnostics);
            return;
        }

        var key = new KeyBuilder();
        foreach (var file in files)
        {
            key.Add(file.Path);
        }

        var paths = key.Finish();
        if (cache.PathsWithoutClashes == paths)
        {
            return;
        }

        var clashes = new DiagnosticBag();
        OutputWriter.ReportClashes(files, clashes);
        diagnostics.AddRange(clashes);
        cache.PathsWithoutClashes = clashes.HasErrors ? null : paths;
    }
}
