using System.Text;
using System.Text.Json;

namespace NewsletterGen.Import;

/// <summary>A source file cut into its front matter and its body, after its byte order mark is
/// dropped and CRLF line ends become LF. <see cref="FirstLine"/> is the 1-based line of the
/// front matter's first line in the original file, so diagnostics point at what the writer sees.</summary>
public sealed record SourceSplit(FrontMatterFormat Format, string FrontMatter, int FirstLine, string Body, bool HadBom, bool HadCrlf)
{
    /// <summary>Null when a front matter is opened and never closed.</summary>
    public static SourceSplit? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hadBom = text.StartsWith('\uFEFF');
        if (hadBom)
        {
            text = text[1..];
        }

        var hadCrlf = text.Contains('\r', StringComparison.Ordinal);
        if (hadCrlf)
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        // Blank lines before the opening fence are tolerated, as Jekyll and Hugo do.
        var start = 0;
        var skipped = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0 || !text.AsSpan(start, end - start).IsWhiteSpace())
            {
                break;
            }

            start = end + 1;
            skipped++;
        }

        var rest = text[start..];
        var firstLineEnd = rest.IndexOf('\n', StringComparison.Ordinal);
        var first = (firstLineEnd < 0 ? rest : rest[..firstLineEnd]).TrimEnd();
        if (first is "---" or "+++")
        {
            var fence = first;
            var lineStart = firstLineEnd + 1;
            while (firstLineEnd >= 0 && lineStart <= rest.Length)
            {
                var lineEnd = rest.IndexOf('\n', lineStart);
                var line = rest.AsSpan(lineStart, (lineEnd < 0 ? rest.Length : lineEnd) - lineStart).TrimEnd();
                if (line.SequenceEqual(fence) || (fence == "---" && line is "..."))
                {
                    var frontMatter = rest[(firstLineEnd + 1)..lineStart];
                    var body = lineEnd < 0 ? string.Empty : rest[(lineEnd + 1)..];
                    return new SourceSplit(fence == "---" ? FrontMatterFormat.Yaml : FrontMatterFormat.Toml, frontMatter, skipped + 2, body, hadBom, hadCrlf);
                }

                if (lineEnd < 0)
                {
                    break;
                }

                lineStart = lineEnd + 1;
            }

            return null;
        }

        if (rest.StartsWith('{'))
        {
            var end = JsonEnd(rest);
            if (end < 0)
            {
                return null;
            }

            var after = rest.IndexOf('\n', end);
            return new SourceSplit(FrontMatterFormat.Json, rest[..end], skipped + 1, after < 0 ? string.Empty : rest[(after + 1)..], hadBom, hadCrlf);
        }

        return new SourceSplit(FrontMatterFormat.None, string.Empty, 1, text, hadBom, hadCrlf);
    }

    /// <summary>Where the JSON object that opens the text ends (in chars), or -1.</summary>
    private static int JsonEnd(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return -1;
            }
        }
        catch (JsonException)
        {
            return -1;
        }

        return Encoding.UTF8.GetCharCount(bytes.AsSpan(0, (int)reader.BytesConsumed));
    }
}
