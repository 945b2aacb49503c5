using System.Text.Encodings.Web;
using System.Text.Json;
using NewsletterGen.Model;

namespace NewsletterGen.Search;

/// <summary>Writes /search/index.json, which the theme's small script searches in the browser:
/// for every post its title, URL, date, summary, tags, headings, and the distinct words of its
/// body (each once, at most <see cref="MaxWords"/>), so a reader finds an issue by a word from
/// its text while the index stays a fraction of the posts' size.</summary>
public static class SearchIndexWriter
{
    public const int MaxWords = 600;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var texts = new string[site.Posts.Count];
        Parallel.For(0, site.Posts.Count, i => texts[i] = DistinctWords(site.Posts[i].Text));

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            for (var i = 0; i < site.Posts.Count; i++)
            {
                var post = site.Posts[i];
                json.WriteStartObject();
                json.WriteString("title", post.Title);
                json.WriteString("url", post.Url);
                json.WriteString("date", post.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("summary", post.SummaryText);
                if (post.Extra.TryGetValue("language", out var language) && language is string code && !string.Equals(code, site.Language, StringComparison.OrdinalIgnoreCase))
                {
                    json.WriteString("language", code);
                }

                json.WriteStartArray("tags");
                foreach (var tag in post.Tags)
                {
                    json.WriteStringValue(tag.Name);
                }

                json.WriteEndArray();
                json.WriteStartArray("headings");
                foreach (var heading in post.Toc)
                {
                    json.WriteStringValue(heading.Text);
                }

                json.WriteEndArray();
                json.WriteString("text", texts[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The words of a text, lower-cased, each once, in order of first appearance.</summary>
    public static string DistinctWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '“', '”', '‘', '’', '«', '»', '—', '–', '*').ToLowerInvariant();
            if (word.Length >= 3 && seen.Add(word))
            {
                words.Add(word);
                if (words.Count == MaxWords)
                {
                    break;
                }
            }
        }

        return string.Join(' ', words);
    }
}
