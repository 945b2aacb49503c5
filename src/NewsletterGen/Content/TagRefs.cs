using System.Collections.Concurrent;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>One <see cref="TagRef"/> per tag as written, shared by every post of a build that has
/// it. A slug, URL and record per post and tag, scattered over the heap, made the site model
/// (which reads every post's tags several times) wait for memory more than it computed. Safe to
/// use from several threads.</summary>
public sealed class TagRefs(SiteConfig config)
{
    private readonly ConcurrentDictionary<string, TagRef?> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TagRefs> _editions = new(StringComparer.Ordinal);

    /// <summary>The tags of another language's edition: tags are per language (their pages are
    /// below the edition's folder, their slugs follow its transliteration).</summary>
    public TagRefs For(SiteConfig edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return ReferenceEquals(edition, config) ? this : _editions.GetOrAdd(edition.EditionPath, static (_, e) => new TagRefs(e), edition);
    }

    /// <summary>The tag written <paramref name="name"/>, or null when no folder can be made for
    /// it (<see cref="Problem"/> says why), which a post then does not show.</summary>
    public TagRef? For(string name) => _byName.GetOrAdd(name, static (name, config) =>
        Slug.From(name, config.Language) is { Length: > 0 and <= Slug.MaxLength } slug && Slug.SpecialName(slug) is null
            ? new TagRef(name, slug, Urls.Tag(config, slug))
            : null, config);

    /// <summary>Why the tag written <paramref name="name"/> has no folder, as an error: its slug
    /// is too long (transliteration can make a tag of 100 characters several times longer), or
    /// names something hosts treat specially. Null when its slug is merely empty (a tag of
    /// punctuation only), which is only worth a warning.</summary>
    public Diagnostic? Problem(string name, SourceLocation at)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = Slug.From(name, config.Language);
        if (slug.Length > Slug.MaxLength)
        {
            return new Diagnostic(Severity.Error, DiagnosticCodes.TagTooLong, at,
                $"tag '{name[..Math.Min(20, name.Length)]}…' would be a folder name of {slug.Length} characters; shorten the tag (at most {Slug.MaxLength} once written in ASCII)");
        }

        return slug.Length > 0 && Slug.SpecialName(slug) is { } why
            ? new Diagnostic(Severity.Error, DiagnosticCodes.SpecialName, at, $"tag '{name}' cannot be published as a folder: {why}; rename the tag")
            : null;
    }
}
