using NewsletterGen.Model;
using Scriban;
using Scriban.Runtime;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace NewsletterGen.Templates;

/// <summary>A Scriban context that HTML-escapes every value a template prints, unless the value
/// is an <see cref="HtmlFragment"/>. Scriban itself escapes nothing, so without this a post titled
/// "&lt;script&gt;" would run in every reader's browser. Literal template text is not a value and
/// is written untouched.</summary>
internal sealed class HtmlEscapingContext : TemplateContext
{
    public HtmlEscapingContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    public override TemplateContext Write(ScribanSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlFragment html)
        {
            Write(html.Value);
            return this;
        }

        if (textAsObject is null)
        {
            return this;
        }

        Write(HtmlFragment.Escape(ObjectToString(textAsObject) ?? string.Empty));
        return this;
    }
}
