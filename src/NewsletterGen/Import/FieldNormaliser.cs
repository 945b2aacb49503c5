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
        var post = new FieldNormalisation(fields);
        var title = Title(post, fileName);
        var (date, originalDate) = Dates(post, kind);
        Updated(post);
        var oldSlug = SlugField(post);
        if (post.Take("authors", "author") is { } authorKey)
        {
            post.Output.Add(post[authorKey]);
        }

        var categories = Topics(post, kind);
        Summary(post);
        var isDraft = Draft(post);
        Expiry(post, isDraft, now);
        var (permalink, oldAliases) = OldAddresses(post, kind);
        Layout(post);
        KeepTheRest(post, fields);
        return new NormalisedFields(post.Output, post.Changes, post.ToDecide, title, date, originalDate ?? date, oldSlug, categories, permalink, oldAliases);
    }

    private static string Title(FieldNormalisation post, string fileName)
    {
        var titleKey = post.Take("title");
        var title = post.Text("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            title = TitleFromFileName(fileName);
            post.Changes.Add("title from the file name");
        }

        post.Output.Add(new ImportField("title", ImportScalar.Quote(title.Trim()), post.LineOf(titleKey)));
        return title;
    }

    /// <summary>The date, and the date the post was first written. Hugo's publishDate is when
    /// the post went live, which is NewsletterGen's date.</summary>
    private static (ImportDate? Date, ImportDate? Original) Dates(FieldNormalisation post, ArchiveKind kind)
    {
        var originalDateKey = post.Take("date");
        var originalDate = originalDateKey is null ? null : ImportDate.Parse(post.Text(originalDateKey) ?? string.Empty);
        var publishKey = kind == ArchiveKind.Hugo ? post.Take("publishDate", "publishdate", "pubdate") : null;
        if (kind == ArchiveKind.Hugo && publishKey is null && post.TryGet("published", out var published) && published.Value is ImportScalar p && ImportDate.Parse(p.Text) is not null)
        {
            publishKey = post.Take("published");
        }

        var dateKey = publishKey ?? originalDateKey;
        if (dateKey is null)
        {
            return (null, originalDate);
        }

        var text = post.Text(dateKey) ?? string.Empty;
        var date = ImportDate.Parse(text);
        if (date is null)
        {
            post.ToDecide.Add(("date", $"'{dateKey}: {text}' is not a date the import can read; write it like 2024-06-01 or 2024-06-01T09:30:00+02:00"));
            post.Output.Add(new ImportField("date", ImportScalar.Quote(text), post.LineOf(dateKey)));
            return (null, originalDate);
        }

        post.Output.Add(new ImportField("date", new ImportScalar(date.ToString(), false), post.LineOf(dateKey)));
        if (publishKey is not null)
        {
            post.Changes.Add($"{publishKey} → date");
        }
        else if (date.ToString() != text.Trim())
        {
            post.Changes.Add("date written as " + date);
        }

        return (date, originalDate);
    }

    private static void Updated(FieldNormalisation post)
    {
        if (post.Take("updated", "lastmod", "last_modified_at", "modified") is not { } updatedKey)
        {
            return;
        }

        var text = post.Text(updatedKey) ?? string.Empty;
        var updated = ImportDate.Parse(text);
        if (updated is null)
        {
            post.ToDecide.Add(("updated", $"'{updatedKey}: {text}' is not a date the import can read; write it like 2024-06-01, or remove it"));
            post.Output.Add(new ImportField("updated", ImportScalar.Quote(text), post.LineOf(updatedKey)));
            return;
        }

        post.Output.Add(new ImportField("updated", new ImportScalar(updated.ToString(), false), post.LineOf(updatedKey)));
        if (updatedKey != "updated")
        {
            post.Changes.Add($"{updatedKey} → updated");
        }
    }

    /// <summary>The slug, kept when it is one safe URL segment; Jekyll's slug also names the old
    /// URL, so the old one is returned either way.</summary>
    private static string? SlugField(FieldNormalisation post)
    {
        var slugKey = post.Take("slug");
        var oldSlug = post.Text("slug");
        if (slugKey is not null && oldSlug is not null)
        {
            var trimmed = oldSlug.Trim();
            if (Slug.IsSafe(trimmed))
            {
                post.Output.Add(new ImportField("slug", ImportScalar.Quote(trimmed), post.LineOf(slugKey)));
            }
            else
            {
                post.Changes.Add($"slug '{oldSlug}' left out (not one URL segment)");
            }
        }

        return oldSlug;
    }

    /// <summary>Tags and categories: NewsletterGen has one kind of topic, so both become tags.
    /// Returns the categories, which old URLs may hold.</summary>
    private static List<string> Topics(FieldNormalisation post, ArchiveKind kind)
    {
        var tags = new List<string>();
        var categories = new List<string>();
        var tagsKey = post.Take("tags", "tag");
        if (tagsKey is not null)
        {
            var (list, wasText) = Words(post[tagsKey].Value, kind);
            tags.AddRange(list);
            if (wasText)
            {
                post.Changes.Add($"{tagsKey} text → list");
            }
            else if (tagsKey != "tags")
            {
                post.Changes.Add($"{tagsKey} → tags");
            }
        }

        var categoriesKey = post.Take("categories", "category");
        if (categoriesKey is not null)
        {
            var (list, _) = Words(post[categoriesKey].Value, kind);
            categories.AddRange(list);
            tags.AddRange(list.Where(c => !tags.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList());
            post.Changes.Add($"{categoriesKey} → tags");
        }

        if (tagsKey is not null || categoriesKey is not null)
        {
            post.Output.Add(new ImportField("tags", new ImportList(tags.Select(t => (ImportValue)ImportScalar.Quote(t)).ToList()), post.LineOf(tagsKey ?? categoriesKey)));
        }

        return categories;
    }

    private static void Summary(FieldNormalisation post)
    {
        if (post.Take("summary", "description") is { } summaryKey)
        {
            post.Output.Add(post[summaryKey]);
        }
        else if (post.Take("excerpt") is { } excerptKey)
        {
            post.Output.Add(post[excerptKey] with { Key = "summary" });
            post.Changes.Add("excerpt → summary");
        }
    }

    /// <summary>Whether the post is a draft: `draft: true`, or Jekyll's `published: false`.</summary>
    private static bool Draft(FieldNormalisation post)
    {
        var isDraft = false;
        if (post.Take("draft") is { } draftKey)
        {
            isDraft = post.Text("draft") is { } d && IsTrue(d);
            if (isDraft)
            {
                post.Output.Add(new ImportField("draft", new ImportScalar("true", false), post.LineOf(draftKey)));
            }
        }

        if (post.TryGet("published", out var publishedField) && !post.IsTaken("published") && publishedField.Value is ImportScalar flag)
        {
            post.Take("published");
            if (!IsTrue(flag.Text) && !isDraft)
            {
                isDraft = true;
                post.Output.Add(new ImportField("draft", new ImportScalar("true", false), publishedField.Line));
                post.Changes.Add("published: false → draft: true");
            }
            else
            {
                post.Changes.Add("published left out");
            }
        }

        return isDraft;
    }

    /// <summary>Hugo's expiry: NewsletterGen never takes a post down, so a post Hugo had already
    /// taken down becomes a draft, and the others are kept with a question.</summary>
    private static void Expiry(FieldNormalisation post, bool isDraft, DateTimeOffset now)
    {
        if (post.Take("expiryDate", "expirydate", "unpublishdate") is not { } expiryKey)
        {
            return;
        }

        var text = post.Text(expiryKey) ?? string.Empty;
        var expiry = ImportDate.Parse(text);
        post.Output.Add(new ImportField("expires", expiry is null ? ImportScalar.Quote(text) : new ImportScalar(expiry.ToString(), false), post.LineOf(expiryKey)));
        post.Changes.Add($"{expiryKey} → expires");
        if (expiry is not null && expiry.Instant <= now && !isDraft)
        {
            post.Output.Add(new ImportField("draft", new ImportScalar("true", false), post.LineOf(expiryKey)));
            post.Changes.Add("expired → draft: true");
            post.ToDecide.Add(("expires", $"this post expired on {expiry.Date:yyyy-MM-dd}, so Hugo no longer published it; it is imported as a draft: remove 'draft: true' to publish it"));
        }
        else
        {
            post.ToDecide.Add(("expires", "NewsletterGen does not take posts down on a date; the post stays published after it: remove 'expires', or make the post a draft then"));
        }
    }

    /// <summary>The post's old addresses (its permalink and aliases), which the importer keeps as
    /// aliases, so the fields themselves go.</summary>
    private static (string? Permalink, List<string> Aliases) OldAddresses(FieldNormalisation post, ArchiveKind kind)
    {
        var permalinkKey = post.Take(kind == ArchiveKind.Jekyll ? "permalink" : "url");
        var permalink = permalinkKey is null ? null : post.Text(permalinkKey);
        if (permalinkKey is not null)
        {
            post.Changes.Add($"{permalinkKey} → aliases");
        }

        var aliases = new List<string>();
        foreach (var key in new[] { "aliases", "redirect_from" })
        {
            if (post.Take(key) is { } aliasKey)
            {
                aliases.AddRange(Words(post[aliasKey].Value, ArchiveKind.Hugo).List);
                if (aliasKey != "aliases")
                {
                    post.Changes.Add($"{aliasKey} → aliases");
                }
            }
        }

        return (permalink, aliases);
    }

    private static void Layout(FieldNormalisation post)
    {
        if (post.Take("layout") is not { } layoutKey)
        {
            return;
        }

        if (post.Text(layoutKey) is "post" or "posts" or "single" or "default")
        {
            post.Changes.Add("layout left out");
        }
        else
        {
            post.Output.Add(post[layoutKey]);
            post.ToDecide.Add(("layout", $"'layout: {post.Text(layoutKey)}' chose a Jekyll or Hugo layout; NewsletterGen has one post layout (templates/post.html): remove it, or read it in the template"));
        }
    }

    /// <summary>Every field no rule took, as written; those that change what Jekyll or Hugo
    /// published are also left to decide.</summary>
    private static void KeepTheRest(FieldNormalisation post, IReadOnlyList<ImportField> fields)
    {
        var kept = new List<string>();
        foreach (var field in fields)
        {
            if (post.IsTaken(field.Key) || post.Output.Any(f => f.Key == field.Key))
            {
                continue;
            }

            post.Output.Add(field);
            kept.Add(field.Key);
            if (Unread.TryGetValue(field.Key, out var why))
            {
                post.ToDecide.Add((field.Key, $"'{field.Key}' {why}"));
            }
        }

        if (kept.Count > 0)
        {
            post.Changes.Add("kept as written: " + string.Join(", ", kept.Distinct(StringComparer.Ordinal)));
        }
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
