using NewsletterGen.Diagnostics;
using NewsletterGen.Markdown;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>Turns a parsed and rendered Markdown file into a <see cref="Post"/> or a
/// <see cref="Page"/> of the site model: its URL, its authors looked up in site.yml, its tags.</summary>
public static class EntryAssembler
{
    public static string PostSlug(ParsedDocument document, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(config);
        return PostPermalink.Slug(document, config, PostLanguage.Suffix(document.Path, config) ?? Language(document));
    }

    /// <summary>The post's root-relative URL, from its `permalink:`, its section's or the site's
    /// pattern, below its language's edition.</summary>
    public static string PostUrl(ParsedDocument document, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = PostLanguage.Suffix(document.Path, config) ?? Language(document);
        return PostPermalink.Url(document, PostLanguage.EditionOf(document, config), language);
    }

    /// <summary>A post's own `lang` or `language` field, for slug rules; its edition's language otherwise.</summary>
    private static string? Language(ParsedDocument document) => PostLanguage.FrontMatter(document.FrontMatter).Code;

    /// <summary>Pages are named after their file: content/pages/about.md is /about/.</summary>
    public static string PageSlug(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.FrontMatter.Slug ?? Slug.From(Path.GetFileNameWithoutExtension(document.Path));
    }

    /// <param name="tagRefs">The build's tags, shared between its posts; made for this post alone if null.</param>
    public static Post Post(ParsedDocument document, RenderedMarkdown rendered, SiteConfig config, MarkdownRenderer links, DiagnosticBag diagnostics, TagRefs? tagRefs = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(config);
        var fm = document.FrontMatter;
        config = PostLanguage.EditionOf(document, config);
        var slug = PostSlug(document, config);
        var url = PostUrl(document, config);
        if (config.Permalink is null && fm.Permalink is null && PostPermalink.SectionOf(document.Path, config) is null)
        {
            // With today's URLs, an alias equal to the post's URL is a slip; an imported post's
            // old URL that a chosen pattern keeps is expected, and simply needs no redirect.
            foreach (var alias in fm.Aliases.Where(a => Urls.Root(config, a) == url))
            {
                diagnostics.Warning(DiagnosticCodes.AliasIsOwnUrl, fm.LocationOf("aliases", document.Path),
                    $"alias '{alias}' is the post's own URL, so it needs no redirect; remove it (an alias names an earlier URL)");
            }
        }

        foreach (var alias in fm.Aliases.Where(a => !config.WellKnown && a.StartsWith("/.well-known/", StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Error(DiagnosticCodes.SpecialName, fm.LocationOf("aliases", document.Path), $"alias '{alias}' cannot be published: {Slug.SpecialName(".well-known")}");
        }

        tagRefs = tagRefs?.For(config) ?? new TagRefs(config);
        var tags = new List<TagRef>(fm.Tags.Count);
        foreach (var name in fm.Tags)
        {
            if (tagRefs.For(name) is { } tag)
            {
                tags.Add(tag);
            }
            else if (tagRefs.Problem(name, fm.LocationOf("tags", document.Path)) is { } problem)
            {
                diagnostics.Add(problem);
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.TagWithoutSlug, fm.LocationOf("tags", document.Path),
                    $"tag '{name}' has no letter or digit to make its page's URL from, so it is left out; give it a name with letters or digits");
            }
        }

        return new Post(
            slug,
            fm.Title!,
            fm.Date!.Value,
            fm.Updated,
            Authors(document, config, diagnostics),
            tags,
            rendered.Summary,
            rendered.SummaryText,
            rendered.Html,
            rendered.WordCount,
            url,
            Urls.Absolute(config, url),
            // A cover is found like an image in the body: beside the post, or below the base path.
            fm.Image is null ? null : links.ResolveUrl(fm.Image, document.Path),
            fm.IsDraft,
            SourceLocation.StartOf(document.Path),
            fm.Extra)
        {
            Id = fm.Id ?? (fm.Aliases.Count > 0 ? Urls.Absolute(config, Urls.Root(config, fm.Aliases[0])) : Urls.Absolute(config, url)),
            // An old URL that the permalink pattern keeps (an import's alias once the site's
            // pattern matches the old one) needs no redirect, which would point at itself.
            Aliases = fm.Aliases.Select(a => Urls.Root(config, a)).Where(a => a != url).ToList(),
            Toc = rendered.Toc,
            EntryId = document.Id,
            Section = PostPermalink.SectionOf(document.Path, config)?.Folder,
            Language = config.Language,
            TranslationKeyAt = fm.Extra.ContainsKey("translation_key") ? fm.LocationOf("translation_key", document.Path) : null,
            TranslationKey = config.Languages.Count == 0 ? null
                : fm.Extra.TryGetValue("translation_key", out var key) && key is string { Length: > 0 } written ? "key:" + written.Trim() : PostLanguage.Stem(document.Path, config),
        };
    }

    public static Page Page(ParsedDocument document, RenderedMarkdown rendered, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(config);
        var slug = PageSlug(document);
        var url = Urls.Page(config, slug);
        return new Page(slug, document.FrontMatter.Title!, rendered.Html, rendered.SummaryText, url, Urls.Absolute(config, url),
            SourceLocation.StartOf(document.Path), document.FrontMatter.Extra) { EntryId = document.Id };
    }

    /// <summary>Authors are named by their id in site.yml (or by their name). A post that names
    /// none is by the site's first author; an unknown name is kept, with a warning, since it is
    /// more often a typo than a guest.</summary>
    private static List<Author> Authors(ParsedDocument document, SiteConfig config, DiagnosticBag diagnostics)
    {
        var names = document.FrontMatter.Authors;
        if (names.Count == 0)
        {
            return config.Authors.Count > 0 ? [config.Authors[0]] : [];
        }

        var authors = new List<Author>(names.Count);
        foreach (var name in names)
        {
            var known = config.Authors.FirstOrDefault(a => string.Equals(a.Id, name, StringComparison.OrdinalIgnoreCase))
                ?? config.Authors.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                if (config.Authors.Count > 0)
                {
                    diagnostics.Warning(DiagnosticCodes.UnknownAuthor, document.FrontMatter.LocationOf("authors", document.Path),
                        $"author '{name}' is not declared in site.yml; known authors: {string.Join(", ", config.Authors.Select(a => a.Id))}");
                }

                known = new Author(Slug.From(name), name, null, null);
            }

            authors.Add(known);
        }

        return authors;
    }
}
