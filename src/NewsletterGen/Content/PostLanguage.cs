using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>Which language a post is written in, and so which edition it belongs to: the
/// language of its file name's suffix (`issue.fr.md`), else of its front matter (`lang:` or
/// `language:`), else the site's default. Only a language site.yml declares makes an edition;
/// a post in any other language stays in the default edition, as on a site in one language.</summary>
public static class PostLanguage
{
    /// <summary>The front matter fields that name a post's language.</summary>
    public static readonly string[] Fields = ["lang", "language"];

    /// <summary>The language the post says it is in (suffix or front matter), declared or not;
    /// null when it says nothing.</summary>
    public static string? Written(ParsedDocument document, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(config);
        return Suffix(document.Path, config) ?? FrontMatter(document.FrontMatter).Code;
    }

    /// <summary>The configuration of the post's edition.</summary>
    public static SiteConfig EditionOf(ParsedDocument document, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Editions.Count == 0 ? config : config.ForLanguage(Written(document, config));
    }

    /// <summary>The language of the front matter and the field that names it.</summary>
    public static (string? Code, string? Field) FrontMatter(FrontMatter frontMatter)
    {
        ArgumentNullException.ThrowIfNull(frontMatter);
        foreach (var field in Fields)
        {
            if (frontMatter.Extra.TryGetValue(field, out var value) && value is string { Length: > 0 } code)
            {
                return (code.Trim(), field);
            }
        }

        return (null, null);
    }

    /// <summary>The declared language whose code ends the file's name before ".md"
    /// ("2024-07-05-launch.fr.md" → "fr"), or null.</summary>
    public static string? Suffix(string path, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(config);
        if (config.Languages.Count == 0)
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(path);
        var dot = stem.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var code = stem[(dot + 1)..];
        return config.Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))?.Code;
    }

    /// <summary>The file name a post's translations share: its path without the language
    /// suffix and the extension ("content/posts/launch.fr.md" → "content/posts/launch").</summary>
    public static string Stem(string path, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(path);
        var withoutExtension = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Suffix(path, config) is { } code ? withoutExtension[..^(code.Length + 1)] : withoutExtension;
    }

    /// <summary>Warns of a language a post names that site.yml does not declare, in front matter
    /// or as a file name suffix: the post then stays in the default edition, which is rarely what
    /// its writer meant. Only on a site with `languages:`; a site in one language may hold a post
    /// in another language, marked as such.</summary>
    public static void Check(ParsedDocument document, SiteConfig config, Diagnostics.DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (config.Languages.Count == 0)
        {
            return;
        }

        var declared = string.Join(", ", config.Languages.Select(l => l.Code));
        if (FrontMatter(document.FrontMatter) is ({ } code, { } field) && !config.Declares(code))
        {
            diagnostics.Warning(Diagnostics.DiagnosticCodes.UndeclaredLanguage, document.FrontMatter.LocationOf(field, document.Path),
                $"language '{code}' is not declared in site.yml (declared: {declared}), so this post stays in the '{config.Language}' edition; add '{code}' under 'languages' in site.yml, or correct the code");
        }

        var stem = Path.GetFileNameWithoutExtension(document.Path);
        var dot = stem.LastIndexOf('.');
        if (dot >= 0 && stem[(dot + 1)..] is var suffix && LanguageNames.Of(suffix) != suffix && !config.Declares(suffix))
        {
            diagnostics.Warning(Diagnostics.DiagnosticCodes.UndeclaredLanguage, Diagnostics.SourceLocation.StartOf(document.Path),
                $"the file name ends with the language '.{suffix}', which site.yml does not declare (declared: {declared}), so this post stays in the '{config.Language}' edition; add '{suffix}' under 'languages' in site.yml, or rename the file");
        }
    }
}
