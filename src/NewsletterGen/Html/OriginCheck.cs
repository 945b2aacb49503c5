using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Html;

/// <summary>Refuses pages that would make a reader's browser contact another origin: an image, a
/// script, a frame, a stylesheet or a font from a CDN, an embed pasted into a post. A newsletter
/// about sovereignty does not hand its readers' addresses to third parties, so each such reference
/// is an error naming the source file (and the line, when the URL is written in a post). Links a
/// reader follows by choice (`a href`, canonical, alternate) are not loads and are allowed.</summary>
public static partial class OriginCheck
{
    [GeneratedRegex(@"<(?<tag>img|script|iframe|frame|audio|video|source|track|embed|object|link|input|image|use)\b(?<attrs>[^>]*)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoadingTag();

    [GeneratedRegex("""\b(?<name>src|srcset|poster|data|href|rel|xlink:href)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>]+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex("""(?:url\(\s*['"]?|@import\s+['"])(?<value>(?:[a-z][a-z0-9+.-]*:)?//[^'")\s]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssReference();

    private static readonly HashSet<string> LoadingRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "prefetch", "modulepreload", "manifest", "preconnect", "dns-prefetch", "mask-icon",
    };

    /// <param name="checkedBefore">What earlier builds found in each file object; a file the build
    /// reused (an unchanged page) is not read again.</param>
    public static void Check(IEnumerable<OutputFile> files, SiteConfig config, string sourceDirectory, DiagnosticBag diagnostics, ConditionalWeakTable<OutputFile, IReadOnlyList<Diagnostic>>? checkedBefore = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var origin = config.BaseUrl.GetLeftPart(UriPartial.Authority);
        Parallel.ForEach(files, file =>
        {
            var found = checkedBefore is null ? Find(file, origin, sourceDirectory) : checkedBefore.GetValue(file, f => Find(f, origin, sourceDirectory).AsReadOnly());
            foreach (var diagnostic in found)
            {
                diagnostics.Add(diagnostic);
            }
        });
    }

    /// <summary>What one file would load from another origin, for a build that checks each page
    /// as it is made (and then keeps only the file's path and where it was written).</summary>
    public static IReadOnlyList<Diagnostic> Findings(OutputFile file, SiteConfig config, string sourceDirectory)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(config);
        return Find(file, config.BaseUrl.GetLeftPart(UriPartial.Authority), sourceDirectory).AsReadOnly();
    }

    private static List<Diagnostic> Find(OutputFile file, string origin, string sourceDirectory)
    {
        var isHtml = file.Path.EndsWith(".html", StringComparison.Ordinal);
        var isCss = file.Path.EndsWith(".css", StringComparison.Ordinal);
        if (!isHtml && !isCss)
        {
            return [];
        }

        var found = new List<Diagnostic>();
        var text = file.ReadText();
        foreach (var url in isHtml ? HtmlLoads(text) : CssLoads(text))
        {
            if (IsOtherOrigin(url, origin))
            {
                found.Add(new Diagnostic(Severity.Error, DiagnosticCodes.OtherOrigin, Locate(file, url, sourceDirectory),
                    $"/{file.Path} would load {url} from another origin; readers' browsers must contact no one but this site (copy the file into content/static/ or remove it)"));
            }
        }

        return found;
    }

    private static IEnumerable<string> HtmlLoads(string html)
    {
        foreach (Match tag in LoadingTag().Matches(html))
        {
            var name = tag.Groups["tag"].Value.ToLowerInvariant();
            var attributes = Attribute().Matches(tag.Groups["attrs"].Value)
                .GroupBy(a => a.Groups["name"].Value.ToLowerInvariant())
                .ToDictionary(g => g.Key, g => System.Net.WebUtility.HtmlDecode(g.First().Groups["value"].Value));
            if (name == "link")
            {
                if (attributes.TryGetValue("rel", out var rel) && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(LoadingRels.Contains)
                    && attributes.TryGetValue("href", out var href))
                {
                    yield return href;
                }

                continue;
            }

            foreach (var (attribute, value) in attributes)
            {
                if (attribute is "src" or "poster" or "data" or "xlink:href" || (attribute == "href" && name is "image" or "use"))
                {
                    yield return value;
                }
                else if (attribute == "srcset")
                {
                    foreach (var candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        yield return candidate.Split(' ')[0];
                    }
                }
            }
        }

        foreach (var url in CssLoads(html))
        {
            yield return url; // style attributes and <style> elements
        }
    }

    private static IEnumerable<string> CssLoads(string css) =>
        CssReference().Matches(css).Select(m => m.Groups["value"].Value);

    private static bool IsOtherOrigin(string url, string origin)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            trimmed = "https:" + trimmed;
        }

        // Only URLs with a scheme can leave the site. (On Unix, Uri also reads "/assets/a.css" as
        // an absolute file: URI, so relative URLs must be ruled out before parsing.)
        if (!trimmed.Contains("://", StringComparison.Ordinal) || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is "data" or "blob" or "mailto" or "about")
        {
            return false;
        }

        return !string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The line of the post (or page, or asset) where the URL was written; the start of
    /// the file that produced the page otherwise.</summary>
    private static SourceLocation Locate(OutputFile file, string url, string sourceDirectory)
    {
        var origin = file.Origin;
        var path = Path.Combine(sourceDirectory, origin);
        if (origin.Contains('/', StringComparison.Ordinal) && File.Exists(path))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(url, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return new SourceLocation(origin, i + 1, column + 1);
                }
            }
        }

        return SourceLocation.StartOf(origin.Contains('/', StringComparison.Ordinal) ? origin : "templates");
    }
}
