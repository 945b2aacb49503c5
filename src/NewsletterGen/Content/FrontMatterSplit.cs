using System.Buffers;
using System.Text;

namespace NewsletterGen.Content;

/// <summary>Finds, in a Markdown file's bytes, where its body starts, so that a build can decode
/// the front matter now and leave the body as UTF-8 until its Markdown is rendered. It answers
/// only for the plain files nearly every site is made of; for any other file it says no, and the
/// file is decoded whole, with every check and diagnostic of <see cref="TextDecoder"/>,
/// <see cref="FrontMatterParser"/> and the cleaning of characters XML forbids.</summary>
public static class FrontMatterSplit
{
    // What makes a file other than plain: C0 controls other than tab and line feed (XML forbids
    // them, and a NUL means a binary file), and carriage returns (line endings are normalised
    // when a file is decoded whole).
    private static readonly SearchValues<byte> NotPlain = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
         0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    /// <summary>The index just past the line feed that ends the line closing the front matter,
    /// or -1 when the file is not plain: not valid UTF-8, a byte order mark, a character XML
    /// forbids, a carriage return, no opening fence on the first line (blank lines before it,
    /// which the parser passes over, are left to it), no closing fence, or a closing fence on the last
    /// line. The fences are found by the parser's own rule (a line that is "---", or "..." to
    /// close, once trailing white space is trimmed), so the parser, given the bytes before
    /// the index, finds the same front matter, the same body line and an empty body.</summary>
    public static int BodyStart(ReadOnlySpan<byte> file)
    {
        if (file.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
            || file.IndexOfAny(NotPlain) >= 0
            || HasNonCharacter(file)
            || !System.Text.Unicode.Utf8.IsValid(file))
        {
            return -1;
        }

        var firstEnd = file.IndexOf((byte)'\n');
        if (firstEnd < 0 || !IsFence(file[..firstEnd], "---"))
        {
            return -1;
        }

        var lineStart = firstEnd + 1;
        while (lineStart < file.Length)
        {
            var length = file[lineStart..].IndexOf((byte)'\n');
            if (length < 0)
            {
                return -1;
            }

            var line = file.Slice(lineStart, length);
            if (IsFence(line, "---") || IsFence(line, "..."))
            {
                return lineStart + length + 1;
            }

            lineStart += length + 1;
        }

        return -1;
    }

    /// <summary>U+FFFE and U+FFFF, which XML forbids, are EF BF BE and EF BF BF in UTF-8.</summary>
    private static bool HasNonCharacter(ReadOnlySpan<byte> file)
    {
        for (var at = file.IndexOf((ReadOnlySpan<byte>)[0xEF, 0xBF]); at >= 0; at = Next(file, at))
        {
            if (at + 2 < file.Length && file[at + 2] is 0xBE or 0xBF)
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<byte> file, int at)
        {
            var next = file[(at + 1)..].IndexOf((ReadOnlySpan<byte>)[0xEF, 0xBF]);
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>Whether a line is the fence, as the parser sees it: it starts with the fence,
    /// and the rest is white space (trimmed by string.TrimEnd, which also trims Unicode
    /// spaces, so the rest is decoded to be judged the same way).</summary>
    private static bool IsFence(ReadOnlySpan<byte> line, string fence) =>
        line.Length >= 3 && line[0] == fence[0] && line[1] == fence[1] && line[2] == fence[2]
        && (line.Length == 3 || Encoding.UTF8.GetString(line[3..]).AsSpan().IsWhiteSpace());
}
