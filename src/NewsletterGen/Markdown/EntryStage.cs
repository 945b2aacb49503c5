using System.Collections;
using System.Diagnostics.CodeAnalysis;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Incremental;

namespace NewsletterGen.Markdown;

/// <summary>Renders the Markdown of posts and pages and assembles their entries, or takes them
/// from the cache: an entry is reused while its document is the same version, its git date is
/// the same, and every link it resolved to another post or page resolves to the same URL (so
/// renaming a post renders again only the posts that link to it).</summary>
internal sealed class EntryStage
{
    private readonly MarkdownRenderer _renderer;
    private readonly IReadOnlyDictionary<string, string> _urls;
    private readonly IReadOnlyDictionary<string, SourceLocation> _leftOut;
    private readonly string _basePath;
    private readonly BuildCache _cache;
    private readonly Dictionary<string, CachedEntry> _next = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _bodyMembers;
    private readonly string _bodyMembersKey;
    private int _rendered;

    /// <param name="bodyMembers">The members of a post's body that templates show of posts in lists.</param>
    /// <param name="countWords">Whether to count words now: templates may show word counts or
    /// reading times (else a post counts its own when one is read). A build that keeps its
    /// entries for the next one counts anyway: the next one's templates may.</param>
    /// <param name="leftOut">The posts and pages left out because their front matter failed,
    /// by source path, with where the first error is: links to them say so.</param>
    public EntryStage(string basePath, IReadOnlyDictionary<string, string> urls, IReadOnlyList<string> bodyMembers, BuildCache cache, bool countWords = true,
        IReadOnlyDictionary<string, SourceLocation>? leftOut = null)
    {
        _leftOut = leftOut ?? new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        _bodyMembers = bodyMembers;
        _bodyMembersKey = string.Join(',', bodyMembers);
        _basePath = basePath;
        _urls = urls;
        _cache = cache;
        _renderer = new MarkdownRenderer(new LinkResolver(basePath, urls, _leftOut), countWords || cache.KeepsForNextBuild);
    }

    /// <summary>Each document's entry, its rendered Markdown and the entry's version, in document order.</summary>
    public List<Rendered<T>> Run<T>(List<ParsedDocument> documents, DocumentSet set, DiagnosticBag diagnostics, Func<ParsedDocument, RenderedMarkdown, MarkdownRenderer, DiagnosticBag, T> assemble)
        where T : class
    {
        var results = new CachedEntry[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var document = documents[i];
            var version = set.ByPath[document.Path].Version;
            _cache.Entries.TryGetValue(document.Path, out var cached);
            results[i] = cached is not null && IsValid(cached, version, document)
                ? WithCard(cached, cached.Card)
                : Make(document, set.Bodies?.Take(document) ?? document.Body, version, cached, assemble);
        });

        var rendered = new List<Rendered<T>>(documents.Count);
        foreach (var entry in results)
        {
            _next[entry.Path] = entry;
            foreach (var diagnostic in entry.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            rendered.Add(new Rendered<T>((T)entry.Entry, entry.Markdown, entry.Version, entry.Card!.Version));
        }

        return rendered;
    }

    /// <summary>How many documents were rendered rather than taken from the cache.</summary>
    public int RenderedCount => Volatile.Read(ref _rendered);

    /// <summary>Replaces the cache's entries with those of this build (deleted files drop out).</summary>
    public void Commit() => _cache.Entries = _next;

    /// <summary>Adds this build's entries to the cache's, for a build that rendered only some
    /// documents and keeps the others' entries as they are.</summary>
    public void CommitSome()
    {
        foreach (var (path, entry) in _next)
        {
            _cache.Entries[path] = entry;
        }
    }

    private bool IsValid(CachedEntry cached, long documentVersion, ParsedDocument document) =>
        cached.DocumentVersion == documentVersion
        && cached.Updated == document.FrontMatter.Updated
        && cached.Lookups.All(l => Seen(_urls, _leftOut, l.Key) == l.Value);

    /// <summary>What a link to <paramref name="key"/> resolves to, as an entry remembers it: the
    /// URL, else whether the file was left out (and where its error is), else nothing. A
    /// file that goes from left out to missing changes what its links are told.</summary>
    private static string? Seen(IReadOnlyDictionary<string, string> urls, IReadOnlyDictionary<string, SourceLocation> leftOut, string key) =>
        urls.TryGetValue(key, out var url) ? url : leftOut.TryGetValue(key, out var at) ? "\0left out at " + at : null;

    /// <summary>The entry with its card for this build's templates. A card made for other body
    /// members is made again; it keeps its version (from <paramref name="previous"/>) while its key
    /// is unchanged.</summary>
    private CachedEntry WithCard(CachedEntry entry, Card? previous)
    {
        if (entry.Card is { } own && own.BodyMembers == _bodyMembersKey)
        {
            return entry;
        }

        if (!_cache.KeepsForNextBuild)
        {
            return entry with { Card = new Card(default, _bodyMembersKey, 0) };
        }

        var key = CardKeys.Of(entry.Entry, _bodyMembers);
        var card = previous is not null && previous.Key == key ? previous with { BodyMembers = _bodyMembersKey } : new Card(key, _bodyMembersKey, _cache.NextVersion());
        return entry with { Card = card };
    }

    private CachedEntry Make<T>(ParsedDocument document, string body, long documentVersion, CachedEntry? previous, Func<ParsedDocument, RenderedMarkdown, MarkdownRenderer, DiagnosticBag, T> assemble)
        where T : class
    {
        Interlocked.Increment(ref _rendered);
        var lookups = new RecordingUrls(_urls, _leftOut);
        var renderer = _renderer.WithLinks(new LinkResolver(_basePath, lookups, _leftOut));
        var diagnostics = new DiagnosticBag();
        var markdown = renderer.Render(body, document.Path, document.BodyLine, document.FrontMatter.Summary, diagnostics);
        var entry = assemble(document, markdown, renderer, diagnostics);
        var made = new CachedEntry(document.Path, documentVersion, document.FrontMatter.Updated, lookups.Seen, entry, markdown, _cache.NextVersion(), diagnostics.ToSortedList(), null);
        return WithCard(made, previous?.Card);
    }

    /// <summary>The URL map as one document's links see it, remembering which paths they asked
    /// for and what they got.</summary>
    private sealed class RecordingUrls(IReadOnlyDictionary<string, string> urls, IReadOnlyDictionary<string, SourceLocation> leftOut) : IReadOnlyDictionary<string, string>
    {
        private readonly List<KeyValuePair<string, string?>> _seen = [];

        public IReadOnlyList<KeyValuePair<string, string?>> Seen => _seen;

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
        {
            var found = urls.TryGetValue(key, out value);
            _seen.Add(new(key, Seen(urls, leftOut, key)));
            return found;
        }

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        // The resolver only looks paths up; listing the whole map would make every document
        // depend on every other one.
        public IEnumerable<string> Keys => throw new NotSupportedException();

        public IEnumerable<string> Values => throw new NotSupportedException();

        public int Count => throw new NotSupportedException();

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => throw new NotSupportedException();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
