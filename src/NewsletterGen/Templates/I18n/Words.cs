using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace NewsletterGen.Templates.I18n;

/// <summary>The theme's words in one language, resolved once per build: every key of its file and,
/// for keys it lacks, of the files it falls back to (<see cref="UiStrings.Resolve"/>). Dates are
/// formatted with a culture made from the month and day names in the files, never from the
/// machine's ICU data, so a page reads the same on every machine, under any CurrentCulture, and in a
/// binary published with InvariantGlobalization.</summary>
public sealed class Words
{
    private readonly FrozenDictionary<string, UiText> _texts;
    private readonly string _groupSeparator;
    private readonly string _decimalSeparator;

    public Words(string language, IReadOnlyDictionary<string, UiText> texts, IReadOnlyDictionary<string, IReadOnlyList<string>> names, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(names);
        Language = language;
        _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);
        Plural = PluralRule.For(language);
        _groupSeparator = Plain("number.group_separator") ?? string.Empty;
        _decimalSeparator = Plain("number.decimal_separator") ?? ".";
        FirstDay = Plain("date.first_day");
        Culture = culture ?? CultureFrom(names);
    }

    public string Language { get; }

    public PluralRule Plural { get; }

    /// <summary>Month and day names for Scriban's `date.to_string` and for `t_date`.</summary>
    public CultureInfo Culture { get; }

    /// <summary>How the first day of a month is written where it differs from "1" ("1er" in French).</summary>
    public string? FirstDay { get; }

    public UiText? Find(string key) => _texts.GetValueOrDefault(key);

    private string? Plain(string key) => _texts.TryGetValue(key, out var text) ? text.Other.Text : null;

    /// <summary>A number as the language writes it: groups of three digits from five digits on
    /// ("10 000", but "2024"), as French and German typography do and English allows.</summary>
    public string Number(decimal value)
    {
        var text = Math.Abs(value).ToString("0.##########", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var builder = new StringBuilder(text.Length + 4);
        if (value < 0)
        {
            builder.Append('-');
        }

        if (whole.Length >= 5 && _groupSeparator.Length > 0)
        {
            for (var i = 0; i < whole.Length; i++)
            {
                if (i > 0 && (whole.Length - i) % 3 == 0)
                {
                    builder.Append(_groupSeparator);
                }

                builder.Append(whole[i]);
            }
        }
        else
        {
            builder.Append(whole);
        }

        if (point >= 0)
        {
            builder.Append(_decimalSeparator).Append(text, point + 1, text.Length - point - 1);
        }

        return builder.ToString();
    }

    /// <summary>The invariant culture with the files' month and day names: what `%B`, `%b`,
    /// `%A`, `%a` print. Names the files do not give stay English.</summary>
    private static CultureInfo CultureFrom(IReadOnlyDictionary<string, IReadOnlyList<string>> names)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var format = culture.DateTimeFormat;
        if (names.TryGetValue("date.months", out var months))
        {
            format.MonthNames = [.. months, string.Empty];
            format.MonthGenitiveNames = [.. months, string.Empty];
        }

        if (names.TryGetValue("date.months_short", out var shortMonths))
        {
            format.AbbreviatedMonthNames = [.. shortMonths, string.Empty];
            format.AbbreviatedMonthGenitiveNames = [.. shortMonths, string.Empty];
        }

        if (names.TryGetValue("date.days", out var days))
        {
            format.DayNames = [.. days];
        }

        if (names.TryGetValue("date.days_short", out var shortDays))
        {
            format.AbbreviatedDayNames = [.. shortDays];
        }

        return CultureInfo.ReadOnly(culture);
    }
}
