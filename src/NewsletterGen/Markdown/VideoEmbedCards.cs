using System.Text.RegularExpressions;
using NewsletterGen.Model;

namespace NewsletterGen.Markdown;

/// <summary>Turns an &lt;iframe&gt; of a known video host (YouTube, Vimeo, Dailymotion) written as
/// raw HTML in a post into a link card: the video's title and a "Watch on YouTube" link to its
/// page. An embedded player would make every reader's browser contact the host on opening the
/// page; the card makes no request until the reader chooses to follow it, and shows no thumbnail
/// (that too would come from the host). An iframe of another host, or of a known host in a shape
/// not understood here, is left as written (and the origin check refuses it).</summary>
public static partial class VideoEmbedCards
{
    [GeneratedRegex("""<iframe\b(?<attributes>[^>]*)>(?:.*?</iframe\s*>)?""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Iframe();

    [GeneratedRegex("""(?<=\s)(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'<>=`]+))""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    /// <summary>Titles the hosts' own embed codes give every player, which name no video.</summary>
    private static readonly HashSet<string> GenericTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "YouTube video player", "YouTube", "vimeo-player", "Vimeo", "Dailymotion video player", "Dailymotion", "video", "embedded video",
    };

    /// <summary>Whether the HTML may hold an iframe at all: most raw HTML does not, and is left alone.</summary>
    public static bool MayHold(string html) => html.Contains("<iframe", StringComparison.OrdinalIgnoreCase);

    /// <summary>The HTML with each iframe of a known video host replaced by its card.</summary>
    public static string Rewrite(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return MayHold(html) ? Iframe().Replace(html, match => Player(match.Groups["attributes"].Value) is { } player ? Card(player.Video, player.Title) : match.Value) : html;
    }

    /// <summary>The link that stands for an iframe's start tag written inside a paragraph (where
    /// a block would not fit), or null when it is not a known player's.</summary>
    public static string? InlineLink(string startTag)
    {
        ArgumentNullException.ThrowIfNull(startTag);
        if (!startTag.StartsWith("<iframe", StringComparison.OrdinalIgnoreCase) || Player(startTag["<iframe".Length..]) is not { } player)
        {
            return null;
        }

        return $"<a class=\"video-card-link\" href=\"{HtmlFragment.Escape(player.Video.Url)}\">Watch on {player.Video.Host}: {HtmlFragment.Escape(player.Title)}</a>";
    }

    /// <summary>The video of a player's iframe, from its attributes, and the title to show.</summary>
    private static (VideoPage Video, string Title)? Player(string attributes)
    {
        string? src = null, title = null;
        foreach (Match attribute in Attribute().Matches(attributes))
        {
            var name = attribute.Groups["name"].Value;
            var value = System.Net.WebUtility.HtmlDecode(attribute.Groups["value"].Value);
            if (src is null && name.Equals("src", StringComparison.OrdinalIgnoreCase))
            {
                src = value;
            }
            else if (title is null && name.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                title = value.Trim();
            }
        }

        if (src is null || VideoPage.Of(src) is not { } video)
        {
            return null;
        }

        return (video, string.IsNullOrWhiteSpace(title) || GenericTitles.Contains(title) ? $"Video on {video.Host}" : title);
    }

    /// <summary>The card of one video: its title as text, and a link whose text says where it
    /// goes and, for screen readers listing links, which video.</summary>
    public static string Card(VideoPage video, string title)
    {
        ArgumentNullException.ThrowIfNull(video);
        var name = HtmlFragment.Escape(title);
        return $"<div class=\"video-card\">\n<p class=\"video-card-title\">{name}</p>\n"
            + $"<p><a class=\"video-card-link\" href=\"{HtmlFragment.Escape(video.Url)}\">Watch on {video.Host}<span class=\"visually-hidden\">: {name}</span></a></p>\n</div>";
    }
}
