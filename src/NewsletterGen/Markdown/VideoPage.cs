using System.Text.RegularExpressions;

namespace NewsletterGen.Markdown;

/// <summary>The page of a video on its host, from the address of its embedded player: what a
/// reader opens instead of the player. <see cref="Host"/> is the host's name as readers know it
/// ("YouTube").</summary>
public sealed partial record VideoPage(string Url, string Host)
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    [GeneratedRegex("^[0-9]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>The page of the player at <paramref name="src"/>, or null when it is not a player
    /// of a known host in a shape known here.</summary>
    public static VideoPage? Of(string src)
    {
        ArgumentNullException.ThrowIfNull(src);
        var text = src.Trim();
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = "https:" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = url.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host.StartsWith("m.", StringComparison.Ordinal) ? host[2..] : host;
        var path = url.AbsolutePath.Trim('/').Split('/');
        var query = Query(url.Query);
        return host switch
        {
            "youtube.com" or "youtube-nocookie.com" => YouTube(path, query),
            "youtu.be" => path.Length == 1 ? YouTubeVideo(path[0], query) : null,
            "player.vimeo.com" => path is ["video", var id] ? Vimeo(id, query) : null,
            "vimeo.com" => path is [var id] ? Vimeo(id, query) : null,
            "dailymotion.com" => path is ["embed", "video", var id] ? Dailymotion(id) : null,
            "geo.dailymotion.com" => query.TryGetValue("video", out var video) ? Dailymotion(video) : null,
            "dai.ly" => path is [var id] ? Dailymotion(id) : null,
            _ => null,
        };
    }

    private static VideoPage? YouTube(string[] path, Dictionary<string, string> query) => path switch
    {
        ["embed", "videoseries"] => query.TryGetValue("list", out var list) && Id().IsMatch(list) ? new VideoPage("https://www.youtube.com/playlist?list=" + list, "YouTube") : null,
        ["embed", var id] => YouTubeVideo(id, query),
        ["v", var id] => YouTubeVideo(id, query),
        ["watch"] => query.TryGetValue("v", out var id) ? YouTubeVideo(id, query) : null,
        _ => null,
    };

    /// <summary>A YouTube video's page, starting where the player was told to start.</summary>
    private static VideoPage? YouTubeVideo(string id, Dictionary<string, string> query)
    {
        if (!Id().IsMatch(id))
        {
            return null;
        }

        var start = query.TryGetValue("start", out var seconds) || query.TryGetValue("t", out seconds) ? seconds.TrimEnd('s') : null;
        return new VideoPage("https://www.youtube.com/watch?v=" + id + (start is not null && Number().IsMatch(start) ? "&t=" + start + "s" : string.Empty), "YouTube");
    }

    /// <summary>A Vimeo video's page; an unlisted video's needs its hash (h=) too.</summary>
    private static VideoPage? Vimeo(string id, Dictionary<string, string> query) =>
        !Number().IsMatch(id) ? null
        : query.TryGetValue("h", out var hash) && Id().IsMatch(hash) ? new VideoPage($"https://vimeo.com/{id}/{hash}", "Vimeo")
        : new VideoPage("https://vimeo.com/" + id, "Vimeo");

    private static VideoPage? Dailymotion(string id) =>
        Id().IsMatch(id) ? new VideoPage("https://www.dailymotion.com/video/" + id, "Dailymotion") : null;

    private static Dictionary<string, string> Query(string query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            values.TryAdd(key, equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]));
        }

        return values;
    }
}
