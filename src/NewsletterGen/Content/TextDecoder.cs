using System.Buffers;
using System.Text;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Content;

/// <summary>Reads source files as writers' editors save them: UTF-8 with or without a BOM, LF or
/// CRLF. Anything else is a diagnostic that names the line, never a silent mojibake.</summary>
public static class TextDecoder
{
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = LineAndColumn(bytes, nul);
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(path, line, column),
                "this file contains a NUL byte and looks binary; Markdown files must be UTF-8 text");
            return null;
        }

        // Valid files (nearly all) are checked by one vectorised pass; the decoding loop below
        // only runs to find where an invalid file goes wrong.
        var remaining = System.Text.Unicode.Utf8.IsValid(bytes) ? [] : bytes;
        while (!remaining.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(remaining, out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                var (line, column) = LineAndColumn(bytes, bytes.Length - remaining.Length);
                diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(path, line, column),
                    $"invalid UTF-8 (byte 0x{remaining[0]:X2}); save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
                return null;
            }

            // Skip ASCII runs quickly; only multi-byte sequences need the decoder.
            var ascii = remaining[consumed..].IndexOfAnyExceptInRange((byte)0x01, (byte)0x7F);
            remaining = ascii < 0 ? [] : remaining[(consumed + ascii)..];
        }

        var text = Encoding.UTF8.GetString(bytes);
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, index - lineStart + 1);
    }
}
