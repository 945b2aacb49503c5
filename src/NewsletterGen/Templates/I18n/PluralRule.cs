namespace NewsletterGen.Templates.I18n;

/// <summary>Which counts take a language's `one` form, after CLDR's cardinal rules for the
/// languages whose `one` is not simply "exactly 1": in French and Portuguese, 0 and 1 are singular
/// ("0 numéro", "1 numéro", "2 numéros"). A table in code, not ICU, so every machine agrees.</summary>
public sealed record PluralRule(bool ZeroIsOne)
{
    private static readonly PluralRule OneOnly = new(false);
    private static readonly PluralRule ZeroAndOne = new(true);

    public bool IsOne(decimal count) => count == 1 || (ZeroIsOne && count == 0);

    public static PluralRule For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = Languages.Primary(language);
        return primary is "fr" or "pt" or "ff" or "kab" or "hy" ? ZeroAndOne : OneOnly;
    }
}
