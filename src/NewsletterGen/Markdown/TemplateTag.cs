namespace NewsletterGen.Markdown;

/// <summary>One Jekyll (Liquid) or Hugo template tag found in a post body: `{% name args %}`,
/// `{{ site.x }}`/`{{ page.x }}`, `{{&lt; name args &gt;}}` or `{{% name args %}}`. The build runs no
/// template code in posts; these shapes are read only to translate the few with a clear
/// meaning and to warn about the rest.</summary>
/// <param name="Start">Index of the opening brace in the text read.</param>
/// <param name="Length">Length of the whole tag, braces included.</param>
/// <param name="Hugo">A Hugo shortcode rather than a Liquid tag or output.</param>
/// <param name="Output">A Liquid output (`{{ … }}`), whose <paramref name="Name"/> is the variable.</param>
/// <param name="Name">The tag's name (`highlight`, `/highlight`, `site.url`), lower case as written.</param>
/// <param name="Arguments">What follows the name, trimmed.</param>
public readonly record struct TemplateTag(int Start, int Length, bool Hugo, bool Output, string Name, string Arguments)
{
    /// <summary>The tag starting at <paramref name="at"/> (a '{') and ending before
    /// <paramref name="end"/>, or null when the text there is not one of the shapes.</summary>
    public static TemplateTag? At(string text, int at, int end)
    {
        if (at + 1 >= end || text[at] != '{')
        {
            return null;
        }

        string close;
        var hugo = false;
        var output = false;
        var inner = at + 2;
        switch (text[at + 1])
        {
            case '%':
                close = "%}";
                break;
            case '{' when at + 2 < end && text[at + 2] == '<':
                close = ">}}";
                hugo = true;
                inner++;
                break;
            case '{' when at + 2 < end && text[at + 2] == '%':
                close = "%}}";
                hugo = true;
                inner++;
                break;
            case '{':
                close = "}}";
                output = true;
                break;
            default:
                return null;
        }

        var closeAt = text.IndexOf(close, inner, end - inner, StringComparison.Ordinal);
        if (closeAt < 0)
        {
            return null;
        }

        var body = text.AsSpan(inner, closeAt - inner).Trim().Trim('-').Trim();
        var nameEnd = 0;
        while (nameEnd < body.Length && !char.IsWhiteSpace(body[nameEnd]))
        {
            nameEnd++;
        }

        var name = body[..nameEnd].ToString();
        if (output && !(name.StartsWith("site.", StringComparison.Ordinal) || name.StartsWith("page.", StringComparison.Ordinal)))
        {
            return null; // "{{ title }}" in prose is text, as it always was
        }

        if (name.Length == 0)
        {
            return null;
        }

        return new TemplateTag(at, closeAt + close.Length - at, hugo, output, name, body[nameEnd..].Trim().ToString());
    }

    /// <summary>The first argument without quotes (`"posts/a.md"` → posts/a.md).</summary>
    public string FirstArgument
    {
        get
        {
            var first = Arguments.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
            return first.Trim('"', '\'');
        }
    }

    /// <summary>Named arguments of a Hugo shortcode (`src="x.png" alt='A'`), in order.</summary>
    public IEnumerable<(string Key, string Value)> NamedArguments()
    {
        var text = Arguments;
        var at = 0;
        while (at < text.Length)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var equals = text.IndexOf('=', at);
            if (equals < 0)
            {
                yield break;
            }

            var key = text[at..equals].Trim();
            at = equals + 1;
            string value;
            if (at < text.Length && text[at] is '"' or '\'')
            {
                var quote = text[at];
                var closing = text.IndexOf(quote, at + 1);
                closing = closing < 0 ? text.Length : closing;
                value = text[(at + 1)..closing];
                at = closing + 1;
            }
            else
            {
                var space = at;
                while (space < text.Length && !char.IsWhiteSpace(text[space]))
                {
                    space++;
                }

                value = text[at..space];
                at = space;
            }

            yield return (key, value);
        }
    }
}
