using NewsletterGen.Model;
using NewsletterGen.Performance;
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
    private readonly ArgumentPassThrough _passThrough = new();

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

        if (textAsObject is LentHtml lent)
        {
            // Copied in place when nothing needs to see it as a string (an include's indent).
            if (string.IsNullOrEmpty(CurrentIndent) && Output is PageOutput page)
            {
                page.Write(lent.Span);
            }
            else
            {
                Write(lent.ToString());
            }

            return this;
        }

        if (textAsObject is null)
        {
            return this;
        }

        Write(HtmlFragment.Escape(ObjectToString(textAsObject) ?? string.Empty));
        return this;
    }

    /// <summary>The site model and dates are read through tables of plain getters
    /// (<see cref="ModelAccessors"/>, <see cref="ValueAccessors"/>); Scriban's own values, text,
    /// numbers, lists and dictionaries as Scriban reads them; any other .NET object not at all,
    /// with an error (<see cref="RejectingAccessor"/>), rather than by reflection, which would
    /// show templates other members in a Native AOT build than under the JIT. Scriban asks once
    /// per type and context.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ModelAccessors.For(target)
        ?? ValueAccessors.For(target)
        ?? (ScribanValues.HasOwnAccessor(target) ? base.GetMemberAccessorImpl(target) : RejectingAccessor.Instance);

    /// <summary>Scriban prints a dictionary entry (`{{ e }}` in `for e in post.extra`) by
    /// importing its members through reflection; the same text is made here from the entry's two
    /// fields, so it does not depend on what a Native AOT build kept.</summary>
    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        KeyValuePair<string, object?> entry => base.ObjectToString(new ScriptObject(2) { ["key"] = entry.Key, ["value"] = entry.Value }, nested: true),
        LentHtml lent => lent.ToString(),
        _ => base.ObjectToString(value, nested),
    };

    /// <summary>Scriban converts every argument of a built-in function (date.to_string,
    /// string.strip, array.size) to its parameter's type, looking up first whether that type is
    /// nullable, then walking a list of conversions: reflection, and a large share of page
    /// rendering. Most arguments already are of the parameter's type; those are passed on
    /// directly, exactly as the base class would end up doing.</summary>
    public override object? ToObject(ScribanSpan span, object? value, Type destinationType)
    {
        return value is not null && _passThrough.Allows(value.GetType(), destinationType)
            ? value
            : base.ToObject(span, value, destinationType);
    }
}
