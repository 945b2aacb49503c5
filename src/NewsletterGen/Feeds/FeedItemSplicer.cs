using System.Xml;
using NewsletterGen.Content;

namespace NewsletterGen.Feeds;

/// <summary>Serialises one feed item on its own and splices it into a feed. A post is in up to
/// one feed per tag it carries plus the site's, in three formats: its item is written once per
/// format and its bytes copied into each feed, instead of escaping its full content again every
/// time. The bytes are the writer's own output at the item's place, so the feeds are unchanged.</summary>
internal static class FeedItemSplicer
{
    /// <summary>Opens the elements that enclose an item in a feed (and declare its namespaces).</summary>
    public delegate void XmlScope(XmlWriter xml);

    /// <summary>The bytes <paramref name="write"/> produces inside <paramref name="scope"/>,
    /// beginning with the line break and indentation before the item's start tag.</summary>
    public static byte[] Xml(XmlScope scope, int capacity, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream(capacity);
        using var xml = XmlWriter.Create(stream, FeedXml.WriterSettings);
        scope(xml);
        // An empty sibling closes the scope's start tag, so what follows is only the item.
        xml.WriteStartElement("x");
        xml.WriteEndElement();
        xml.Flush();
        var start = stream.Position;
        write(xml);
        xml.Flush();
        return stream.GetBuffer().AsSpan((int)start, (int)(stream.Position - start)).ToArray();
    }

    /// <summary>A first size for the buffer an item is written into: its HTML and a margin for
    /// the metadata and escaping, so that the buffer rarely has to grow (and be copied).</summary>
    public static int Capacity(FeedItem item) => (int)Math.Min(int.MaxValue / 2, ((item.Content.Length + item.Summary.Length) * 5L / 4) + 2048);

    /// <summary>A first size for a feed's buffer: its items and a margin for the channel's own elements.</summary>
    public static int Capacity(IReadOnlyList<byte[]> items) => items.Sum(i => i.Length) + 8192;

    /// <summary>Appends an item's bytes after everything <paramref name="xml"/> wrote so far.
    /// The writer only ever sees complete elements before and after, so its state (open elements,
    /// indentation) stays what it would be had it written the item itself.</summary>
    public static void Splice(XmlWriter xml, Stream stream, byte[] item)
    {
        xml.Flush();
        stream.Write(item);
    }
}
