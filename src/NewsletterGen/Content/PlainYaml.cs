using System.Text;

namespace NewsletterGen.Content;

/// <summary>Reads the small part of YAML that front matter is nearly always written in, directly,
/// and declines everything else, which YamlDotNet then reads: a large build spent a visible share
/// of its CPU time in YamlDotNet's scanner and parser for lines like `title: "…"`.
///
/// What it reads: one `key: value` per line, keys of letters, digits, `_` and `-`, each once;
/// blank lines and `#` comment lines. A value is plain text on one line, text in double quotes
/// (with no escapes but \" and \\), text in single quotes, a one-line list `[a, "b"]` of such texts, or
/// nothing followed by a block list of `- text` lines. Anything it is not sure of (other
/// indentation, flow mappings, anchors, tags, block scalars, other escapes, `: ` or ` #` in plain text,
/// a repeated key, characters YAML treats specially) makes it decline, so a result from here is
/// always the one YamlDotNet would give, marks included. The differential tests hold it to that.</summary>
public static class PlainYaml
{
    private static readonly System.Buffers.SearchValues<char> FlowSpecial = System.Buffers.SearchValues.Create("[]{}\"'");

    /// <summary>The block's top-level mapping, or null when the block is not in the plain subset.</summary>
    public static YamlMap? TryParse(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (HasSpecialCharacter(yaml))
        {
            return null;
        }

        var entries = new List<YamlEntry>();
        var lines = yaml.Split('\n');
        YamlMark? mapStart = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd(' ');
            if (IsBlankOrComment(line))
            {
                continue;
            }

            // A key at the start of the line, then ':' and a space or the end of the line.
            var colon = KeyLength(line);
            if (colon <= 0 || colon == line.Length || line[colon] != ':' || (colon + 1 < line.Length && line[colon + 1] != ' '))
            {
                return null;
            }

            var key = line[..colon];
            foreach (var entry in entries)
            {
                if (entry.Key == key)
                {
                    return null;
                }
            }

            var lineNumber = i + 1;
            var keyStart = new YamlMark(lineNumber, 1);
            mapStart ??= keyStart;
            var valueAt = SkipSpaces(line, colon + 1, line.Length);

            YamlValue? value;
            if (valueAt == line.Length)
            {
                value = BlockList(lines, ref i);
            }
            else
            {
                value = line[valueAt] == '['
                    ? FlowList(line, valueAt, lineNumber)
                    : Scalar(line, valueAt, line.Length, lineNumber);
            }

            if (value is null)
            {
                return null;
            }

            entries.Add(new YamlEntry(key, keyStart, value));
        }

