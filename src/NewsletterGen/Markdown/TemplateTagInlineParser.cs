using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace NewsletterGen.Markdown;

/// <summary>Finds the template tags <see cref="TemplateTagTranslator"/> left in a paragraph. It
/// wakes only on '{', and takes only the tag shapes (`{%`, `{{&lt;`, `{{%`, `{{ site.`, `{{ page.`),
/// so "{braces}" and "{{ title }}" in prose stay text as before. `{% raw %}`…`{% endraw %}`
/// shows its content as written, without a warning, as Jekyll does.</summary>
public sealed class TemplateTagInlineParser : InlineParser
{
    // A raw block opened in one paragraph and closed in a later one: paragraphs are parsed in
    // document order, so the document remembers it in between.
    private static readonly object RawOpen = new();

    public TemplateTagInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1;
        if (TemplateTag.At(text, start, end) is not { } tag)
        {
            return false;
        }

        processor.GetSourcePosition(start, out var line, out var column);
        var rawOpen = processor.Document.GetData(RawOpen) is true;
        Inline inline;
        var consumed = tag.Length;
        if (!tag.Hugo && !tag.Output && tag.Name == "raw")
        {
            var close = FindEndRaw(text, start + tag.Length, end);
            if (close is { } found)
            {
                inline = new LiteralInline(text[(start + tag.Length)..found.Start]);
                consumed = found.Start + found.Length - start;
            }
            else
            {
                processor.Document.SetData(RawOpen, true);
                inline = new LiteralInline(string.Empty);
            }
        }
        else if (!tag.Hugo && !tag.Output && tag.Name == "endraw")
        {
            processor.Document.SetData(RawOpen, false);
            inline = new LiteralInline(string.Empty);
        }
        else if (rawOpen)
        {
            inline = new LiteralInline(text.Substring(start, tag.Length));
        }
        else
        {
            inline = new TemplateTagInline(text.Substring(start, tag.Length), tag);
        }

        inline.Line = line;
        inline.Column = column;
        inline.Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start), processor.GetSourcePosition(start + consumed - 1));
        processor.Inline = inline;
        slice.Start = start + consumed;
        return true;
    }

    private static TemplateTag? FindEndRaw(string text, int from, int end)
    {
        for (var at = text.IndexOf("{%", from, end - from, StringComparison.Ordinal); at >= 0; at = at + 2 < end ? text.IndexOf("{%", at + 2, end - at - 2, StringComparison.Ordinal) : -1)
        {
            if (TemplateTag.At(text, at, end) is { Name: "endraw", Hugo: false } tag)
            {
                return tag;
            }
        }

        return null;
    }
}
