using System.Text;
using NewsletterGen.Model;

namespace NewsletterGen.Templates.I18n;

/// <summary>One translated text, split once into literal parts and `{name}` placeholders, so a
/// page fills it in without scanning the text again. A brace that does not open a placeholder
/// name (letters, digits, `_`) is literal text.</summary>
public sealed class Message
{
    private readonly string[] _literals;
    private readonly string[] _names;

    private Message(string text, string[] literals, string[] names)
    {
        Text = text;
        _literals = literals;
        _names = names;
    }

    /// <summary>The text as written in the i18n file.</summary>
    public string Text { get; }

    /// <summary>The placeholders, in order of appearance.</summary>
    public IReadOnlyList<string> Names => _names;

    public static Message Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var literals = new List<string>();
        var names = new List<string>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '{' && NameEnd(text, i + 1) is var end && end > i + 1 && end < text.Length && text[end] == '}')
            {
                literals.Add(literal.ToString());
                literal.Clear();
                names.Add(text[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                literal.Append(text[i]);
                i++;
            }
        }

        literals.Add(literal.ToString());
        return new Message(text, [.. literals], [.. names]);
    }

    private static int NameEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return i;
    }

    /// <summary>The text with each placeholder replaced by its value: text when every value is
    /// text, else HTML (an <see cref="HtmlFragment"/>) with the literal parts and text values
    /// escaped and HTML values kept; such a result belongs between elements, not in an attribute. A placeholder without a value stays as written (search.js
    /// fills `{query}` in the browser).</summary>
    public object Format(Func<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_names.Length == 0)
        {
            return Text;
        }

        var values = new object?[_names.Length];
        var html = false;
        for (var n = 0; n < _names.Length; n++)
        {
            values[n] = value(_names[n]);
            html |= values[n] is HtmlFragment;
        }

        var builder = new StringBuilder(Text.Length + 32);
        for (var n = 0; n < _names.Length; n++)
        {
            builder.Append(html ? Literal(_literals[n]) : _literals[n]);
            switch (values[n])
            {
                case HtmlFragment fragment:
                    builder.Append(fragment.Value);
                    break;
                case string s:
                    builder.Append(html ? HtmlFragment.Escape(s) : s);
                    break;
                default:
                    var placeholder = "{" + _names[n] + "}";
                    builder.Append(html ? Literal(placeholder) : placeholder);
                    break;
            }
        }

        builder.Append(html ? Literal(_literals[^1]) : _literals[^1]);
        return html ? new HtmlFragment(builder.ToString()) : builder.ToString();
    }

    /// <summary>The translation's own text inside HTML: as text between elements, where only
    /// `&amp;`, `&lt;` and `&gt;` matter (an apostrophe stays one, as in the theme's own text).</summary>
    private static string Literal(string text) =>
        text.AsSpan().IndexOfAny("&<>") < 0 ? text : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
