using NewsletterGen.Templates;

namespace NewsletterGen.Performance;

/// <summary>A page's body as the layout gets it (`{{ content }}`): HTML, like
/// <see cref="Model.HtmlFragment"/>, but left in the buffer its template wrote it into instead
/// of made a string. Printing it copies it from there into the page; anything else a template
/// does with it (a filter, `content.value`, `raw content`) gets a string, made once on demand.
/// A post's body as a string was a large share of what rendering the pages allocated, all of it
/// garbage a page later.
///
/// Valid while its page renders: the buffer is the rendering thread's, emptied for its next
/// page, after which reading this throws rather than show another page's body.</summary>
internal sealed class LentHtml
{
    private readonly PageOutput _buffer;
    private readonly int _generation;
    private string? _text;

    public LentHtml(PageOutput buffer)
    {
        _buffer = buffer;
        _generation = buffer.Generation;
    }

    /// <summary>The HTML, read in place.</summary>
    public ReadOnlySpan<char> Span
    {
        get
        {
            if (_text is not null)
            {
                return _text;
            }

            if (_buffer.Generation != _generation)
            {
                throw new InvalidOperationException("A page's body was read after the page was rendered.");
            }

            return _buffer.Written;
        }
    }

    public override string ToString() => _text ??= new string(Span);
}
