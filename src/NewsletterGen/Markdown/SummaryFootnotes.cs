using System.Text.RegularExpressions;

namespace NewsletterGen.Markdown;

/// <summary>Footnote references in a summary. A summary is shown on listing pages (home, tags,
/// archive) beside other posts' summaries, where the footnotes themselves are not: so a reference
/// keeps its number but links to the footnote on the post's own page (/posts/x/#fn:1), and loses
/// its id, which two summaries on one page would otherwise share. The plain text of a summary
/// (meta descriptions, feeds, search) drops the numbers, which would stick to the word before.</summary>
public static partial class SummaryFootnotes
{
    [GeneratedRegex("""<a id="fnref:[^"]*" href="#(fn:[^"]*)" class="footnote-ref">""")]
    private static partial Regex Reference();

    [GeneratedRegex("""<a [^>]*class="footnote-ref"><sup>[^<]*</sup></a>""")]
    private static partial Regex WholeReference();

    /// <summary>Whether <paramref name="html"/> holds a footnote reference (cheap, checked first).</summary>
    public static bool Has(string html) => html.Contains("class=\"footnote-ref\"", StringComparison.Ordinal);

    /// <summary>The summary with each reference pointing into <paramref name="pageUrl"/>.</summary>
    public static string LinkToPage(string html, string pageUrl) =>
        Reference().Replace(html, match => $"<a href=\"{pageUrl}#{match.Groups[1].Value}\" class=\"footnote-ref\">");

    /// <summary>The summary without its references, for its plain text.</summary>
    public static string Without(string html) => WholeReference().Replace(html, string.Empty);
}
