namespace NewsletterGen.Model;

/// <summary>Each language's name in itself ("Français", "Deutsch"), for a language switcher. A
/// table, not .NET's cultures: their names come from the machine's ICU, which differs between
/// machines and versions, and the output must not. site.yml's `name:` replaces it.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bg"] = "Български", ["ca"] = "Català", ["cs"] = "Čeština", ["da"] = "Dansk", ["de"] = "Deutsch",
        ["el"] = "Ελληνικά", ["en"] = "English", ["es"] = "Español", ["et"] = "Eesti", ["eu"] = "Euskara",
        ["fi"] = "Suomi", ["fr"] = "Français", ["ga"] = "Gaeilge", ["hr"] = "Hrvatski", ["hu"] = "Magyar",
        ["it"] = "Italiano", ["lb"] = "Lëtzebuergesch", ["lt"] = "Lietuvių", ["lv"] = "Latviešu", ["mt"] = "Malti",
        ["nl"] = "Nederlands", ["no"] = "Norsk", ["nb"] = "Norsk bokmål", ["pl"] = "Polski", ["pt"] = "Português",
        ["ro"] = "Română", ["sk"] = "Slovenčina", ["sl"] = "Slovenščina", ["sv"] = "Svenska", ["uk"] = "Українська",
        ["tr"] = "Türkçe", ["ja"] = "日本語", ["zh"] = "中文", ["ko"] = "한국어", ["ar"] = "العربية", ["ru"] = "Русский",
    };

    /// <summary>The name of the language of <paramref name="code"/> (its primary subtag), or the code itself.</summary>
    public static string Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var primary = code.Split('-')[0];
        return Names.TryGetValue(primary, out var name) ? name : code;
    }
}
