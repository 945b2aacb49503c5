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

    /// <summary>The tag written <paramref name="name"/>, or null when its slug is empty (a tag of
    /// punctuation only), which a post then does not show.</summary>
    public TagRef? For(string name) => _byName.GetOrAdd(name, static (name, config) =>
        Slug.From(name, config.Language) is { Length: > 0 } slug ? new TagRef(name, slug, Urls.Tag(config, slug)) : null, config);
}
