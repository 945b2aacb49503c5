using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen.Checks;

/// <summary>Two posts with one feed id would be one item to every feed reader: the second would
/// never be shown.</summary>
internal static class FeedIdCheck
{
    public static void Run(IEnumerable<Post> posts, DiagnosticBag diagnostics)
    {
        // Almost always every id is different: one pass over a set says so.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (posts.All(p => seen.Add(p.Id)))
        {
            return;
        }

        // Where the id is one of the posts' own permalink, the clash of their URLs is reported already.
        foreach (var group in posts.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1 && !g.Any(p => p.Permalink == g.Key)))
        {
            var files = group.Select(p => p.Source.File).Order(StringComparer.Ordinal).ToList();
            diagnostics.Error(DiagnosticCodes.DuplicateUrl, SourceLocation.StartOf(files[^1]),
                $"{string.Join(" and ", files)} have the same feed id '{group.Key}'; feed readers would show only one of them");
        }
    }
}
