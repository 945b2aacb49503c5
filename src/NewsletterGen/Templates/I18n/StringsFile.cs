using NewsletterGen.Content;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Templates.I18n;

/// <summary>One i18n file of the theme (templates/i18n/fr.yml), read once per build: its keys in
/// the order written, each with the line it starts on. A key's value is a text, a mapping of
/// plural forms, or (for the few <see cref="ListKeys"/>: month and day names) a list.</summary>
public sealed class StringsFile
{
    /// <summary>The keys whose value is a list, with the number of items each needs.</summary>
    public static readonly IReadOnlyDictionary<string, int> ListKeys = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["date.months"] = 12,
        ["date.months_short"] = 12,
        ["date.days"] = 7,
        ["date.days_short"] = 7,
    };

    /// <summary>Keys only some languages need, never reported missing: French writes the first of
    /// the month "1er", English and German have no such form.</summary>
    public static readonly IReadOnlySet<string> OptionalKeys = new HashSet<string>(StringComparer.Ordinal) { "date.first_day" };

    private static readonly string[] PluralForms = ["zero", "one", "other"];

    private StringsFile(string language, string path, IReadOnlyList<StringsEntry> entries, int lineCount)
    {
        Language = language;
        Path = path;
        Entries = entries;
        LineCount = lineCount;
        ByKey = entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
    }

    /// <summary>The language the file is named after, normalised ("fr", "pt-br").</summary>
    public string Language { get; }

    /// <summary>The file as diagnostics name it: templates/i18n/fr.yml.</summary>
    public string Path { get; }

    public IReadOnlyList<StringsEntry> Entries { get; }

    public IReadOnlyDictionary<string, StringsEntry> ByKey { get; }

    public int LineCount { get; }

    /// <summary>Reads one file; null after an error, which is in <paramref name="diagnostics"/>.</summary>
    public static StringsFile? Parse(string language, string path, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var yaml = new YamlValues(path, 1, diagnostics);
        if (yaml.ParseMapping(text, SourceLocation.StartOf(path), "an i18n file") is not { } map)
        {
            return null;
        }

        var ok = true;
        var entries = new List<StringsEntry>(map.Entries.Count);
        foreach (var entry in map.Entries)
        {
            var at = yaml.At(entry.KeyStart);
            switch (entry.Value)
            {
                case YamlText value when ListKeys.ContainsKey(entry.Key):
                case YamlMap when ListKeys.ContainsKey(entry.Key):
                    diagnostics.Error(DiagnosticCodes.InvalidUiString, at, $"'{entry.Key}' must be a list of {ListKeys[entry.Key]} names, like [{Example(entry.Key)}]");
                    ok = false;
                    break;
                case YamlText value:
                    entries.Add(new StringsEntry(entry.Key, at.Line, new UiText(Message.Parse(value.Value)), null));
                    break;
                case YamlMap forms:
                    if (Plural(entry.Key, forms, yaml, diagnostics) is { } plural)
                    {
                        entries.Add(new StringsEntry(entry.Key, at.Line, plural, null));
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                case YamlList list when ListKeys.TryGetValue(entry.Key, out var count):
                    var names = list.Items.OfType<YamlText>().Select(t => t.Value).ToList();
                    if (names.Count != count || list.Items.Count != count)
                    {
                        diagnostics.Error(DiagnosticCodes.InvalidUiString, at, $"'{entry.Key}' must list {count} names, not {list.Items.Count}");
                        ok = false;
                    }
                    else
                    {
                        entries.Add(new StringsEntry(entry.Key, at.Line, null, names));
                    }

                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.InvalidUiString, at,
                        $"'{entry.Key}' must be a text, or its plural forms (one: ..., other: ...); only {string.Join(", ", ListKeys.Keys)} are lists");
                    ok = false;
                    break;
            }
        }

        return ok ? new StringsFile(language, path, entries, text.Count(c => c == '\n') + 1) : null;
    }

    private static UiText? Plural(string key, YamlMap forms, YamlValues yaml, DiagnosticBag diagnostics)
    {
        Message? zero = null, one = null, other = null;
        var ok = true;
        foreach (var form in forms.Entries)
        {
            if (form.Value is not YamlText { Value: var text } || !PluralForms.Contains(form.Key))
            {
                diagnostics.Error(DiagnosticCodes.InvalidUiString, yaml.At(form.KeyStart),
                    $"'{key}' has a form '{form.Key}': plural forms are zero (optional), one and other, each a text");
                ok = false;
                continue;
            }

            var message = Message.Parse(text);
            _ = form.Key switch
            {
                "zero" => zero = message,
                "one" => one = message,
                _ => other = message,
            };
        }

        if (ok && other is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidUiString, yaml.At(forms.Start), $"'{key}' has plural forms but no 'other', the form every language needs");
            ok = false;
        }

        return ok ? new UiText(other!, one, zero) : null;
    }

    private static string Example(string key) => key switch
    {
        "date.months" => "January, February, ...",
        "date.months_short" => "Jan, Feb, ...",
        "date.days" => "Sunday, Monday, ...",
        _ => "Sun, Mon, ...",
    };

    /// <summary>The line a key missing from this file would go on: after the last key it has of
    /// those that come before <paramref name="key"/> in <paramref name="reference"/>.</summary>
    public int LineFor(string key, StringsFile reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        StringsEntry? before = null;
        foreach (var entry in reference.Entries)
        {
            if (entry.Key == key)
            {
                break;
            }

            if (ByKey.TryGetValue(entry.Key, out var here))
            {
                before = here;
            }
        }

        if (before is null)
        {
            return Entries.Count > 0 ? Entries[0].Line : 1;
        }

        var index = Entries.ToList().IndexOf(before);
        return index + 1 < Entries.Count ? Entries[index + 1].Line : LineCount;
    }
}
