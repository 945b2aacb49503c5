using System.Globalization;
using System.Text;

namespace NewsletterGen.Checks.Privacy;

/// <summary>The tokenizer of CSS Syntax Level 3 (§4) as <see cref="CssUrls"/> needs it: walks the
/// (preprocessed) CSS once and adds the value of every url token and string token to
/// <c>found</c>.</summary>
internal sealed class CssTokenReader(string css, List<string> found)
{
    private int _at;

    public void Run()
    {
        while (_at < css.Length)
        {
            var c = css[_at];
            if (c == '/' && Peek(1) == '*')
            {
                var end = css.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                _at = end < 0 ? css.Length : end + 2;
            }
            else if (c is '"' or '\'')
            {
                _at++;
                found.Add(String(c));
            }
            else if (c is '#' or '@')
            {
                // A hash or at-keyword: its name is no function name ("#url(" is not url()).
                _at++;
                if (StartsName())
                {
                    Name();
                }
            }
            else if (char.IsAsciiDigit(c) || (c is '.' or '+' or '-' && char.IsAsciiDigit(Peek(1))))
            {
                Number();
            }
            else if (StartsIdentifier())
            {
                IdentLike();
            }
            else
            {
                _at++;
            }
        }
    }

    /// <summary>§4.3.4: an identifier, a function, or a url token.</summary>
    private void IdentLike()
    {
        var name = Name();
        if (_at < css.Length && css[_at] == '(' && name.Equals("url", StringComparison.OrdinalIgnoreCase))
        {
            _at++;
            var start = _at;
            while (_at < css.Length && IsWhitespace(css[_at]))
            {
                _at++;
            }

            if (_at < css.Length && css[_at] is '"' or '\'')
            {
                return; // url("…"): a function whose string the main loop reads
            }

            _at = start;
            Url();
        }
    }

    /// <summary>§4.3.6: the text of an unquoted url(…), escapes decoded. A bad url is a load
    /// no browser makes, but what was read of it is returned all the same.</summary>
    private void Url()
    {
        var value = new StringBuilder();
        while (_at < css.Length && IsWhitespace(css[_at]))
        {
            _at++;
        }

        while (_at < css.Length)
        {
            var c = css[_at];
            if (c == ')')
            {
                _at++;
                break;
            }

            if (IsWhitespace(c))
            {
                while (_at < css.Length && IsWhitespace(css[_at]))
                {
                    _at++;
                }

                if (_at < css.Length && css[_at] == ')')
                {
                    _at++;
                    break;
                }

                BadUrlRemnants();
                break;
            }

            if (c is '"' or '\'' or '(' || IsNonPrintable(c))
            {
                BadUrlRemnants();
                break;
            }

            if (c == '\\')
            {
                if (!IsValidEscape(_at))
                {
                    BadUrlRemnants();
                    break;
                }

                _at++;
                value.Append(Escape());
                continue;
            }

            value.Append(c);
            _at++;
        }

        found.Add(value.ToString());
    }

    /// <summary>§4.3.14.</summary>
    private void BadUrlRemnants()
    {
        while (_at < css.Length)
        {
            var c = css[_at];
            if (c == ')')
            {
                _at++;
                return;
            }

            if (IsValidEscape(_at))
            {
                _at++;
                Escape();
                continue;
            }

            _at++;
        }
    }

    /// <summary>§4.3.5: a string token's value, after its opening quote.</summary>
    private string String(char quote)
    {
        var value = new StringBuilder();
        while (_at < css.Length)
        {
            var c = css[_at];
            if (c == quote)
            {
                _at++;
                break;
            }

            if (c == '\n')
            {
                break; // a bad string; the newline is left for the next token
            }

            if (c == '\\')
            {
                if (_at + 1 >= css.Length)
                {
                    _at++;
                    continue;
                }

                if (css[_at + 1] == '\n')
                {
                    _at += 2;
                    continue;
                }

                _at++;
                value.Append(Escape());
                continue;
            }

            value.Append(c);
            _at++;
        }

        return value.ToString();
    }

    /// <summary>§4.3.12: a name (identifier, function, hash, at-keyword, unit), escapes decoded.</summary>
    private string Name()
    {
        var value = new StringBuilder();
        while (_at < css.Length)
        {
            var c = css[_at];
            if (IsNameCodePoint(c))
            {
                value.Append(c);
                _at++;
            }
            else if (IsValidEscape(_at))
            {
                _at++;
                value.Append(Escape());
            }
            else
            {
                break;
            }
        }

        return value.ToString();
    }

    /// <summary>§4.3.3: a number, and the unit of a dimension (which is no function name).</summary>
    private void Number()
    {
        if (css[_at] is '+' or '-')
        {
            _at++;
        }

        while (_at < css.Length && (char.IsAsciiDigit(css[_at]) || (css[_at] == '.' && char.IsAsciiDigit(Peek(1)))))
        {
            _at++;
        }

        if (_at < css.Length && css[_at] is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            _at += 2;
            while (_at < css.Length && char.IsAsciiDigit(css[_at]))
            {
                _at++;
            }
        }

        if (StartsIdentifier())
        {
            Name();
        }
    }

    /// <summary>§4.3.7, after the backslash: the code point an escape stands for.</summary>
    private string Escape()
    {
        if (_at >= css.Length)
        {
            return "\uFFFD";
        }

        var c = css[_at];
        if (!char.IsAsciiHexDigit(c))
        {
            _at++;
            if (char.IsHighSurrogate(c) && _at < css.Length && char.IsLowSurrogate(css[_at]))
            {
                _at++;
                return string.Concat(c, css[_at - 1]);
            }

            return c.ToString();
        }

        var start = _at;
        while (_at < css.Length && _at - start < 6 && char.IsAsciiHexDigit(css[_at]))
        {
            _at++;
        }

        var value = int.Parse(css.AsSpan(start, _at - start), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (_at < css.Length && IsWhitespace(css[_at]))
        {
            _at++;
        }

        return value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(value);
    }

    /// <summary>§4.3.8: a backslash not followed by a newline (or the end).</summary>
    private bool IsValidEscape(int at) => at < css.Length && css[at] == '\\' && at + 1 < css.Length && css[at + 1] != '\n';

    private bool StartsName() => _at < css.Length && (IsNameCodePoint(css[_at]) || IsValidEscape(_at));

    /// <summary>§4.3.9: whether an identifier starts here.</summary>
    private bool StartsIdentifier()
    {
        if (_at >= css.Length)
        {
            return false;
        }

        var c = css[_at];
        if (c == '-')
        {
            var next = Peek(1);
            return IsNameStart(next) || next == '-' || IsValidEscape(_at + 1);
        }

        return IsNameStart(c) || IsValidEscape(_at);
    }

    private char Peek(int ahead) => _at + ahead < css.Length ? css[_at + ahead] : '\0';

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_' || c >= 0x80;

    private static bool IsNameCodePoint(char c) => IsNameStart(c) || char.IsAsciiDigit(c) || c == '-';

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n';

    private static bool IsNonPrintable(char c) => c <= '\u0008' || c == '\u000B' || (c >= '\u000E' && c <= '\u001F') || c == '\u007F';
}
