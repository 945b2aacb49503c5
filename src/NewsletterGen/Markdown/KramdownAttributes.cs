using Markdig.Renderers.Html;

namespace NewsletterGen.Markdown;

/// <summary>The content of a Kramdown inline attribute list, `{: #id .class key="value"}`. Ids,
/// classes and a short list of harmless attributes are kept; anything else (`style`, `on…`
/// event handlers, `src`) is dropped and named, since the privacy check and the content
/// security policy forbid inline styles and scripts.</summary>
public sealed record KramdownAttributes(string? Id, IReadOnlyList<string> Classes, IReadOnlyList<(string Name, string Value)> Kept, IReadOnlyList<string> Dropped)
{
    private static readonly HashSet<string> Harmless = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "lang", "dir", "width", "height", "alt", "target", "rel", "role", "start", "reversed",
    };

    /// <summary>The attribute list in <paramref name="text"/> ("{: … }"), or null if it is not one.</summary>
    public static KramdownAttributes? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length < 3 || !text.StartsWith("{:") || text[^1] != '}' || text[2..^1].Contains('}') || text[2..^1].Contains('{'))
        {
            return null;
        }

        string? id = null;
        var classes = new List<string>();
        var kept = new List<(string, string)>();
        var dropped = new List<string>();
        var body = text[2..^1].ToString();
        var at = 0;
        while (at < body.Length)
        {
            if (char.IsWhiteSpace(body[at]))
            {
                at++;
                continue;
            }

            var start = at;
            if (body[at] is '#' or '.')
            {
                while (at < body.Length && !char.IsWhiteSpace(body[at]))
                {
                    at++;
                }

                var name = body[(start + 1)..at];
                if (name.Length == 0)
                {
                    return null;
                }

                if (body[start] == '#')
                {
                    id = name;
                }
                else
                {
                    classes.Add(name);
                }

                continue;
            }

            while (at < body.Length && body[at] != '=' && !char.IsWhiteSpace(body[at]))
            {
                at++;
            }

            var key = body[start..at];
            var value = string.Empty;
            if (at < body.Length && body[at] == '=')
            {
                at++;
                if (at < body.Length && body[at] is '"' or '\'')
                {
                    var quote = body[at];
                    var close = body.IndexOf(quote, at + 1);
                    if (close < 0)
                    {
                        return null;
                    }

                    value = body[(at + 1)..close];
                    at = close + 1;
                }
                else
                {
                    var end = at;
                    while (end < body.Length && !char.IsWhiteSpace(body[end]))
                    {
                        end++;
                    }

                    value = body[at..end];
                    at = end;
                }
            }

            if (key.Length == 0 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':'))
            {
                return null; // not an attribute list: prose that happens to start with "{:"
            }

            if (Harmless.Contains(key) || key.StartsWith("data-", StringComparison.OrdinalIgnoreCase) || key.StartsWith("aria-", StringComparison.OrdinalIgnoreCase))
            {
                kept.Add((key.ToLowerInvariant(), value));
            }
            else
            {
                dropped.Add(key);
            }
        }

        return new KramdownAttributes(id, classes, kept, dropped);
    }

    /// <summary>Adds the kept attributes to <paramref name="attributes"/> (the id replaces one made from a heading's text).</summary>
    public void ApplyTo(HtmlAttributes attributes)
    {
        if (Id is not null)
        {
            attributes.Id = Id;
        }

        foreach (var name in Classes)
        {
            attributes.AddClass(name);
        }

        foreach (var (name, value) in Kept)
        {
            attributes.AddProperty(name, value);
        }
    }
}
