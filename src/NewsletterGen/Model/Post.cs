using NewsletterGen.Content;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Model;

/// <summary>One issue of the newsletter, ready for templates and feeds. <see cref="Published"/> is
/// on the site's clock; <see cref="Url"/> is root-relative, <see cref="Permalink"/> absolute.</summary>
public sealed record Post(
    string Slug,
    string Title,
    DateTimeOffset Published,
    DateTimeOffset? LastUpdated,
    IReadOnlyList<Author> Authors,
    IReadOnlyList<TagRef> Tags,
    HtmlFragment Summary,
    string SummaryText,
    HtmlFragment Content,
    int WordCount,
    string Url,
    string Permalink,
    string? Image,
    bool IsDraft,
    SourceLocation Source,
    IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary>The post's id in feeds: fixed by front matter `id:`, else its first URL (its
    /// oldest alias, or its permalink), so renaming a post never re-delivers it.</summary>
    public string Id { get; init; } = Permalink;

    /// <summary>The identity of the post's file (<see cref="Content.EntryId"/>), the same in every
    /// copy of the post.</summary>
    internal EntryId EntryId { get; init; }

    /// <summary>Whether the post is dated after the build's "now": it is in the site only because
    /// future posts were included (build --future, or a preview), and is not published yet.</summary>
    public bool IsScheduled { get; init; }

    /// <summary>The language of the post's edition ("fr" for a post of the French edition; the
    /// site's language for the default edition). Empty for a post made outside a build.</summary>
    public string Language { get; init; } = string.Empty;

    /// <summary>What the post shares with its translations: "key:" and its `translation_key`, or
    /// its path without the language suffix. Null on a site in one language.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>Where `translation_key:` is written, for messages about it; null when the key is the file name.</summary>
    internal SourceLocation? TranslationKeyAt { get; init; }

    /// <summary>The same issue in the site's other languages, in the order site.yml lists them.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];

    /// <summary>Earlier root-relative URLs that redirect here.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The folder of the declared section the post is in, or null.</summary>
    public string? Section { get; init; }

    /// <summary>The body as plain text, made from <see cref="Content"/> each time it is asked
    /// for (by the search index, once per post, and templates that print it): every post holding
    /// its text beside its HTML until the end of a build was a large share of its peak memory.
    /// Template tags the build did not run are left out, as they are of summaries.</summary>
    public string Text => Markdown.HtmlText.Of(Markdown.TemplateTagFindings.WithoutTags(Content.Value));

    /// <summary>The ## and ### headings, for a table of contents.</summary>
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    /// <summary>Whether the post is long enough to show its table of contents (three headings).</summary>
    public bool HasToc => Toc.Count >= 3;

    /// <summary>A word count the Markdown stage did not take (no template was expected to read
    /// it): <see cref="WordCount"/> is then counted from <see cref="Content"/> when first read.</summary>
    public const int NotCounted = -1;

    private int _wordCount = WordCount;

    /// <summary>The number of words of the body. Counted when the Markdown is rendered if a
    /// template was expected to read it, else the first time it is read: a value never depends
    /// on what the template analysis guessed.</summary>
    public int WordCount
    {
        get => _wordCount >= 0 ? _wordCount : _wordCount = Markdown.HtmlText.CountWords(Content.Value);
        init => _wordCount = value;
    }

    private readonly IReadOnlyList<Post>? _related;

    /// <summary>Up to three other posts sharing the most tags with this one, each with its own
    /// related posts: set as a list, or found among the site's posts when first read
    /// (<see cref="RelatedPosts"/>, which SiteBuilder gives every post with its place).</summary>
    public IReadOnlyList<Post> Related
    {
        get => _related ?? RelatedSource?.Finder.Of(RelatedSource.Value.Index) ?? [];
        init => _related = value;
    }

    /// <summary>Where <see cref="Related"/> is found when it was not set: the site's finder and
    /// this post's index in the site's order.</summary>
    internal (RelatedPosts Finder, int Index)? RelatedSource { get; init; }

    public const int WordsPerMinute = 220;

    /// <summary>The publication date as a clock time on the site's time zone, for display.</summary>
    public DateTime Date => Published.DateTime;

    public string DateIso => IsoDate.Format(Published);

    public DateTime? Updated => LastUpdated?.DateTime;

    public string? UpdatedIso => LastUpdated is { } u ? IsoDate.Format(u) : null;

    /// <summary>The later of the publication and update dates: what feeds and sitemaps call "updated".</summary>
    public DateTimeOffset LastModified => LastUpdated is { } u && u > Published ? u : Published;

    /// <summary>From <see cref="WordCount"/>.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / (double)WordsPerMinute, MidpointRounding.AwayFromZero));
}
