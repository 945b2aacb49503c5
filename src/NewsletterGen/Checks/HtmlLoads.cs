using System.Text;
using NewsletterGen.Checks.Privacy;

namespace NewsletterGen.Checks;

/// <summary>What an HTML page or a stylesheet makes a browser do by itself: the URLs it fetches
/// (images, scripts, frames, media, stylesheets, fonts, icons, preloads, CSS url() and @import,
/// SVG references, form targets, pings), its &lt;base href&gt; elements and its refreshes. Links a
/// reader follows (a href, canonical, alternate) are not loads.
///
/// A page is read first by <see cref="PlainMarkup"/>, a tokenizer over its UTF-8 bytes that
/// accepts only plain markup (what the theme and Markdown write), and otherwise by
/// <see cref="ParsedMarkup"/>, AngleSharp's HTML parser; both apply the same rules
/// (<see cref="PageLoads"/>). This check reads every page of every build, and parsing each one
/// fully would cost about as much as rendering it.</summary>
public static class HtmlLoads
{
    public static PageLoads Read(ReadOnlySpan<byte> html)
    {
        var plain = new PageLoads();
        if (PlainMarkup.TryRead(html, plain))
        {
            return plain;
        }

        var parsed = new PageLoads();
        ParsedMarkup.Read(Encoding.UTF8.GetString(html), parsed);
        return parsed;
    }

    /// <summary>The URLs the page would fetch (relative ones included), in the order found.</summary>
    public static List<string> Of(ReadOnlySpan<byte> html) => Read(html).Urls;

    /// <summary>The URLs a stylesheet would fetch.</summary>
    public static List<string> OfCss(string css)
    {
        var loads = new PageLoads();
        loads.Css(css);
        return loads.Urls;
    }
}
