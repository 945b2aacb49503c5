using NewsletterGen.Diagnostics;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsletterGen.Templates.I18n;

/// <summary>`t_date`: a date in the page's language, in a format the i18n files name:
/// `{{ t_date post.date }}` uses `date.long`, `{{ t_date post.date "day_month" }}` uses
/// `date.day_month`. Formats are written as for Scriban's `date.to_string` (`%e %B %Y`), and
/// `date.first_day` (French "1er") stands for the day when it is the first of the month.</summary>
internal sealed class DateFunction(PageWords words) : KeyedFunction("date", "format")
{
    public override Type ReturnType => typeof(string);

    protected override object? Call(TemplateContext context, SourceSpan span, ScriptArray arguments)
    {
        if (arguments.Count is < 1 or > 2 || (arguments.Count == 2 && arguments[1] is not (string or null)))
        {
            throw new ScriptRuntimeException(span, "t_date takes a date and, optionally, the name of a format: t_date post.date \"day_month\"");
        }

        DateTime? date = arguments[0] switch
        {
            null => null,
            DateTime d => d,
            DateTimeOffset o => o.DateTime,
            var other => throw new ScriptRuntimeException(span, $"t_date needs a date, not {context.ObjectToString(other)}"),
        };
        if (date is not { } value)
        {
            return null;
        }

        // Scriban passes an optional argument left out as null.
        var key = "date." + ((arguments.Count == 2 ? arguments[1] as string : null) ?? "long");
        var language = words.For(context);
        var pattern = language.Find(key)?.Other.Text ?? throw new UiStringException(span, DiagnosticCodes.UnknownUiString,
            $"there is no date format '{key}' in templates/{UiStrings.Folder}/; add it, e.g. {key}: \"%e %B %Y\"");
        if (value.Day == 1 && language.FirstDay is { } first)
        {
            pattern = pattern.Replace("%e", first, StringComparison.Ordinal).Replace("%d", first, StringComparison.Ordinal);
        }

        // Scriban's own formatter, so `%e %B %Y` reads exactly as `date.to_string` prints it.
        var formatter = context.BuiltinObject["date"] as DateTimeFunctions ?? throw new ScriptRuntimeException(span, "Scriban's date functions are missing");
        return formatter.ToString(value, pattern, language.Culture)?.Trim();
    }
}
