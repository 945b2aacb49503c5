namespace NewsletterGen.Model;

/// <summary>One entry of `languages:` in site.yml: a language other than the default, with its
/// name in itself (the table of <see cref="LanguageNames"/> when not given), its edition's title and description (the site's when not given) and any other keys, which
/// replace the site's own for that edition's templates (a `menu:`, a `copyright:`).</summary>
public sealed record LanguageSettings(string Code, string? Name, string? Title, string? Description, IReadOnlyDictionary<string, object?> Extra);
