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

    public static Result Create(string sourceDirectory, string title, IReadOnlyList<string> tags, bool isDraft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(tags);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(sourceDirectory, diagnostics);
        if (config is null)
        {
            return new Result(null, diagnostics.ToSortedList());
        }

        var slug = Slug.From(title, config.Language);
        if (slug.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingTitle, SourceLocation.StartOf("content/posts"), $"the title '{title}' has no letters or digits to make a file name from");
            return new Result(null, diagnostics.ToSortedList());
        }

        var local = TimeZoneInfo.ConvertTime(now, config.TimeZone);
        var relative = $"content/posts/{local:yyyy-MM-dd}-{slug}.md";
        var full = Path.Combine(sourceDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            var bytes = new UTF8Encoding(false).GetBytes(Text(config, title, tags, isDraft, local));
            stream.Write(bytes);
        }
        catch (IOException) when (File.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.FileExists, SourceLocation.StartOf(relative), "this file already exists; it was left as it was (choose another title)");
            return new Result(null, diagnostics.ToSortedList());
        }

        return new Result(relative, diagnostics.ToSortedList());
    }

    public static string Text(SiteConfig config, string title, IReadOnlyList<string> tags, bool isDraft, DateTimeOffset date)
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
