using System.Globalization;
using System.Text;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>Writes a new post with complete front matter, dated now on the site's clock
/// (`newslettergen new`). Never overwrites: an existing file is an error.</summary>
public static class PostScaffold
{
    public sealed record Result(string? RelativePath, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Create(string sourceDirectory, string title, IReadOnlyList<string> tags, bool isDraft, DateTimeOffset now) =>
        Create(sourceDirectory, title, tags, isDraft, now, language: null, translationOf: null);

    /// <param name="language">The post's language (`--lang`), one site.yml declares; null for the default.</param>
    /// <param name="translationOf">The post this one translates (`--translation-of`), as a path
    /// relative to the source folder: the new file is named after it, with the language suffix.</param>
    public static Result Create(string sourceDirectory, string title, IReadOnlyList<string> tags, bool isDraft, DateTimeOffset now, string? language, string? translationOf)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(tags);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(sourceDirectory, diagnostics);
        if (config is null)
        {
            return new Result(null, diagnostics.ToSortedList());
        }

        var siteYml = SourceLocation.StartOf(SiteConfigLoader.RelativePath);
        if (language is not null && !config.Declares(language))
        {
            diagnostics.Error(DiagnosticCodes.InvalidTranslationOf, siteYml, config.Languages.Count == 0
                ? $"--lang {language}: site.yml declares no other language than '{config.Language}'; add 'languages: [{language}]' to site.yml first"
                : $"--lang {language}: site.yml does not declare it (declared: {string.Join(", ", config.Languages.Select(l => l.Code))}); add it under 'languages' first");
            return new Result(null, diagnostics.ToSortedList());
        }

        var edition = config.ForLanguage(language);
        var isDefault = ReferenceEquals(edition, config);
        if (translationOf is not null && isDefault && language is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidTranslationOf, SourceLocation.StartOf(translationOf), "--translation-of needs --lang, the language of the translation");
            return new Result(null, diagnostics.ToSortedList());
        }

        var slug = Slug.From(title, edition.Language);
        if (slug.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingTitle, SourceLocation.StartOf("content/posts"), $"the title '{title}' has no letters or digits to make a file name from");
            return new Result(null, diagnostics.ToSortedList());
        }

        var local = TimeZoneInfo.ConvertTime(now, config.TimeZone);
        var relative = $"content/posts/{local:yyyy-MM-dd}-{slug}.md";
        var languageLine = isDefault ? null : $"lang: {edition.Language}";
        if (translationOf is not null)
        {
            var original = Path.GetRelativePath(sourceDirectory, Path.GetFullPath(translationOf, sourceDirectory)).Replace('\\', '/');
            if (!File.Exists(Path.Combine(sourceDirectory, original)) || original.StartsWith("../", StringComparison.Ordinal) || !original.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.InvalidTranslationOf, SourceLocation.StartOf(original),
                    "--translation-of names no Markdown post in the source folder; give the original's path, e.g. content/posts/2024-07-05-launch.md");
                return new Result(null, diagnostics.ToSortedList());
            }

            // Named after the original, which links the two; a `translation_key:` of the
            // original (which wins over file names) is copied.
            var stem = PostLanguage.Stem(original, config);
            relative = isDefault ? stem + ".md" : $"{stem}.{edition.Language}.md";
            languageLine = TranslationKeyOf(Path.Combine(sourceDirectory, original)) is { } key ? $"translation_key: {Quote(key)}" : null;
        }

        var full = Path.Combine(sourceDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            var bytes = new UTF8Encoding(false).GetBytes(Text(config, title, tags, isDraft, local, languageLine));
            stream.Write(bytes);
        }
        catch (IOException) when (File.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.FileExists, SourceLocation.StartOf(relative), "this file already exists; it was left as it was (choose another title)");
            return new Result(null, diagnostics.ToSortedList());
        }

        return new Result(relative, diagnostics.ToSortedList());
    }

    /// <summary>The `translation_key:` of a post's front matter, read line by line (a scaffold
    /// need not parse the whole post), or null.</summary>
    private static string? TranslationKeyOf(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1).TakeWhile(l => l.TrimEnd() != "---"))
        {
            if (line.StartsWith("translation_key:", StringComparison.Ordinal))
            {
                return line["translation_key:".Length..].Trim().Trim('"', '\'');
            }
        }

        return null;
    }

    public static string Text(SiteConfig config, string title, IReadOnlyList<string> tags, bool isDraft, DateTimeOffset date, string? languageLine = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(tags);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"title: {Quote(title)}\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {IsoDate.Format(date)}\n");
        if (config.Authors.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"authors: [{config.Authors[0].Id}]\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", tags.Select(Quote))}]\n");
        if (languageLine is not null)
        {
            text.Append(languageLine).Append('\n');
        }

        text.Append("summary: \"\"\n");
        if (isDraft)
        {
            text.Append("draft: true\n");
        }

        text.Append("---\n\n");
        text.Append("Write the issue here. Without a summary above, the first paragraph is the summary.\n");
        return text.ToString();
    }

    /// <summary>A YAML double-quoted string: safe for any title, colons and hashes included.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
