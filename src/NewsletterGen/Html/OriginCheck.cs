using System.Runtime.CompilerServices;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Html;

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

    /// <summary>What one page would load from another origin, for a build that checks each page
    /// as it is made (and then keeps only the file's path and where it was written).</summary>
    public static IReadOnlyList<Diagnostic> Findings(string path, ReadOnlySpan<byte> bytes, string fileOrigin, SiteConfig config, string sourceDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(config);
        return Report(path, fileOrigin, Loads(path, bytes), config.BaseUrl.GetLeftPart(UriPartial.Authority), sourceDirectory).AsReadOnly();
    }

    private static List<Diagnostic> Find(OutputFile file, string origin, string sourceDirectory) =>
        IsChecked(file.Path)
            ? Report(file.Path, file.Origin, Loads(file.Path, file.Bytes ?? File.ReadAllBytes(file.CopyFrom!)), origin, sourceDirectory)
            : [];

    /// <summary>Pages and stylesheets are read; no other kind of file makes a browser load anything.</summary>
    private static bool IsChecked(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal);

    private static IEnumerable<string> Loads(string path, ReadOnlySpan<byte> bytes) =>
        path.EndsWith(".html", StringComparison.Ordinal) ? HtmlLoads.Of(bytes)
        : path.EndsWith(".css", StringComparison.Ordinal) ? HtmlLoads.OfCss(System.Text.Encoding.UTF8.GetString(bytes))
        : [];

    private static List<Diagnostic> Report(string path, string fileOrigin, IEnumerable<string> loads, string origin, string sourceDirectory)
    {
        var found = new List<Diagnostic>();
        foreach (var url in loads)
        {
            if (IsOtherOrigin(url, origin))
            {
                found.Add(new Diagnostic(Severity.Error, DiagnosticCodes.OtherOrigin, Locate(fileOrigin, url, sourceDirectory),
                    $"/{path} would load {url} from another origin; readers' browsers must contact no one but this site (copy the file into content/static/ or remove it)"));
            }
        }

        return found;
    }

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
