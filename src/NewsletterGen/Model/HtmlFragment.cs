namespace NewsletterGen.Model;

/// <summary>Text that already is HTML (a rendered post body, a summary). Templates print it as it
/// is; every other value they print is escaped. The type is the only way to say "trusted".</summary>
public sealed record HtmlFragment(string Value)
{
    public static readonly HtmlFragment Empty = new(string.Empty);

    public override string ToString() => Value;

    /// <summary>Plain text as HTML: the five characters that matter in text and in quoted
    /// attributes are escaped, every other character stays as it is (no "&amp;#233;" for "é").</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
