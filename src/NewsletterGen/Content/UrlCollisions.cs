using System.Globalization;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>Posts and pages that would be published at one URL: each file of a group is told,
/// at its own line, which files share the URL and how to part them (the date in the URL, or a
/// `slug:`). All but the first of a group are then left out, so the clash is not reported again
/// when the files are written.</summary>
internal static class UrlCollisions
{
    public static (List<ParsedDocument> Posts, List<ParsedDocument> Pages) Report(
        List<ParsedDocument> posts, List<ParsedDocument> pages, Func<ParsedDocument, string> urlOf, SiteConfig config, DiagnosticBag diagnostics)
    {
        // Hosts on case-insensitive file systems serve /A/ and /a/ from one folder.
        var seen = new HashSet<string>(posts.Count + pages.Count, StringComparer.OrdinalIgnoreCase);
        var clash = false;
        foreach (var document in posts.Concat(pages))
        {
            clash |= !seen.Add(urlOf(document));
        }

        if (!clash)
        {
            return (posts, pages);
        }

        var isPost = posts.ToHashSet(ReferenceEqualityComparer.Instance);
        var dropped = new HashSet<ParsedDocument>(ReferenceEqualityComparer.Instance);
        foreach (var group in posts.Concat(pages).GroupBy(urlOf, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var files = group.Select(d => d.Path).ToList();
            var names = files.Count == 2 ? $"{files[0]} and {files[1]}" : string.Join(", ", files[..^1]) + " and " + files[^1];
            var dates = group.Where(isPost.Contains).Select(d => d.FrontMatter.Date?.Date).Distinct().Count();
            var datesPart = dates == group.Count() && config.Permalink is null
                ? "put the date in the URL (in site.yml, permalink: /:year/:month/:day/:slug/) or "
                : string.Empty;
            foreach (var document in group)
            {
                var fm = document.FrontMatter;
                var own = isPost.Contains(document) && fm.Date is { } date
                    ? $"{Slug.From(Path.GetFileNameWithoutExtension(urlOf(document).TrimEnd('/')))}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                    : Slug.Suggest(Path.GetFileNameWithoutExtension(document.Path)) + "-2";
                SourceLocation? Line(string key) => fm.Locations.TryGetValue(key, out var line) ? line : null;
                var at = Line("permalink") ?? Line("slug") ?? (isPost.Contains(document) && !config.SlugFromFileName ? Line("title") : null)
                    ?? SourceLocation.StartOf(document.Path);
                diagnostics.Error(DiagnosticCodes.UrlCollision, at,
                    $"{names} would all be published at {urlOf(document)}; {datesPart}give this one its own slug, e.g. slug: {own}");
            }

            foreach (var later in group.Skip(1))
            {
                dropped.Add(later);
            }
        }

        return ([.. posts.Where(p => !dropped.Contains(p))], [.. pages.Where(p => !dropped.Contains(p))]);
    }
}
