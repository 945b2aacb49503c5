using System.Globalization;
using System.Xml;
using NewsletterGen.Content;

namespace NewsletterGen.Feeds;

/// <summary>Writes RSS 2.0 with XmlWriter, so escaping and well-formedness hold by construction.
/// Items carry the full content (content:encoded) and the summary (description).</summary>
public static class RssFeedWriter
{
    /// <summary>Where items sit: inside &lt;channel&gt;, below the root that declares the prefixes
    /// they use. An item serialised there once has the same bytes in every RSS feed.</summary>
    private static readonly FeedItemSplicer.XmlScope ItemScope = xml =>
    {
        StartRoot(xml);
        xml.WriteStartElement("channel");
    };

    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string MediaNs = "http://search.yahoo.com/mrss/";

    public static byte[] Write(FeedChannel channel) => Write(channel, Item);

    /// <summary>One item's bytes as <see cref="Write(FeedChannel, Func{FeedItem, byte[]})"/> splices them in.</summary>
    public static byte[] Item(FeedItem item) => FeedItemSplicer.Xml(ItemScope, FeedItemSplicer.Capacity(item), xml => WriteItem(xml, item));

    /// <param name="channel">The feed.</param>
    /// <param name="item">Each item's bytes from <see cref="Item(FeedItem)"/>, e.g. cached across feeds.</param>
    public static byte[] Write(FeedChannel channel, Func<FeedItem, byte[]> item)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(item);
        var entries = channel.Items.Select(item).ToList();
        using var stream = new MemoryStream(FeedItemSplicer.Capacity(entries));
        using (var xml = XmlWriter.Create(stream, FeedXml.WriterSettings))
        {
            StartRoot(xml);
            xml.WriteStartElement("channel");
            Element(xml, "title", channel.Title);
            Element(xml, "link", channel.HomeUrl);
            Element(xml, "description", channel.Description.Length > 0 ? channel.Description : channel.Title);
            Element(xml, "language", channel.Language);
            Element(xml, "generator", "NewsletterGen");
            Element(xml, "lastBuildDate", Rfc822(channel.Updated));
            AtomLink(xml, "self", channel.Rss.Permalink, channel.Rss.MediaType);
            if (channel.Hub is { } hub)
            {
                AtomLink(xml, "hub", hub.AbsoluteUri, null);
            }

            foreach (var bytes in entries)
            {
                FeedItemSplicer.Splice(xml, stream, bytes);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void StartRoot(XmlWriter xml)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteAttributeString("xmlns", "content", null, ContentNs);
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
    }

    private static void WriteItem(XmlWriter xml, FeedItem item)
    {
        var post = item.Post;
        xml.WriteStartElement("item");
        Element(xml, "title", post.Title);
        Element(xml, "link", post.Permalink);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", post.Id == post.Permalink ? "true" : "false");
        xml.WriteString(XmlCharacters.Clean(post.Id));
        xml.WriteEndElement();
        Element(xml, "pubDate", Rfc822(post.Published));
        if (post.LastUpdated is not null)
        {
            // RSS 2.0 has no element for an update; Atom's, in its namespace, is what readers know.
            xml.WriteElementString("atom", "updated", AtomNs, Model.IsoDate.Format(post.LastModified));
        }

        foreach (var author in post.Authors)
        {
            // RSS's own <author> must be an e-mail address; Dublin Core's creator takes a name.
            xml.WriteElementString("dc", "creator", DcNs, XmlCharacters.Clean(author.Name));
        }

        foreach (var tag in post.Tags.Take(Content.Limits.MaxFeedCategories))
        {
            Element(xml, "category", tag.Name);
        }

        Element(xml, "description", item.Summary);
        xml.WriteStartElement("content", "encoded", ContentNs);
        xml.WriteString(XmlCharacters.Clean(item.Content));
        xml.WriteEndElement();
        if (item.ImageUrl is { } image)
        {
            xml.WriteStartElement("media", "content", MediaNs);
            xml.WriteAttributeString("url", image);
            xml.WriteAttributeString("medium", "image");
            xml.WriteAttributeString("type", item.ImageType);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void AtomLink(XmlWriter xml, string rel, string href, string? type)
    {
        xml.WriteStartElement("atom", "link", AtomNs);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string value) =>
        xml.WriteElementString(name, XmlCharacters.Clean(value));

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
