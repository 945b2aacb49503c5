namespace NewsletterGen.Model;

/// <summary>The page a reader reaches by choosing another language (`page.alternates`). <see
/// cref="Exact"/> is true when it is the same page in that language (a translation, the same
/// listing), which is then announced with hreflang; false when it is only that language's home
/// (a post without a translation into it).</summary>
public sealed record PageAlternate(string Lang, string Url, string Permalink, string LanguageName, string LanguageTitle, bool Exact, bool Current);
