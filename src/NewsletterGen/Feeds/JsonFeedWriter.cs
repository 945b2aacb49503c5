using System.Text.Encodings.Web;
using System.Text.Json;
using NewsletterGen.Content;
using NewsletterGen.Model;

namespace NewsletterGen.Feeds;

/// <summary>Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with Utf8JsonWriter.</summary>
public static class JsonFeedWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // A feed file is not embedded in HTML, so "é" and "<" may stay as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(FeedChannel channel) => Write(channel, Item);

    /// <summary>One item's bytes as <see cref="Write(FeedChannel, Func{FeedItem, byte[]})"/> splices
    /// them in: serialised where items sit (an object in the "items" array of the feed's object),
    /// with the line break and indentation before it, so it has the same bytes in every feed.</summary>
    public static byte[] Item(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var stream = new MemoryStream(FeedItemSplicer.Capacity(item));
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartArray("items");
        json.Flush();
        var start = stream.Position;
        WriteItem(json, item);
        json.Flush();
        return stream.GetBuffer().AsSpan((int)start, (int)(stream.Position - start)).ToArray();
    }

    /// <param name="channel">The feed.</param>
    /// <param name="item">Each item's bytes from <see cref="Item(FeedItem)"/>, e.g. cached across feeds.</param>
    public static byte[] Write(FeedChannel channel, Func<FeedItem, byte[]> item)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(item);
        var entries = channel.Items.Select(item).ToList();
        using var stream = new MemoryStream(FeedItemSplicer.Capacity(entries));
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", XmlCharacters.Clean(channel.Title));
            json.WriteString("home_page_url", channel.HomeUrl);
            json.WriteString("feed_url", channel.Json.Permalink);
            if (channel.Description.Length > 0)
            {
                json.WriteString("description", channel.Description);
            }

            json.WriteString("language", channel.Language);
            if (channel.Hub is { } hub)
            {
                json.WriteStartArray("hubs");
                json.WriteStartObject();
                json.WriteString("type", "WebSub");
                json.WriteString("url", hub.AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteStartArray("items");
            foreach (var bytes in entries)
            {
                // Unvalidated: the bytes are Utf8JsonWriter's own output, line break and indentation included.
                json.WriteRawValue(bytes, skipInputValidation: true);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, FeedItem item)
    {
        var post = item.Post;
        json.WriteStartObject();
        json.WriteString("id", post.Id);
        json.WriteString("url", post.Permalink);
        json.WriteString("title", post.Title);
        json.WriteString("content_html", item.Content);
        if (post.SummaryText.Length > 0)
        {
            json.WriteString("summary", post.SummaryText);
        }

        if (item.ImageUrl is not null)
        {
            json.WriteString("image", item.ImageUrl);
        }

        if (post.Extra.TryGetValue("language", out var language) && language is string code)
        {
            json.WriteString("language", code); // JSON Feed 1.1 lets an item name its own language
        }

        json.WriteString("date_published", IsoDate.Format(post.Published));
        json.WriteString("date_modified", IsoDate.Format(post.LastModified));
        if (post.Authors.Count > 0)
        {
            json.WriteStartArray("authors");
            foreach (var author in post.Authors)
            {
                json.WriteStartObject();
                json.WriteString("name", author.Name);
                if (author.Url is not null)
                {
                    json.WriteString("url", author.Url);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (post.Tags.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in post.Tags.Take(Content.Limits.MaxFeedCategories))
            {
                json.WriteStringValue(tag.Name);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
