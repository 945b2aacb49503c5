using System.Text.Json;
using NewsletterGen.Model;

namespace NewsletterGen.Templates;

/// <summary>schema.org data for search engines, as JSON-LD. The default encoder escapes `&lt;`,
/// `&gt;` and `&amp;`, so a title can never close the surrounding script element.</summary>
public static class JsonLd
{
    public static HtmlFragment ForPost(Site site, Post post, string? image)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(post);
        return Write(json =>
        {
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "BlogPosting");
            json.WriteString("headline", post.Title);
            if (post.SummaryText.Length > 0)
            {
                json.WriteString("description", post.SummaryText);
            }

            json.WriteString("url", post.Permalink);
            json.WriteString("mainEntityOfPage", post.Permalink);
            json.WriteString("datePublished", post.DateIso);
            json.WriteString("dateModified", IsoDate.Format(post.LastModified));
            json.WriteString("inLanguage", post.Extra.TryGetValue("language", out var language) && language is string l ? l : site.Language);
            if (image is not null)
            {
                json.WriteString("image", image);
            }

            json.WriteNumber("wordCount", post.WordCount);
            if (post.Tags.Count > 0)
            {
                json.WriteString("keywords", string.Join(", ", post.Tags.Select(t => t.Name)));
            }

            json.WriteStartArray("author");
            foreach (var author in post.Authors)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Person");
                json.WriteString("name", author.Name);
                if (author.Url is not null)
                {
                    json.WriteString("url", author.Url);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", site.Title);
            json.WriteString("url", site.BaseUrl);
            json.WriteEndObject();
        });
    }

    public static HtmlFragment ForPage(Site site, string type, string name, string permalink)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Write(json =>
        {
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", type);
            json.WriteString("name", name);
            json.WriteString("url", permalink);
            json.WriteString("inLanguage", site.Language);
            if (type == "WebSite")
            {
                if (site.Description.Length > 0)
                {
                    json.WriteString("description", site.Description);
                }
            }
            else
            {
                json.WriteStartObject("isPartOf");
                json.WriteString("@type", "WebSite");
                json.WriteString("name", site.Title);
                json.WriteString("url", site.BaseUrl);
                json.WriteEndObject();
            }
        });
    }

    private static HtmlFragment Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return new HtmlFragment(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
