using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace NewsletterGen.Templates.I18n;

/// <summary>A call of `t` or `t_date` the i18n files cannot answer, found while rendering (a key
/// computed by the template); literal keys are checked before any page is rendered.</summary>
public sealed class UiStringException(ScribanSpan span, string code, string message) : ScriptRuntimeException(span, message)
{
    public string Code { get; } = code;
}
