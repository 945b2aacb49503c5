using System.Collections.Concurrent;
using NewsletterGen.Markdown;

namespace NewsletterGen.Performance;

/// <summary>ColorCode highlighters shared by the threads that render one build's Markdown. A
/// highlighter's parser keeps state while it parses, so it serves one thread at a time; it
/// compiles each language's patterns on first use, so making one per thread or per code block
/// costs more than sharing, and one behind a lock makes the other threads wait. Invariant: a
/// highlighter is taken, used by the taking thread only, and given back; one whose use threw is
/// not given back (its parser's state is unknown). Owned by a <see cref="MarkdownRenderer"/>,
/// hence by one build: nothing of it outlives the build.</summary>
internal sealed class HighlighterPool
{
    private readonly ConcurrentBag<CodeHighlighter> _free = [];

    /// <summary>A free highlighter, or a new one when every one is in use.</summary>
    public CodeHighlighter Take() => _free.TryTake(out var free) ? free : new CodeHighlighter();

    public void Return(CodeHighlighter highlighter) => _free.Add(highlighter);
}
