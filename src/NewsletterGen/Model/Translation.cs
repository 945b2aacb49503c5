namespace NewsletterGen.Model;

/// <summary>The same issue in another language (`post.translations`): for the language switcher
/// and the page's hreflang alternates.</summary>
public sealed record Translation(string Lang, string Url, string Permalink, string Title, string LanguageName);
