namespace NewsletterGen.Templates.I18n;

/// <summary>Language codes as i18n files are named: lower case, `fr-ca` for fr-CA.</summary>
public static class Languages
{
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().Replace('_', '-').ToLowerInvariant();
    }

    /// <summary>"fr" of "fr-CA".</summary>
    public static string Primary(string code)
    {
        var normal = Normalize(code);
        var dash = normal.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? normal : normal[..dash];
    }
}
