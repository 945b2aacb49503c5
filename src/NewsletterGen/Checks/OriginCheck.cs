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
    /// <summary>Where a finding of a page made from templates alone (a listing, the 404 page) is
    /// put until <see cref="Check"/> knows which post or template wrote its URL.</summary>
    private const string Unplaced = "templates";

    /// <param name="checkedBefore">What earlier builds found in each file object; a file the build
    /// reused (an unchanged page) is not read again.</param>
    public static void Check(IEnumerable<OutputFile> files, OriginRules rules, string sourceDirectory, DiagnosticBag diagnostics, ConditionalWeakTable<OutputFile, IReadOnlyList<OriginFinding>>? checkedBefore = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var all = new System.Collections.Concurrent.ConcurrentBag<OriginFinding>();
        Parallel.ForEach(files, file =>
        {
            var found = checkedBefore is null ? Find(file, rules, sourceDirectory) : checkedBefore.GetValue(file, f => Find(f, rules, sourceDirectory).AsReadOnly());
            foreach (var finding in found)
            {
                all.Add(finding);
            }
        });

        Place(all, sourceDirectory, diagnostics);
    }

    /// <summary>What one page would load from another origin, for a build that checks each page
    /// as it is made (and then keeps only the file's path and where it was written).</summary>
    public static IReadOnlyList<OriginFinding> Findings(string path, ReadOnlySpan<byte> bytes, string fileOrigin, OriginRules rules, string sourceDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rules);
        return Report(path, fileOrigin, Loads(path, bytes), rules, sourceDirectory).AsReadOnly();
    }

    private static List<OriginFinding> Find(OutputFile file, OriginRules rules, string sourceDirectory) =>
        IsChecked(file.Path)
            ? Report(file.Path, file.Origin, Loads(file.Path, file.Bytes ?? File.ReadAllBytes(file.CopyFrom!)), rules, sourceDirectory)
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

    private static List<OriginFinding> Report(string path, string fileOrigin, PageLoads loads, OriginRules rules, string sourceDirectory)
    {
        var found = new List<OriginFinding>();
        for (var i = 0; i < loads.Urls.Count; i++)
        {
            var url = loads.Urls[i];
            if (!rules.Site.IsOther(url))
            {
                continue;
            }

            var other = rules.Site.OtherOriginOf(url);
            var diagnostic = other is not null && rules.Allowed.Contains(other)
                ? loads.IsEmbed(i)
                    ? new Diagnostic(Severity.Warning, DiagnosticCodes.OtherOrigin, Locate(fileOrigin, url, sourceDirectory),
                        $"/{path} loads {url} from {other}, which allow_origins in site.yml allows: readers' browsers will contact it (copy the file into content/static/ to spare them)")
                    : new Diagnostic(Severity.Error, DiagnosticCodes.OtherOrigin, Locate(fileOrigin, url, sourceDirectory),
                        $"/{path} would load {url} from {other}, which allow_origins in site.yml allows for images, audio, video and frames only, not for a stylesheet, script, font, object or CSS url(); copy the file into content/static/ or remove it")
                : new Diagnostic(Severity.Error, DiagnosticCodes.OtherOrigin, Locate(fileOrigin, url, sourceDirectory),
                    $"/{path} would load {url} from another origin; readers' browsers must contact no one but this site (copy the file into content/static/ or remove it"
                    + (other is not null && loads.IsEmbed(i) ? $"; to keep it in an old post, list {other} in allow_origins in site.yml)" : ")"));
            found.Add(new OriginFinding(diagnostic, url));
        }

        foreach (var href in loads.Bases)
        {
            found.Add(new OriginFinding(new Diagnostic(Severity.Error, DiagnosticCodes.BaseElement, Locate(fileOrigin, "<base", sourceDirectory),
                $"/{path} has a <base href=\"{href}\"> element, which moves every relative URL of the page (the theme's too), possibly to another site; remove it and write the URLs in full"), "<base href=" + href));
        }

        foreach (var content in loads.BodyRefreshes)
        {
            found.Add(new OriginFinding(new Diagnostic(Severity.Error, DiagnosticCodes.RefreshInContent, Locate(fileOrigin, "http-equiv", sourceDirectory),
                $"/{path} has a <meta http-equiv=\"refresh\" content=\"{content}\"> in its content, which sends readers' browsers on without their asking; link to the page instead (an alias in front matter moves a post)"), "refresh " + content));
        }

        return found;
    }

    /// <summary>Reports every finding once, at the file that wrote it. A page made from templates
    /// alone (a listing, a tag page) shows posts' summaries: what it loads that a post's own page
    /// also loads came from that post and is already reported at the post's line, however many
    /// listings show it; the rest was written in a template, and is reported where a template
    /// has it.</summary>
    private static void Place(IEnumerable<OriginFinding> findings, string sourceDirectory, DiagnosticBag diagnostics)
    {
        var placed = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        var unplaced = new List<OriginFinding>();
        foreach (var finding in findings)
        {
            if (finding.Diagnostic.Location.File == Unplaced)
            {
                unplaced.Add(finding);
                continue;
            }

            diagnostics.Add(finding.Diagnostic);
            if (!placed.TryGetValue(finding.Subject, out var first) || Compare(finding.Diagnostic, first) < 0)
            {
                placed[finding.Subject] = finding.Diagnostic;
            }
        }

        TemplateTexts? templates = null;
        foreach (var finding in unplaced)
        {
            var diagnostic = finding.Diagnostic;
            if (placed.TryGetValue(finding.Subject, out var atPost))
            {
                // Reported at the post already, unless the listing makes it worse (an allowed
                // image of a post, used by a listing as a stylesheet).
                if (atPost.Severity != diagnostic.Severity)
                {
                    diagnostics.Add(diagnostic with { Location = atPost.Location });
                }

                continue;
            }

            templates ??= new TemplateTexts(sourceDirectory);
            diagnostics.Add(diagnostic with { Location = templates.Locate(finding.Subject.StartsWith("<base", StringComparison.Ordinal) ? "<base" : finding.Subject) });
        }
    }

    private static int Compare(Diagnostic a, Diagnostic b)
    {
        var byFile = string.CompareOrdinal(a.Location.File, b.Location.File);
        return byFile != 0 ? byFile : a.Location.Line != b.Location.Line ? a.Location.Line.CompareTo(b.Location.Line) : a.Location.Column.CompareTo(b.Location.Column);
    }

    /// <summary>The line of the post (or page, or asset) where the URL was written; the start of
    /// the file that produced the page otherwise. A page made from templates alone is placed by
    /// <see cref="Place"/>.</summary>
    private static SourceLocation Locate(string origin, string url, string sourceDirectory)
    {
        if (!origin.Contains('/', StringComparison.Ordinal))
        {
            return SourceLocation.StartOf(Unplaced);
        }

        var path = Path.Combine(sourceDirectory, origin);
        if (File.Exists(path))
        {
            var lines = File.ReadAllLines(path);
            var at = Find(lines, url) ?? Find(lines, url.Replace("&", "&amp;", StringComparison.Ordinal));
            return at is { } found ? new SourceLocation(origin, found.Line, found.Column) : SourceLocation.StartOf(origin);
        }

        return SourceLocation.StartOf(origin);
    }

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="text"/>.</summary>
    internal static (int Line, int Column)? Find(string[] lines, string text)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        return null;
    }
}
