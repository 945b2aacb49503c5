using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsletterGen.Templates;

/// <summary>A template function of one argument, called directly. Functions imported from
/// delegates are invoked by reflection (Delegate.DynamicInvoke), which profiles showed as a
/// visible share of page rendering for helpers called on every link, such as relative_url.</summary>
internal sealed class OneArgumentFunction : IScriptCustomFunction
{
    private readonly Func<TemplateContext, object?, object?> _body;

    public OneArgumentFunction(Func<TemplateContext, object?, object?> body) => _body = body;

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"this function takes one value, not {arguments.Count}");
        }

        return _body(context, arguments[0]);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
