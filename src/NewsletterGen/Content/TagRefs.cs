using System.Collections.Concurrent;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>One <see cref="TagRef"/> per tag as written, shared by every post of a build that has
/// it. Ten thousand posts with three tags each made thirty thousand slugs, URLs and records
/// for forty tags, scattered over the heap: the site model, which reads every post's tags three
/// times, spent most of its 30 ms waiting for memory. Safe to use from several threads.</summary>
public sealed class TagRefs(SiteConfig config)
{
    private readonly ConcurrentDictionary<string, TagRef?> _byName = new(StringComparer.Ordinal);

    /// <summary>The tag written <paramref name="name"/>, or null when no folder can be made for
    /// it (<see cref="Problem"/> says why), which a post then does not show.</summary>
    public TagRef? For(string name) => _byName.GetOrAdd(name, static (name, config) =>
        Slug.From(name, config.Language) is { Length: > 0 } slug && Slug.SpecialName(slug) is null
            ? new TagRef(name, slug, Urls.Tag(config, slug))
            : null, config);

    /// <summary>Why the tag written <paramref name="name"/> has no folder: null when its slug is
    /// empty (a tag of punctuation only), else the reason its slug is refused.</summary>
    public string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = Slug.From(name, config.Language);
        return slug.Length == 0 ? null : Slug.SpecialName(slug);
    }
}
