using NewsletterGen.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace NewsletterGen.Templates.I18n;

/// <summary>Checks, before any page is rendered, every `t "key"` and `t_date x "format"` a
/// template writes with a literal key: a key no i18n file has is an error at the call, as is a
/// plural text called without a count. Keys a template computes are checked when rendered.</summary>
internal static class StringKeyCheck
{
    public static bool Run(IReadOnlyDictionary<string, Template> templates, UiStrings strings, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var (path, template) in templates)
        {
            foreach (var call in Calls(template.Page))
            {
                var (function, key, arguments, span) = call;
                var name = function == "t_date" ? "date." + key : key;
                var at = TemplateSet.Location(span, path);
                if (!strings.Has(name))
                {
                    var where = strings.IsEmpty ? $"the theme has no templates/{UiStrings.Folder}/ files; add templates/{UiStrings.Folder}/en.yml with it" : $"add it to the theme's templates/{UiStrings.Folder}/ files";
                    var what = function == "t_date" ? $"there is no date format '{name}'" : $"there is no string '{name}'";
                    diagnostics.Error(DiagnosticCodes.UnknownUiString, at, $"{what}; {where}");
                    ok = false;
                }
                else if (function == "t" && arguments == 1 && strings.Any(name) is { IsPlural: true })
                {
                    diagnostics.Error(DiagnosticCodes.UiStringMisused, at, $"'{name}' has plural forms: give the count, e.g. t \"{name}\" n");
                    ok = false;
                }
            }
        }

        return ok;
    }

    private static IEnumerable<(string Function, string Key, int Arguments, Scriban.Parsing.SourceSpan Span)> Calls(ScriptNode? root)
    {
        var pending = new Stack<ScriptNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var node))
        {
            if (node is ScriptFunctionCall { Target: ScriptVariable { Name: "t" or "t_date" } target } call)
            {
                var key = target.Name == "t"
                    ? (call.Arguments.Count > 0 ? call.Arguments[0] : null) as ScriptLiteral
                    : call.Arguments.Count > 1 ? call.Arguments[1] as ScriptLiteral : null;
                if (key is { Value: string text })
                {
                    yield return (target.Name, text, call.Arguments.Count, call.Span);
                }
                else if (target.Name == "t_date" && call.Arguments.Count == 1)
                {
                    yield return (target.Name, "long", 1, call.Span);
                }
            }

            for (var i = 0; i < node.ChildrenCount; i++)
            {
                if (node.GetChildren(i) is { } child)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
