using System.Runtime.CompilerServices;
using NewsletterGen.Checks;
using NewsletterGen.Diagnostics;
using NewsletterGen.Checks.Privacy;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Checks;

/// <summary>Refuses pages that would make a reader's browser contact another origin: an image, a
/// script, a frame, a stylesheet or a font from a CDN, an embed pasted into a post. A newsletter
/// about sovereignty does not hand its readers' addresses to third parties, so each such reference
/// is an error naming the source file (and the line, when the URL is written in a post). Links a
/// reader follows by choice (`a href`, canonical, alternate) are not loads and are allowed.</summary>
public static class OriginCheck
{
    /// <param name="checkedBefore">What earlier builds found in each file object; a file the build
    /// reused (an unchanged page) is not read again.</param>
    public static void Check(IEnumerable<OutputFile> files, SiteConfig config, string sourceDirectory, DiagnosticBag diagnostics, ConditionalWeakTable<OutputFile, IReadOnlyList<Diagnostic>>? checkedBefore = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var origin = new SiteOrigin(config.BaseUrl);
        Parallel.ForEach(files, file =>
        {
            var found = checkedBefore is null ? Find(file, origin, sourceDirectory) : checkedBefore.GetValue(file, f => Find(f, origin, sourceDirectory).AsReadOnly());
            foreach (var diagnostic in found)
            {
                diagnostics.Add(diagnostic);
            }
        });
    }

    /// <summary>What one page would load from another origin, for a build that checks each page
    /// as it is made (and then keeps only the file's path and where it was written).</summary>
    public static IReadOnlyList<Diagnostic> Findings(string path, ReadOnlySpan<byte> bytes, string fileOrigin, SiteConfig config, string sourceDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(config);
        return Report(path, fileOrigin, Loads(path, bytes), new SiteOrigin(config.BaseUrl), sourceDirectory).AsReadOnly();
    }

    private static List<Diagnostic> Find(OutputFile file, SiteOrigin origin, string sourceDirectory) =>
        IsChecked(file.Path)
            ? Report(file.Path, file.Origin, Loads(file.Path, file.Bytes ?? File.ReadAllBytes(file.CopyFrom!)), origin, sourceDirectory)
            : [];

    /// <summary>Pages and stylesheets are read; no other kind of file makes a browser load anything.</summary>
    private static bool IsChecked(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal);

    private static PageLoads Loads(string path, ReadOnlySpan<byte> bytes)
    {
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            return HtmlLoads.Read(bytes);
        }

        var loads = new PageLoads();
        if (path.EndsWith(".css", StringComparison.Ordinal))
        {
            loads.Css(System.Text.Encoding.UTF8.GetString(bytes));
        }

        return loads;
    }

    private static List<Diagnostic> Report(string path, string fileOrigin, PageLoads loads, SiteOrigin origin, string sourceDirectory)
    {
        var found = new List<Diagnostic>();
        foreach (var url in loads.Urls)
        {
            if (origin.IsOther(url))
            {
                found.Add(new Diagnostic(Severity.Error, DiagnosticCodes.OtherOrigin, Locate(fileOrigin, url, sourceDirectory),
                    $"/{path} would load {url} from another origin; readers' browsers must contact no one but this site (copy the file into content/static/ or remove it)"));
            }
        }

        foreach (var href in loads.Bases)
        {
            found.Add(new Diagnostic(Severity.Error, DiagnosticCodes.BaseElement, Locate(fileOrigin, "<base", sourceDirectory),
                $"/{path} has a <base href=\"{href}\"> element, which moves every relative URL of the page (the theme's too), possibly to another site; remove it and write the URLs in full"));
        }

        foreach (var content in loads.BodyRefreshes)
        {
            found.Add(new Diagnostic(Severity.Error, DiagnosticCodes.RefreshInContent, Locate(fileOrigin, "http-equiv", sourceDirectory),
                $"/{path} has a <meta http-equiv=\"refresh\" content=\"{content}\"> in its content, which sends readers' browsers on without their asking; link to the page instead (an alias in front matter moves a post)"));
        }

        return found;
    }

    /// <summary>The line of the post (or page, or asset) where the URL was written; the start of
    /// the file that produced the page otherwise.</summary>
    private static SourceLocation Locate(string origin, string url, string sourceDirectory)
    {
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
