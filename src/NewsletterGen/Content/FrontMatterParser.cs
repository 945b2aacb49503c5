using System.Text.RegularExpressions;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Content;

/// <summary>Splits a Markdown file at its `---` fences and reads the YAML between them field by
/// field. Posts need a title and a date (or a YYYY-MM-DD- file name); pages need a title.</summary>
public static partial class FrontMatterParser
{
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex DatePrefix();

    public static ParsedDocument? Parse(SourceDocument source, TimeZoneInfo timeZone, bool isPost, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);

        // Files are parsed in parallel: judge this file by its own diagnostics only.
        var local = new DiagnosticBag();
        var parsed = ParseOne(source, timeZone, isPost, local);
        diagnostics.AddRange(local);
        return local.HasErrors ? null : parsed;
    }

    /// <summary>A file whose front matter failed, as far as it could be read, if its title could:
    /// the build leaves it out, and only works out the URL it would have had, so that links to
    /// that URL are told why nothing is there.</summary>
    internal static ParsedDocument? ParseDespiteErrors(SourceDocument source, TimeZoneInfo timeZone, bool isPost) =>
        ParseOne(source, timeZone, isPost, new DiagnosticBag(), despiteErrors: true);

    private static ParsedDocument? ParseOne(SourceDocument source, TimeZoneInfo timeZone, bool isPost, DiagnosticBag diagnostics, bool despiteErrors = false)
    {
        var file = source.Path;
        if (SplitAtFences(source, isPost, diagnostics) is not (var yaml, var body, var fenceLine, var bodyLine))
        {
            return null;
        }

        // What concerns the whole front matter is reported at its opening fence.
        var opening = new SourceLocation(file, fenceLine, 1);
        var reader = new YamlValues(file, fenceLine + 1, diagnostics);
        var mapping = reader.ParseMapping(yaml, opening);
        if (mapping is null)
        {
            return null;
        }

        string? title = null, summary = null, slug = null, image = null, id = null;
        IReadOnlyList<string> aliases = [];
        NewsletterGen.Model.PermalinkPattern? permalink = null;
        DateTimeOffset? date = null, updated = null;
        IReadOnlyList<string> authors = [], tags = [];
        var isDraft = false;
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

        foreach (var (key, keyStart, value) in mapping.Entries)
        {
            locations[key] = reader.At(keyStart);
            switch (key)
            {
                case "title":
                    title = reader.Text(key, value);
                    break;
                case "summary" or "description":
                    summary = reader.Text(key, value);
                    break;
                case "slug":
                    slug = ReadSlug(reader, key, value, diagnostics);
                    break;
                case "id":
                    id = ReadId(reader, key, value, diagnostics);
                    break;
                case "aliases":
                    aliases = ReadAliases(reader, key, value, diagnostics);
                    break;
                case "permalink" when isPost:
                    permalink = ReadPermalink(reader, key, value, diagnostics);
                    break;
                case "image":
                    image = reader.Text(key, value);
                    break;
                case "date":
                    date = ReadDate(reader, key, value, timeZone, diagnostics);
                    break;
                case "updated":
                    updated = ReadDate(reader, key, value, timeZone, diagnostics);
                    break;
                case "authors" or "author":
                    authors = reader.TextList(key, value);
                    break;
                case "tags":
                    tags = ReadTags(reader, key, value, diagnostics);
                    break;
                case "draft":
                    isDraft = reader.Boolean(key, value) ?? false;
                    break;
                default:
                    extra[key] = YamlValues.ToData(value);
                    break;
            }
        }

        CheckTitle(title, slug, locations, opening, file, isPost, diagnostics);
        if (isPost && date is null && !locations.ContainsKey("date"))
        {
            date = DateFromFileName(file, opening, timeZone, diagnostics);
        }

        if ((diagnostics.HasErrors && !despiteErrors) || string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var frontMatter = new FrontMatter(title!.Trim(), date, updated, summary, authors, tags, slug, isDraft, image, extra, locations)
        {
            Id = id,
            Aliases = aliases,
            Permalink = permalink,
        };
        return new ParsedDocument(source, frontMatter, body, bodyLine);
    }

    /// <summary>The front matter's text between its fences and the body after them, with the
    /// lines where the opening fence and the body start; null (reported) when there is no
    /// opening fence or it is never closed.</summary>
    private static (string Yaml, string Body, int FenceLine, int BodyLine)? SplitAtFences(SourceDocument source, bool isPost, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        var file = source.Path;

        // Blank lines before the opening fence (an archive's template left one, an editor added
        // one) are passed over, as many readers do, rather than calling the file "no front matter".
        var (fenceStart, fenceLine) = OpeningLine(text);
        if (!IsFence(LineAt(text, fenceStart)))
        {
            diagnostics.Error(DiagnosticCodes.MissingTitle, SourceLocation.StartOf(file),
                "no front matter; start the file with a line '---', then 'title: ...'" + (isPost ? " and 'date: ...'" : string.Empty) + ", then '---'");
            return null;
        }

        // The closing fence is found line by line without splitting the whole file: the front
        // matter is a few lines, the body (taken as one substring) a few hundred.
        var fenceEnd = text.IndexOf('\n', fenceStart);
        var yamlStart = fenceEnd < 0 ? 0 : fenceEnd + 1;
        var lineStart = yamlStart;
        for (var line = 1; lineStart > 0 && lineStart <= text.Length; line++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var content = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimEnd();
            if (content is "---" or "...")
            {
                var yaml = yamlStart < lineStart ? text[yamlStart..(lineStart - 1)] : string.Empty;
                var body = lineEnd < 0 ? string.Empty : text[(lineEnd + 1)..];
                return (yaml, body, fenceLine, fenceLine + line + 1);
            }

            lineStart = lineEnd + 1;
        }

        diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, new SourceLocation(file, fenceLine, 1),
            "the front matter opened here is never closed; add a line '---' after its last field");
        return null;
    }

    /// <summary>The slug, if it is one URL segment a host will serve.</summary>
    private static string? ReadSlug(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        // One slug in two Unicode spellings (é as one character or as e and an accent) is one
        // folder on some file systems and two on others: NFC makes it one.
        var slug = reader.Text(key, value)?.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (slug is not null && !Slug.IsWellFormed(slug))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeSlug, reader.At(value),
                $"slug '{slug}' is not a single URL segment; use letters, digits and hyphens, e.g. '{Slug.Suggest(slug)}'");
            return null;
        }

        if (slug is not null && Slug.SpecialName(slug) is { } why)
        {
            diagnostics.Error(DiagnosticCodes.SpecialName, reader.At(value),
                $"slug '{slug}' cannot be published: {why}; use letters, digits and hyphens, e.g. '{Slug.Suggest(slug)}'");
            return null;
        }

        return slug;
    }

    /// <summary>The feed id the writer chose, if it is the absolute URI Atom requires.</summary>
    private static string? ReadId(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        var id = reader.Text(key, value)?.Trim();
        if (id is not null && !IsAbsoluteIri(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidFieldType, reader.At(value),
                $"'id' must be an absolute URI, which Atom requires, such as tag:example.org,2024:{Slug.Suggest(id)} or urn:uuid:…");
            return null;
        }

        return id;
    }

    /// <summary>Reports a missing or empty title, or a title (a page's file name) no URL can be
    /// made from when there is no slug.</summary>
    private static void CheckTitle(string? title, string? slug, Dictionary<string, SourceLocation> locations, SourceLocation opening, string file, bool isPost, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            if (!locations.TryGetValue("title", out var titleAt))
            {
                diagnostics.Error(DiagnosticCodes.MissingTitle, opening,
                    "'title' is missing; add a line such as title: \"What Mistral 7B changed\"");
            }
            else if (!diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.MissingTitle, titleAt, "'title' is empty; write the issue's title");
            }
        }
        else if (slug is null && !locations.ContainsKey("slug") && !IsSafeMadeSlug(isPost ? title : System.IO.Path.GetFileNameWithoutExtension(file)))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeSlug, locations.GetValueOrDefault("title", opening),
                $"no usable URL can be made from {(isPost ? "this title" : "this file name")}; add a line such as slug: {Slug.Suggest(title)}");
        }
    }

    /// <summary>A post without a date field takes the date its file name starts with, as in Jekyll.</summary>
    private static DateTimeOffset? DateFromFileName(string file, SourceLocation opening, TimeZoneInfo timeZone, DiagnosticBag diagnostics)
    {
        var prefix = DatePrefix().Match(System.IO.Path.GetFileName(file));
        if (prefix.Success && DateParser.TryParse(prefix.Groups[1].Value, timeZone, out var fromName))
        {
            return fromName;
        }

        diagnostics.Error(DiagnosticCodes.MissingDate, opening,
            "'date' is missing; add a line such as date: 2024-06-01, or start the file name with the date (2024-06-01-title.md)");
        return null;
    }

    /// <summary>A post's own URL, a path ("/2019/05/old-name/") that may use the words of the
    /// site's pattern (:year, :slug…).</summary>
    private static NewsletterGen.Model.PermalinkPattern? ReadPermalink(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        var text = reader.Text(key, value)?.Normalize(System.Text.NormalizationForm.FormC);
        if (text is null)
        {
            return null;
        }

        var (pattern, problem) = NewsletterGen.Model.PermalinkPattern.Parse(text, mustNameEachPost: false);
        if (problem is not null || pattern!.Text.Trim('/').Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidPermalink, reader.At(value), $"permalink {problem ?? "'/' is the home page"}");
            return null;
        }

        return pattern;
    }

    /// <summary>Aliases are earlier URL paths of the post ("/posts/old-name/"), each one a safe
    /// path inside the site.</summary>
    private static List<string> ReadAliases(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        var aliases = new List<string>();
        foreach (var alias in reader.TextList(key, value))
        {
            var path = alias.Trim().Normalize(System.Text.NormalizationForm.FormC);
            var segments = path.Trim('/').Split('/');
            if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Trim('/').Length == 0 || !segments.All(Slug.IsWellFormed))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeSlug, reader.At(value),
                    $"alias '{alias}' must be a path inside the site such as /posts/old-name/");
                continue;
            }

            // `.well-known` first is judged with site.yml, when the post is assembled.
            if (segments.Select((s, i) => Slug.SpecialName(s, allowWellKnown: i == 0)).FirstOrDefault(w => w is not null) is { } why)
            {
                diagnostics.Error(DiagnosticCodes.SpecialName, reader.At(value), $"alias '{alias}' cannot be published: {why}");
                continue;
            }

            aliases.Add(path.EndsWith('/') || Path.HasExtension(path) ? path : path + "/");
        }

        return aliases;
    }

    /// <summary>Tags, within the limits no real newsletter reaches: a post is in each of its
    /// tags' pages and feeds, so a post with thousands of tags would write thousands of files.</summary>
    private static IReadOnlyList<string> ReadTags(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        var tags = reader.TextList(key, value);
        if (tags.Count > Limits.MaxTagsPerPost)
        {
            diagnostics.Error(DiagnosticCodes.TooManyTags, reader.At(value),
                $"{tags.Count} tags; a post may have at most {Limits.MaxTagsPerPost}: keep the ones readers would browse by");
            return [];
        }

        foreach (var tag in tags)
        {
            if (tag.Length > Limits.MaxTagLength)
            {
                diagnostics.Error(DiagnosticCodes.TagTooLong, reader.ItemAt(value, tag),
                    $"a tag of {tag.Length} characters ('{tag[..20]}…'); a tag may have at most {Limits.MaxTagLength}: shorten it");
                return [];
            }
        }

        return tags;
    }

    private static bool IsAbsoluteIri(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && char.IsAsciiLetter(id[0]) && id[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            && colon < id.Length - 1 && !id.Any(char.IsWhiteSpace);
    }

    private static bool IsSafeMadeSlug(string text) => Slug.IsSafe(Slug.From(text));

    private static DateTimeOffset? ReadDate(YamlValues reader, string key, YamlValue value, TimeZoneInfo timeZone, DiagnosticBag diagnostics)
    {
        if (value is not YamlText)
        {
            reader.Text(key, value); // reports the wrong type
            return null;
        }

        var text = reader.Text(key, value);
        if (text is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidDate, reader.At(value), $"'{key}' is empty; write it like {DateParser.Expected}");
            return null;
        }

        if (DateParser.TryParse(text, timeZone, out var parsed))
        {
            return parsed;
        }

        diagnostics.Error(DiagnosticCodes.InvalidDate, reader.At(value), $"'{key}' must look like {DateParser.Expected}, not '{text}'");
        return null;
    }

    /// <summary>Where the first line that is not blank starts, and its 1-based number.</summary>
    private static (int Start, int Line) OpeningLine(string text)
    {
        var (start, line) = (0, 1);
        for (var end = text.IndexOf('\n', StringComparison.Ordinal); end >= 0 && text.AsSpan(start, end - start).IsWhiteSpace(); end = text.IndexOf('\n', start))
        {
            (start, line) = (end + 1, line + 1);
        }

        return (start, line);
    }

    private static ReadOnlySpan<char> LineAt(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd() is "---";
}
