using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsletterGen.Templates.I18n;

/// <summary>`t`: a word of the theme in the page's language. `{{ t "nav.archive" }}`;
/// `{{ t "reading_time" post.reading_minutes }}` picks the plural form for the count and fills
/// `{count}`; `{{ t "post.by" { authors: names | raw } }}` fills named placeholders (and
/// `count`, if given, picks the form). Text values are escaped where printed; when a value is
/// HTML (`raw`, `HtmlFragment`), the whole result is HTML with the translated text escaped.</summary>
internal sealed class TranslateFunction(PageWords words) : KeyedFunction("key", "values")
{
    public override Type ReturnType => typeof(object);

    protected override object? Call(TemplateContext context, SourceSpan span, ScriptArray arguments)
    {
        if (arguments.Count is < 1 or > 2 || arguments[0] is not string key)
        {
            throw new ScriptRuntimeException(span, "t takes a key and, optionally, a count or an object of values: t \"reading_time\" post.reading_minutes");
        }

        var language = words.For(context);
        var text = language.Find(key) ?? throw new UiStringException(span, DiagnosticCodes.UnknownUiString,
            $"there is no string '{key}' in templates/{UiStrings.Folder}/; add it to the theme's i18n files");
        var values = arguments.Count == 2 ? arguments[1] : null;
        decimal? count = values switch
        {
            null => null,
            IDictionary<string, object?> named => named.TryGetValue("count", out var c) ? Number(c) : null,
            _ => Number(values),
        };
        if (values is not null and not IDictionary<string, object?> && count is null)
        {
            throw new ScriptRuntimeException(span, $"t \"{key}\" was given {context.ObjectToString(values)}: give a count (a number) or an object of values, e.g. {{ name: value }}");
        }

        if (text.IsPlural && count is null)
        {
            throw new UiStringException(span, DiagnosticCodes.UiStringMisused, $"'{key}' has plural forms: give the count, e.g. t \"{key}\" n");
        }

        var message = count is { } n ? text.For(n, language.Plural) : text.Other;
        return message.Format(name => name == "count" && count is { } c ? language.Number(c)
            : values is IDictionary<string, object?> named && named.TryGetValue(name, out var value) ? Value(context, language, value)
            : null);
    }

    private static object? Value(TemplateContext context, Words language, object? value) => value switch
    {
        HtmlFragment html => html,
        int or long or decimal or double or float => language.Number(Number(value)!.Value),
        null => string.Empty,
        _ => context.ObjectToString(value) ?? string.Empty,
    };

    private static decimal? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        _ => null,
    };
}
