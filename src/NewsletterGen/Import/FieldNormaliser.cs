using System.Globalization;
using NewsletterGen.Content;

namespace NewsletterGen.Import;

/// <summary>Turns Jekyll's and Hugo's front matter into NewsletterGen's: the rules of
/// docs/migrating.md, one field at a time. Fields it has no rule for are kept as written
/// (templates can read them); those that change what is published are listed to decide.</summary>
public static class FieldNormaliser
{
    /// <summary>Settings of Jekyll or Hugo that NewsletterGen does not read, and would silently
    /// ignore: each is kept and reported, so the writer decides.</summary>
    private static readonly Dictionary<string, string> Unread = new(StringComparer.Ordinal)
    {
        ["redirect_to"] = "sends readers to another address in Jekyll; NewsletterGen publishes the post instead: remove the post, or the field",
        ["type"] = "chooses a Hugo layout; NewsletterGen has one post layout: remove it",
        ["menu"] = "puts the page in a Hugo menu; NewsletterGen's menus are in the templates: remove it",
        ["weight"] = "orders pages in Hugo; NewsletterGen orders posts by date: remove it",
        ["outputs"] = "chooses Hugo's output formats; NewsletterGen writes HTML and the feeds: remove it",
        ["build"] = "tells Hugo whether to publish the page; use draft: true instead",
        ["headless"] = "hides a Hugo bundle; use draft: true instead",
        ["sitemap"] = "tunes Hugo's sitemap; NewsletterGen lists every published post: remove it",
    };

    public static NormalisedFields Normalise(IReadOnlyList<ImportField> fields, ArchiveKind kind, string fileName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var changes = new List<string>();
        var toDecide = new List<(string, string)>();
        var byKey = new Dictionary<string, ImportField>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byKey[field.Key] = field; // the last one written wins, as in Jekyll and Hugo
        }

        string? Text(string key) => byKey.TryGetValue(key, out var f) && f.Value is ImportScalar s ? s.Text : null;
        var used = new HashSet<string>(StringComparer.Ordinal);
        string? Take(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (byKey.ContainsKey(key))
                {
                    used.Add(key);
                    return key;
                }
            }

