using System.Xml;
using NewsletterGen.Content;
using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

/// <summary>Writes Atom 1.0 (RFC 4287): RFC 3339 dates, full content as escaped HTML, an entry id
/// that never changes.</summary>
public static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <summary>Where entries sit: right inside &lt;feed&gt;, whose namespace they share. An entry
    /// serialised there once has the same bytes in every Atom feed.</summary>
    private static readonly FeedItemSplicer.XmlScope EntryScope = xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Ns);
    };

    public static byte[] Write(FeedChannel channel, string siteTitle) => Write(channel, siteTitle, Entry);

    /// <summary>One entry's bytes as <see cref="Write(FeedChannel, string, Func{FeedItem, byte[]})"/> splices them in.</summary>
    public static byte[] Entry(FeedItem item) => FeedItemSplicer.Xml(EntryScope, FeedItemSplicer.Capacity(item), xml => WriteEntry(xml, item));

    /// <param name="channel">The feed.</param>
    /// <param name="siteTitle">The feed's author, for entries that name none.</param>
    /// <param name="entry">Each entry's bytes from <see cref="Entry(FeedItem)"/>, e.g. cached across feeds.</param>
    public static byte[] Write(FeedChannel channel, string siteTitle, Func<FeedItem, byte[]> entry)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(entry);
        var entries = channel.Items.Select(entry).ToList();
        using var stream = new MemoryStream(FeedItemSplicer.Capacity(entries));
        using (var xml = XmlWriter.Create(stream, FeedXml.WriterSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, channel.Language);
            Text(xml, "title", channel.Title);
            if (channel.Description.Length > 0)
            {
                Text(xml, "subtitle", channel.Description);
            }

            Link(xml, "self", channel.Atom.Permalink, channel.Atom.MediaType);
            Link(xml, "alternate", channel.HomeUrl, "text/html");
            if (channel.Hub is { } hub)
            {
                Link(xml, "hub", hub.AbsoluteUri, null);
            }

            Text(xml, "id", channel.Atom.Permalink);
            Text(xml, "updated", IsoDate.Format(channel.Updated));
            Text(xml, "generator", "NewsletterGen");

            // Atom needs an author for every entry; the feed's own covers posts that name none.
            xml.WriteStartElement("author", Ns);
            Text(xml, "name", siteTitle);
            xml.WriteEndElement();

            foreach (var bytes in entries)
            {
                FeedItemSplicer.Splice(xml, stream, bytes);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, FeedItem item)
    {
        var post = item.Post;
        xml.WriteStartElement("entry", Ns);
        Text(xml, "title", post.Title);
        Link(xml, "alternate", post.Permalink, "text/html");
        if (item.ImageUrl is { } image)
        {
            Link(xml, "enclosure", image, item.ImageType);
        }

        Text(xml, "id", post.Id);
        Text(xml, "published", IsoDate.Format(post.Published));
        Text(xml, "updated", IsoDate.Format(post.LastModified));
        foreach (var author in post.Authors)
        {
            xml.WriteStartElement("author", Ns);
            Text(xml, "name", author.Name);
            if (author.Url is not null)
            {
                Text(xml, "uri", author.Url);
            }

            if (author.Email is not null)
            {
                Text(xml, "email", author.Email);
            }

            xml.WriteEndElement();
        }

        foreach (var tag in post.Tags.Take(Content.Limits.MaxFeedCategories))
        {
            xml.WriteStartElement("category", Ns);
            xml.WriteAttributeString("term", tag.Slug);
            xml.WriteAttributeString("label", XmlCharacters.Clean(tag.Name));
            xml.WriteEndElement();
        }

        Html(xml, "summary", item.Summary);
        Html(xml, "content", item.Content);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value) => xml.WriteElementString(name, Ns, XmlCharacters.Clean(value));

    private static void Html(XmlWriter xml, string name, string html)
    {
        xml.WriteStartElement(name, Ns);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlCharacters.Clean(html));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string? type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
