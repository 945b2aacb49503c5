using System.Globalization;
using System.Xml;
using NewsletterGen.Html;
using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

/// <summary>Writes RSS 2.0 with XmlWriter from the site model, so escaping and well-formedness
/// hold by construction. Items carry the full content with absolute URLs; dates come from the
/// content, never the clock, so rebuilding gives the same bytes.</summary>
public static class RssFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(Site site, IReadOnlyList<Post> posts, string selfUrl, string title, string description, string link)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(posts);
        var config = site.Config;
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlText.WriterSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteAttributeString("xmlns", "content", null, ContentNs);
            xml.WriteAttributeString("xmlns", "dc", null, DcNs);
            xml.WriteStartElement("channel");
            Element(xml, "title", title);
            Element(xml, "link", link);
            Element(xml, "description", description.Length > 0 ? description : title);
            Element(xml, "language", config.Language);
            Element(xml, "generator", "NewsletterGen");
            if (posts.Count > 0)
            {
                Element(xml, "lastBuildDate", Rfc822(posts.Max(p => p.LastModified)));
            }

            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", selfUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();

            foreach (var post in posts)
            {
                WriteItem(xml, post);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteItem(XmlWriter xml, Post post)
    {
        var permalink = new Uri(post.Permalink);
        xml.WriteStartElement("item");
        Element(xml, "title", post.Title);
        Element(xml, "link", post.Permalink);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(post.Permalink);
        xml.WriteEndElement();
        Element(xml, "pubDate", Rfc822(post.Published));
        foreach (var author in post.Authors)
        {
            // RSS's own <author> must be an e-mail address; Dublin Core's creator takes a name.
            xml.WriteElementString("dc", "creator", DcNs, XmlText.Clean(author.Name));
        }

        foreach (var tag in post.Tags)
        {
            Element(xml, "category", tag.Name);
        }

        Element(xml, "description", UrlAbsolutizer.Absolutize(post.Summary.Value, permalink));
        xml.WriteStartElement("content", "encoded", ContentNs);
        xml.WriteString(XmlText.Clean(UrlAbsolutizer.Absolutize(post.Content.Value, permalink)));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string value) =>
        xml.WriteElementString(name, XmlText.Clean(value));

    /// <summary>RFC 822 as RSS wants it: "Fri, 06 Oct 2023 08:00:00 +0200".</summary>
    public static string Rfc822(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return value.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + string.Create(CultureInfo.InvariantCulture, $"{sign}{offset.Hours:00}{offset.Minutes:00}");
    }
}