            return null;
        }

        var output = new List<ImportField>();
        int LineOf(string? key) => key is not null && byKey.TryGetValue(key, out var f) ? f.Line : 1;

        // title
        var titleKey = Take("title");
        var title = Text("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            title = TitleFromFileName(fileName);
            changes.Add("title from the file name");
        }

        output.Add(new ImportField("title", ImportScalar.Quote(title.Trim()), LineOf(titleKey)));

        // dates: Hugo's publishDate is when the post went live, which is NewsletterGen's date.
        var originalDateKey = Take("date");
        var originalDate = originalDateKey is null ? null : ImportDate.Parse(Text(originalDateKey) ?? string.Empty);
        var publishKey = kind == ArchiveKind.Hugo ? Take("publishDate", "publishdate", "pubdate") : null;
        if (kind == ArchiveKind.Hugo && publishKey is null && byKey.TryGetValue("published", out var published) && published.Value is ImportScalar p && ImportDate.Parse(p.Text) is not null)
        {
            publishKey = Take("published");
        }

        var dateKey = publishKey ?? originalDateKey;
        ImportDate? date = null;
        if (dateKey is not null)
        {
            var text = Text(dateKey) ?? string.Empty;
            date = ImportDate.Parse(text);
            if (date is null)
            {
                toDecide.Add(("date", $"'{dateKey}: {text}' is not a date the import can read; write it like 2024-06-01 or 2024-06-01T09:30:00+02:00"));
                output.Add(new ImportField("date", ImportScalar.Quote(text), LineOf(dateKey)));
            }
            else
            {
                output.Add(new ImportField("date", new ImportScalar(date.ToString(), false), LineOf(dateKey)));
                if (publishKey is not null)
                {
                    changes.Add($"{publishKey} → date");
                }
                else if (date.ToString() != text.Trim())
                {
                    changes.Add("date written as " + date);
                }
            }
        }

        // updated
        var updatedKey = Take("updated", "lastmod", "last_modified_at", "modified");
        if (updatedKey is not null)
        {
            var text = Text(updatedKey) ?? string.Empty;
            var updated = ImportDate.Parse(text);
            if (updated is null)
            {
                toDecide.Add(("updated", $"'{updatedKey}: {text}' is not a date the import can read; write it like 2024-06-01, or remove it"));
                output.Add(new ImportField("updated", ImportScalar.Quote(text), LineOf(updatedKey)));
            }
            else
            {
                output.Add(new ImportField("updated", new ImportScalar(updated.ToString(), false), LineOf(updatedKey)));
                if (updatedKey != "updated")
                {
                    changes.Add($"{updatedKey} → updated");
                }
            }
        }

        // slug: kept when it is one safe URL segment; Jekyll's slug also names the old URL.
        var slugKey = Take("slug");
        var oldSlug = Text("slug");
        if (slugKey is not null && oldSlug is not null)
        {
            var trimmed = oldSlug.Trim();
            if (Slug.IsSafe(trimmed))
            {
                output.Add(new ImportField("slug", ImportScalar.Quote(trimmed), LineOf(slugKey)));
            }
            else
            {
                changes.Add($"slug '{oldSlug}' left out (not one URL segment)");
            }
        }

        // authors
        var authorKey = Take("authors", "author");
        if (authorKey is not null)
        {
            output.Add(byKey[authorKey]);
        }

        // tags and categories: NewsletterGen has one kind of topic, so both become tags.
        var tags = new List<string>();
        var categories = new List<string>();
        var tagsKey = Take("tags", "tag");
        if (tagsKey is not null)
        {
            var (list, wasText) = Words(byKey[tagsKey].Value, kind);
            tags.AddRange(list);
            if (wasText)
            {
                changes.Add($"{tagsKey} text → list");
            }
            else if (tagsKey != "tags")
            {
                changes.Add($"{tagsKey} → tags");
            }
        }

        var categoriesKey = Take("categories", "category");
        if (categoriesKey is not null)
        {
            var (list, _) = Words(byKey[categoriesKey].Value, kind);
            categories.AddRange(list);
            var added = list.Where(c => !tags.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
            tags.AddRange(added);
            changes.Add($"{categoriesKey} → tags");
        }

        if (tagsKey is not null || categoriesKey is not null)
        {
            output.Add(new ImportField("tags", new ImportList(tags.Select(t => (ImportValue)ImportScalar.Quote(t)).ToList()), LineOf(tagsKey ?? categoriesKey)));
        }

        // summary
        var summaryKey = Take("summary", "description");
        if (summaryKey is not null)
        {
            output.Add(byKey[summaryKey]);
        }
        else if (Take("excerpt") is { } excerptKey)
        {
            output.Add(byKey[excerptKey] with { Key = "summary" });
            changes.Add("excerpt → summary");
        }

        // draft
        var isDraft = false;
        var draftKey = Take("draft");
        if (draftKey is not null)
        {
            isDraft = Text("draft") is { } d && IsTrue(d);
            if (isDraft)
            {
                output.Add(new ImportField("draft", new ImportScalar("true", false), LineOf(draftKey)));
            }
        }

        if (byKey.TryGetValue("published", out var publishedField) && !used.Contains("published") && publishedField.Value is ImportScalar flag)
        {
            used.Add("published");
            if (!IsTrue(flag.Text) && !isDraft)
            {
                isDraft = true;
                output.Add(new ImportField("draft", new ImportScalar("true", false), publishedField.Line));
                changes.Add("published: false → draft: true");
            }
            else
            {
                changes.Add("published left out");
            }
        }

        // expiry: NewsletterGen never takes a post down; a post Hugo had already taken down is a draft.
        var expiryKey = Take("expiryDate", "expirydate", "unpublishdate");
        if (expiryKey is not null)
        {
            var text = Text(expiryKey) ?? string.Empty;
            var expiry = ImportDate.Parse(text);
            output.Add(new ImportField("expires", expiry is null ? ImportScalar.Quote(text) : new ImportScalar(expiry.ToString(), false), LineOf(expiryKey)));
            changes.Add($"{expiryKey} → expires");
            if (expiry is not null && expiry.Instant <= now && !isDraft)
            {
                isDraft = true;
                output.Add(new ImportField("draft", new ImportScalar("true", false), LineOf(expiryKey)));
                changes.Add("expired → draft: true");
                toDecide.Add(("expires", $"this post expired on {expiry.Date:yyyy-MM-dd}, so Hugo no longer published it; it is imported as a draft: remove 'draft: true' to publish it"));
            }
            else
            {
                toDecide.Add(("expires", "NewsletterGen does not take posts down on a date; the post stays published after it: remove 'expires', or make the post a draft then"));
            }
        }

        // old addresses: kept as aliases by the importer, so the fields themselves go.
        var permalinkKey = Take(kind == ArchiveKind.Jekyll ? "permalink" : "url");
        var permalink = permalinkKey is null ? null : Text(permalinkKey);
        if (permalinkKey is not null)
        {
            changes.Add($"{permalinkKey} → aliases");
        }

        var oldAliases = new List<string>();
        foreach (var key in new[] { "aliases", "redirect_from" })
        {
            if (Take(key) is { } aliasKey)
            {
                oldAliases.AddRange(Words(byKey[aliasKey].Value, ArchiveKind.Hugo).List);
                if (aliasKey != "aliases")
                {
                    changes.Add($"{aliasKey} → aliases");
                }
            }
        }

        if (Take("layout") is { } layoutKey)
        {
            if (Text(layoutKey) is "post" or "posts" or "single" or "default")
            {
                changes.Add("layout left out");
            }
            else
            {
                output.Add(byKey[layoutKey]);
                toDecide.Add(("layout", $"'layout: {Text(layoutKey)}' chose a Jekyll or Hugo layout; NewsletterGen has one post layout (templates/post.html): remove it, or read it in the template"));
            }
        }

        // everything else, as written
        var kept = new List<string>();
        foreach (var field in fields)
        {
            if (used.Contains(field.Key) || output.Any(f => f.Key == field.Key))
            {
                continue;
            }

            output.Add(field);
            kept.Add(field.Key);
            if (Unread.TryGetValue(field.Key, out var why))
            {
                toDecide.Add((field.Key, $"'{field.Key}' {why}"));
            }
        }

        if (kept.Count > 0)
        {
            changes.Add("kept as written: " + string.Join(", ", kept.Distinct(StringComparer.Ordinal)));
        }

        return new NormalisedFields(output, changes, toDecide, title, date, originalDate ?? date, oldSlug, categories, permalink, oldAliases);
    }

    private static bool IsTrue(string text) => text.Trim().ToLowerInvariant() is "true" or "yes" or "on" or "y";

    /// <summary>A list of words as Jekyll reads `tags:` and `categories:`: a list as it is, a
    /// text with commas split at the commas, other text split at spaces (Jekyll) or kept as one
    /// word (Hugo, whose taxonomies are lists).</summary>
    private static (IReadOnlyList<string> List, bool WasText) Words(ImportValue value, ArchiveKind kind)
    {
        switch (value)
        {
            case ImportList list:
                return (list.Items.OfType<ImportScalar>().Select(s => s.Text.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList(), false);
            case ImportScalar { Text: var text } when text.Contains(',', StringComparison.Ordinal):
                return (text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList(), true);
            case ImportScalar { Text: var text } when kind == ArchiveKind.Jekyll:
                return (text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList(), true);
            case ImportScalar { Text: var text } when text.Trim().Length > 0:
                return ([text.Trim()], true);
            default:
                return ([], false);
        }
    }

    /// <summary>Jekyll's title for a post without one: its file name's words, capitalised.</summary>
    public static string TitleFromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = JekyllFileName.Slug(fileName);
        var words = name.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]);
        var title = string.Join(' ', words);
        return title.Length > 0 ? title : name;
    }
}
