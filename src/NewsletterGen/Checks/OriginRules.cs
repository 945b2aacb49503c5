using NewsletterGen.Checks.Privacy;
using NewsletterGen.Model;

namespace NewsletterGen.Checks;

/// <summary>What the origin check holds a page's loads against: the site's own origin and the
/// other origins site.yml allows images, media and frames from. Made once for a build, not
/// once for each of its pages.</summary>
public sealed record OriginRules(SiteOrigin Site, IReadOnlySet<string> Allowed)
{
    public static OriginRules Of(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new OriginRules(new SiteOrigin(config.BaseUrl), config.AllowOrigins.ToHashSet(StringComparer.Ordinal));
    }
}