        return new YamlMap(entries, mapStart ?? new YamlMark(1, 1));
    }

    /// <summary>Tabs, control characters, YAML's other line breaks (NEL, U+2028, U+2029), the
    /// byte order mark and non-characters: YAML gives them meanings or rejects them.</summary>
    private static bool HasSpecialCharacter(string yaml)
    {
        foreach (var c in yaml)
        {
            if ((c < ' ' && c != '\n') || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first index from <paramref name="at"/> that is not a space, or <paramref name="end"/>.</summary>
    private static int SkipSpaces(string line, int at, int end)
    {
        while (at < end && line[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private static bool IsBlankOrComment(string line)
    {
        var text = line.AsSpan().TrimStart(' ');
        return text.IsEmpty || text[0] == '#';
    }

    private static int KeyLength(string line)
    {
        var n = 0;
        while (n < line.Length && (char.IsAsciiLetterOrDigit(line[n]) || line[n] is '_' or '-'))
        {
            n++;
        }

        // A key starts with a letter or '_' ("-" would start a list item, a digit a number).
        return n > 0 && (char.IsAsciiLetter(line[0]) || line[0] == '_') ? n : -1;
    }

    /// <summary>The `- item` lines after a key with no value on its line, all at one indentation.
    /// Null when none follows (an empty value, left to YAML) or a line is not such an item.</summary>
    private static YamlList? BlockList(string[] lines, ref int i)
    {
        var items = new List<YamlValue>();
        var last = i;
        int? indent = null;
        YamlMark? start = null;
        for (var j = i + 1; j < lines.Length; j++)
        {
            var line = lines[j].TrimEnd(' ');
            if (IsBlankOrComment(line))
            {
                continue;
            }

            var at = SkipSpaces(line, 0, line.Length);
            if (line[at] != '-')
            {
                // The next key (at the line's start), or something this reader does not know.
                if (at > 0)
                {
                    return null;
                }

                break;
            }

            if (indent is not null && at != indent || line.Length < at + 3 || line[at + 1] != ' ')
            {
                return null;
            }

            indent = at;
            start ??= new YamlMark(j + 1, at + 1);
            var itemAt = SkipSpaces(line, at + 2, line.Length);
            var item = line[itemAt] is '[' or '-' ? null : Scalar(line, itemAt, line.Length, j + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            last = j;
        }

        if (start is null)
        {
            // No list follows. Where YAML marks an empty value is a detail of its scanner: let
            // it say.
            return null;
        }

        // The lines up to the last item are read; the caller goes on after it.
        i = last;
        return new YamlList(items, start.Value);
    }

    /// <summary>`[a, "b c", 'd']` on one line, nothing after the bracket.</summary>
    private static YamlList? FlowList(string line, int open, int lineNumber)
    {
        if (line[^1] != ']')
        {
            return null;
        }

        var items = new List<YamlValue>();
        var close = line.Length - 1;
        var at = open + 1;
        while (true)
        {
            at = SkipSpaces(line, at, close);
            if (at == close)
            {
                // "[]", or "[a, ]" (a trailing comma, which this reader leaves to YAML).
                return items.Count == 0 ? new YamlList(items, new YamlMark(lineNumber, open + 1)) : null;
            }

            int end;
            if (line[at] is '"' or '\'')
            {
                end = Quoted(line.AsSpan(at, close - at), null);
                if (end < 0)
                {
                    return null;
                }

                end += at;
            }
            else
            {
                end = line.IndexOfAny([',', ']'], at);
            }

            var item = Scalar(line, at, end, lineNumber, inFlow: true);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            at = SkipSpaces(line, end, close);
            if (at == close)
            {
                return new YamlList(items, new YamlMark(lineNumber, open + 1));
            }

            if (line[at] != ',')
            {
                return null;
            }

            at++;
        }
    }

    /// <summary>A scalar from <paramref name="start"/> to <paramref name="end"/> (trailing spaces
    /// allowed): plain, double-quoted or single-quoted.</summary>
    private static YamlText? Scalar(string line, int start, int end, int lineNumber, bool inFlow = false)
    {
        var mark = new YamlMark(lineNumber, start + 1);
        var text = line.AsSpan(start, end - start).TrimEnd(' ');
        if (text.IsEmpty)
        {
            return null;
        }

        var quote = text[0];
        if (quote is '"' or '\'')
        {
            var value = new StringBuilder(text.Length);
            return Quoted(text, value) == text.Length ? new YamlText(value.ToString(), IsPlain: false, mark) : null;
        }

        // Characters that start something else in YAML (lists, mappings, anchors, aliases, tags,
        // block scalars, directives, reserved ones, comments), and in a flow list the brackets
        // and braces that YAML would read as structure.
        if ("-?:,[]{}#&*!|>%@`".Contains(quote, StringComparison.Ordinal)
            || text.Contains(": ", StringComparison.Ordinal) || text[^1] == ':' || text.Contains(" #", StringComparison.Ordinal)
            || (inFlow && (text.IndexOfAny(FlowSpecial) >= 0 || text.Contains(':'))))
        {
            return null;
        }

        return new YamlText(text.ToString(), IsPlain: true, mark);
    }

    /// <summary>The length of the quoted text at the start of <paramref name="text"/>, up to and
    /// with its closing quote, its value appended to <paramref name="value"/>; -1 for what this
    /// reader leaves to YAML. In single quotes '' is a quote; in double quotes \" and \\ are
    /// read, and any other escape declines (YAML has a score of them).</summary>
    private static int Quoted(ReadOnlySpan<char> text, StringBuilder? value)
    {
        var quote = text[0];
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value?.Append('\'');
                    i++;
                    continue;
                }

                return i + 1;
            }

            if (c == '\\' && quote == '"')
            {
                if (i + 1 == text.Length || text[i + 1] is not ('"' or '\\'))
                {
                    return -1;
                }

                c = text[++i];
            }

            value?.Append(c);
        }

        return -1;
    }
}
