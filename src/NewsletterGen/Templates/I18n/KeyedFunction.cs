using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsletterGen.Templates.I18n;

/// <summary>What Scriban asks of a function called with one value and, optionally, a second
/// (`t "key" n`, `t_date post.date "format"`), so that each i18n function writes only what its
/// call does.</summary>
internal abstract class KeyedFunction(string first, string second) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public abstract Type ReturnType { get; }

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? first : second);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        return Call(context, callerContext?.Span ?? default, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The call itself; <paramref name="span"/> is where the template calls it, for errors.</summary>
    protected abstract object? Call(TemplateContext context, SourceSpan span, ScriptArray arguments);
}
