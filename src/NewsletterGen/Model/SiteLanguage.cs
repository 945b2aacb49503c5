namespace NewsletterGen.Model;

/// <summary>One language of the site, as a template's language switcher lists it
/// (`site.languages`): its code ("fr"), its name in itself ("Français"), its edition's title, and the URL of its home page
/// (the site's root for the default language, "/fr/" for the others).</summary>
public sealed record SiteLanguage(string Code, string Name, string Title, string Description, string HomeUrl, string HomePermalink, bool IsDefault);
