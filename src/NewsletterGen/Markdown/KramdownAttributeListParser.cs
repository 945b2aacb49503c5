using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsletterGen.Markdown;

/// <summary>A Kramdown block attribute list, `{: .class}` on its own line: parsed into a block
/// that renders nothing, which <see cref="KramdownAttributeLists"/> then gives to the block
/// before it (or after it, when it stands first).</summary>
public sealed class KramdownAttributeListBlockParser : BlockParser
{
    public KramdownAttributeListBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        if (line.PeekChar() != ':' || KramdownAttributes.Parse(line.AsSpan()) is not { } attributes)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new KramdownAttributeListBlock(this, attributes)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}

/// <summary>A Kramdown span attribute list, `[link](url){: .class}` or `*word*{: .class}`: given
/// to the inline just before it, and never shown as text.</summary>
public sealed class KramdownAttributeListInlineParser : InlineParser
{
    public KramdownAttributeListInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ':')
        {
            return false;
        }

        var text = slice.Text;
        var close = text.IndexOf('}', slice.Start, slice.End - slice.Start + 1);
        if (close < 0 || KramdownAttributes.Parse(text.AsSpan(slice.Start, close - slice.Start + 1)) is not { } attributes)
        {
            return false;
        }

        processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new KramdownAttributeListInline(attributes, processor.Inline) { Line = line, Column = column };
        slice.Start = close + 1;
        return true;
    }
}

public sealed class KramdownAttributeListBlock(BlockParser parser, KramdownAttributes attributes) : LeafBlock(parser)
{
    public KramdownAttributes Attributes { get; } = attributes;
}

/// <param name="target">The inline before it when it was parsed; emphasis is still a delimiter then, resolved later.</param>
public sealed class KramdownAttributeListInline(KramdownAttributes attributes, Inline? target) : LeafInline
{
    public KramdownAttributes Attributes { get; } = attributes;

    public Inline? Target { get; } = target;
}
