using System.Globalization;
using System.Security.Cryptography;
using NewsletterGen.Model;

namespace NewsletterGen.Serve;

/// <summary>What the preview server shows, replaced as a whole after every build.
/// <see cref="Version"/> names the site on disk: it changes with every successful build (and
/// with every run of the server), so a page that was served before the latest build can tell
/// that it is stale. <see cref="Errors"/> holds the failed build's diagnostics while the last
/// good site is still served. <see cref="Banners"/> maps the output path of each draft or
/// scheduled post ("posts/x/index.html") to the notice shown on it.</summary>
public sealed record PreviewState(
    string Instance,
    int Generation,
    string BasePath,
    IReadOnlyList<string> Errors,
    IReadOnlyDictionary<string, string> Banners)
{
    public string Version => string.Create(CultureInfo.InvariantCulture, $"{Instance}.{Generation}");

    public bool IsBroken => Errors.Count > 0;

    /// <summary>Before the first build: whatever the output folder holds is served from "/".</summary>
    public static PreviewState Initial() =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), 0, "/", [], new Dictionary<string, string>());

    /// <summary>The state after <paramref name="result"/>: a new version of the site, or the same
    /// site with the failed build's diagnostics.</summary>
    public PreviewState After(BuildResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded || result.Site is not { } site)
        {
            return this with { Errors = result.Diagnostics.Select(d => d.ToString()).ToList() };
        }

        return this with { Generation = Generation + 1, BasePath = site.Config.BasePath, Errors = [], Banners = BannersOf(site) };
    }

    private static Dictionary<string, string> BannersOf(Site site)
    {
        var banners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in site.Posts.Where(p => p.IsDraft || p.IsScheduled))
        {
            var date = post.Published.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
            banners[Urls.OutputPath(site.Config, post.Url)] = (post.IsDraft, post.IsScheduled) switch
            {
                (true, true) => $"Draft, scheduled for {date}: not published. The preview shows it because of --drafts and --future.",
                (true, false) => "Draft: not published. The preview shows it because of --drafts.",
                _ => $"Scheduled for {date}: not published yet. The preview shows it because of --future.",
            };
        }

        return banners;
    }
}
