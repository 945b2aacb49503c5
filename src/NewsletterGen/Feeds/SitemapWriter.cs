using System.Globalization;
using System.Xml;
using NewsletterGen.Content;
using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

/// <summary>sitemap.xml (every public page, posts with their last change) and robots.txt.</summary>
public static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="site">The site.</param>
    /// <param name="otherPages">Root-relative URLs of further pages the theme made (subscribe, search).</param>
    public static byte[] Write(Site site, IReadOnlyList<string> otherPages) => Write(site.Config, Entries(site, otherPages));

    /// <summary>Every URL the sitemap lists, root-relative, with its last change when known.</summary>
    public static IReadOnlyList<(string Url, DateTimeOffset? LastModified)> Entries(Site site, IReadOnlyList<string> otherPages)
    {
        ArgumentNullException.ThrowIfNull(otherPages);
        ArgumentNullException.ThrowIfNull(site);
        var config = site.Config;
        var newest = site.Posts.Count > 0 ? site.Posts.Max(p => p.LastModified) : (DateTimeOffset?)null;
        var entries = new List<(string Url, DateTimeOffset? LastModified)>();
        entries.AddRange(site.Pagers.Select(p => (p.Url, p.Number == 1 ? newest : null)));
        entries.AddRange(site.Sections.SelectMany(s => s.Pagers.Select(p => (p.Url, p.Number == 1 && s.Posts.Count > 0 ? s.Posts.Max(q => q.LastModified) : (DateTimeOffset?)null))));
        entries.AddRange(site.Posts.Select(p => (p.Url, (DateTimeOffset?)p.LastModified)));
        entries.AddRange(site.Pages.Select(p => (p.Url, (DateTimeOffset?)null)));
        entries.Add((Urls.TagIndex(config), newest));
        entries.AddRange(site.Tags.Select(t => (t.Url, (DateTimeOffset?)t.Posts.Max(p => p.LastModified))));
        entries.Add((Urls.Archive(config), newest));
        entries.AddRange(otherPages.Select(url => (url, (DateTimeOffset?)null)));
        return entries;
    }

    public static byte[] Write(SiteConfig config, IReadOnlyList<(string Url, DateTimeOffset? LastModified)> entries)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(entries);

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.WriterSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            foreach (var (url, lastModified) in entries)
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, Urls.Absolute(config, url));
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Ns, IsoDate.Format(date));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    public static string Robots(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return string.Create(CultureInfo.InvariantCulture,
            $"User-agent: *\nAllow: /\n\nSitemap: {Urls.Absolute(site.Config, Urls.Root(site.Config, "sitemap.xml"))}\n");
    }
}
