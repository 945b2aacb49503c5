using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsletterGen.Import;

/// <summary>Writes imported fields as the YAML front matter the build reads: block mappings and
/// lists, text plain where YAML would read it back as the same text, double-quoted otherwise.</summary>
public static partial class YamlWriter
{
    // Plain text that YAML reads back unchanged: no indicator first, no ": " or " #", no
    // surrounding space, and nothing YAML would take for another type.
    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`~][^\n]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeStart();

    [GeneratedRegex(@"^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o?[0-7]+|[-+]?\.(?:inf|nan)|\d{4}-\d{1,2}-\d{1,2}.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherType();

    public static string Write(IEnumerable<ImportField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            Field(text, field.Key, field.Value, 0);
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string key, ImportValue value, int indent)
    {
        text.Append(' ', indent).Append(Scalar(key, quoted: true)).Append(':');
        Value(text, value, indent);
    }

    /// <summary>What follows a key's colon or a list item's dash: a scalar or an empty collection
    /// on the same line, a collection's lines below it.</summary>
    private static void Value(StringBuilder text, ImportValue value, int indent)
    {
        switch (value)
        {
            case ImportScalar scalar:
                text.Append(' ').Append(Scalar(scalar.Text, scalar.Quoted)).Append('\n');
                break;
            case ImportList { Items.Count: 0 }:
                text.Append(" []\n");
                break;
            case ImportMap { Fields.Count: 0 }:
                text.Append(" {}\n");
                break;
            case ImportList list:
                text.Append('\n');
                Items(text, list, indent + 2);
                break;
            case ImportMap map:
                text.Append('\n');
                foreach (var inner in map.Fields)
                {
                    Field(text, inner.Key, inner.Value, indent + 2);
                }

                break;
        }
    }

    private static void Items(StringBuilder text, ImportList list, int indent)
    {
        foreach (var item in list.Items)
        {
            text.Append(' ', indent).Append('-');
            if (item is not ImportMap { Fields.Count: > 0 } map)
            {
                Value(text, item, indent);
                continue;
            }

            // A map's first field sits on the dash's line, the others below it.
            var first = new StringBuilder();
            for (var i = 0; i < map.Fields.Count; i++)
            {
                Field(first, map.Fields[i].Key, map.Fields[i].Value, indent + 2);
            }

            text.Append(' ').Append(first.ToString(indent + 2, first.Length - indent - 2));
        }
    }

    /// <summary>A scalar: a bare token (number, boolean, date, plain YAML) is written bare when
    /// it fits on a line; text is written plain only where YAML reads it back as that text.</summary>
    public static string Scalar(string value, bool quoted)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = value.Length > 0 && SafeStart().IsMatch(value) && value.TrimEnd().Length == value.Length
            && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':') && !value.Any(char.IsControl);
        if (plain && (!quoted || !OtherType().IsMatch(value)))
        {
            return value;
        }

        return Quote(value);
    }

    /// <summary>A YAML double-quoted string; JSON's escapes are YAML's too.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\t': text.Append("\\t"); break;
                case '\r': text.Append("\\r"); break;
                default:
                    if (char.IsControl(c))
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
