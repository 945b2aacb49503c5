using System.Globalization;
using System.Xml;
using NewsletterGen.Content;
using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

/// <summary>sitemap.xml (every public page, posts with their last change) and robots.txt.</summary>
public static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <param name="site">The site.</param>
    /// <param name="optionalTemplates">The templates of further pages the theme made ("subscribe.html", "search.html").</param>
    public static byte[] Write(Site site, IReadOnlyList<string> optionalTemplates) => Write(site.Config, Entries(site, optionalTemplates));

    /// <summary>Every URL the sitemap lists, root-relative, with its last change when known: the
    /// pages of each language's edition in turn, then the site's pages. A page that exists in
    /// other languages (a translated post, an edition's home, archive, tag index, subscribe and
    /// search pages) lists them all, itself included, as Google asks.</summary>
    public static IReadOnlyList<SitemapEntry> Entries(Site site, IReadOnlyList<string> optionalTemplates)
    {
        ArgumentNullException.ThrowIfNull(optionalTemplates);
        ArgumentNullException.ThrowIfNull(site);
        var multilingual = site.Editions.Count > 0;
        IReadOnlyList<(string, string)> Every(Func<Site, string> url) =>
            multilingual ? [.. site.AllEditions.Select(e => (e.Language, url(e)))] : [];
        IReadOnlyList<(string, string)> Translations(Post post) =>
            post.Translations.Count == 0 ? [] : [.. site.Languages.Select(l => l.Code == post.Language ? (l.Code, post.Url) : post.Translations.FirstOrDefault(t => t.Lang == l.Code) is { } t ? (l.Code, t.Url) : default).Where(a => a.Item1 is not null)];

        var entries = new List<SitemapEntry>();
        foreach (var edition in site.AllEditions)
        {
            var config = edition.Config;
            var newest = edition.Posts.Count > 0 ? edition.Posts.Max(p => p.LastModified) : (DateTimeOffset?)null;
            entries.AddRange(edition.Pagers.Select(p => new SitemapEntry(p.Url, p.Number == 1 ? newest : null, p.Number == 1 ? Every(e => e.HomeUrl) : [])));
            entries.AddRange(edition.Sections.SelectMany(s => s.Pagers.Select(p => new SitemapEntry(p.Url, p.Number == 1 && s.Posts.Count > 0 ? s.Posts.Max(q => q.LastModified) : null, []))));
            entries.AddRange(edition.Posts.Select(p => new SitemapEntry(p.Url, p.LastModified, Translations(p))));
            if (ReferenceEquals(edition, site))
            {
                entries.AddRange(site.Pages.Select(p => new SitemapEntry(p.Url, null, [])));
            }

            entries.Add(new SitemapEntry(Urls.TagIndex(config), newest, Every(e => e.TagsUrl)));
            entries.AddRange(edition.Tags.Select(t => new SitemapEntry(t.Url, t.Posts.Max(p => p.LastModified), [])));
            entries.Add(new SitemapEntry(Urls.Archive(config), newest, Every(e => e.ArchiveUrl)));
            foreach (var template in optionalTemplates)
            {
                Func<Site, string> url = template == "subscribe.html" ? e => e.SubscribeUrl : e => e.SearchUrl;
                entries.Add(new SitemapEntry(url(edition), null, Every(url)));
            }
        }

        return entries;
    }

    public static byte[] Write(SiteConfig config, IReadOnlyList<SitemapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(entries);

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.WriterSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            if (entries.Any(e => e.Alternates.Count > 0))
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            }

            foreach (var (url, lastModified, alternates) in entries)
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, Urls.Absolute(config, url));
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Ns, IsoDate.Format(date));
                }

                foreach (var (language, alternate) in alternates)
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNs);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", language);
                    xml.WriteAttributeString("href", Urls.Absolute(config, alternate));
                    xml.WriteEndElement();
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
