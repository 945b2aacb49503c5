using System.Text.RegularExpressions;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>Reads `languages:` of site.yml: the languages other than the default, as a list
/// (`languages: [fr, de]`) or a mapping of each code to its edition's title, description and
/// other keys (`fr: { title: "…", description: "…" }`).</summary>
public static partial class LanguagesReader
{
    /// <summary>A BCP 47 tag as sites write them: a language of two or three letters, then
    /// optional subtags ("fr", "pt-BR", "zh-Hant").</summary>
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    public static bool IsLanguageTag(string code) => LanguageTag().IsMatch(code);

    public static IReadOnlyList<LanguageSettings> Read(YamlValues reader, YamlValue node, string defaultLanguage, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var entries = new List<(string Code, YamlValue At, YamlValue? Value)>();
        switch (node)
        {
            case YamlMap map:
                entries.AddRange(map.Entries.Select(e => (e.Key, (YamlValue)new YamlText(e.Key, true, e.KeyStart), (YamlValue?)e.Value)));
                break;
            case YamlList list:
                foreach (var item in list.Items)
                {
                    if (item is YamlText text)
                    {
                        entries.Add((text.Value.Trim(), item, null));
                    }
                    else
                    {
                        diagnostics.Error(DiagnosticCodes.InvalidLanguages, reader.At(item), "each item of 'languages' must be a language code such as fr");
                    }
                }

                break;
            case YamlText { Value: var single } when !string.IsNullOrWhiteSpace(single):
                entries.AddRange(single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => (c, node, (YamlValue?)null)));
                break;
            default:
                diagnostics.Error(DiagnosticCodes.InvalidLanguages, reader.At(node),
                    "'languages' must list the site's other languages, e.g.\n  languages:\n    fr:\n      title: \"…\"\n      description: \"…\"");
                return [];
        }

        var settings = new List<LanguageSettings>(entries.Count);
        foreach (var (code, at, value) in entries)
        {
            if (!IsLanguageTag(code))
            {
                diagnostics.Error(DiagnosticCodes.InvalidLanguages, reader.At(at), $"'{code}' is not a language code; write a lower-case code such as fr, de or pt-BR");
                continue;
            }

            if (string.Equals(code, defaultLanguage, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.InvalidLanguages, reader.At(at), $"'{code}' is the site's default language ('language: {defaultLanguage}'); list only the other languages under 'languages'");
                continue;
            }

            if (settings.Any(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Error(DiagnosticCodes.InvalidLanguages, reader.At(at), $"language '{code}' is listed twice under 'languages'");
                continue;
            }

            string? name = null, title = null, description = null;
            var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
            switch (value)
            {
                case null:
                case YamlText { Value: "" or "~" or "null" }:
                    break;
                case YamlMap fields:
                    foreach (var (key, _, field) in fields.Entries)
                    {
                        switch (key)
                        {
                            case "title": title = reader.Text(key, field); break;
                            case "name": name = reader.Text(key, field); break;
                            case "description": description = reader.Text(key, field); break;
                            default: extra[key] = YamlValues.ToData(field); break;
                        }
                    }

                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.InvalidLanguages, reader.At(value),
                        $"language '{code}' takes a title, a description and other keys of site.yml for its edition, e.g.\n    {code}:\n      title: \"…\"");
                    break;
            }

            settings.Add(new LanguageSettings(code, name, title, description, extra));
        }

        return settings;
    }
}
