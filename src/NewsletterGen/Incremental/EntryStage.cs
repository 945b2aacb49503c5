using System.Collections;
using System.Diagnostics.CodeAnalysis;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Markdown;

namespace NewsletterGen.Incremental;

/// <summary>Renders the Markdown of posts and pages and assembles their entries, or takes them
/// from the cache: an entry is reused while its document is the same version, its git date is
/// the same, and every link it resolved to another post or page resolves to the same URL (so
/// renaming a post renders again only the posts that link to it).</summary>
internal sealed class EntryStage
{
    private readonly MarkdownRenderer _renderer;
    private readonly IReadOnlyDictionary<string, string> _urls;
    private readonly string _basePath;
    private readonly BuildCache _cache;
    private readonly Dictionary<string, CachedEntry> _next = new(StringComparer.Ordinal);
    private int _rendered;

    public EntryStage(string basePath, IReadOnlyDictionary<string, string> urls, BuildCache cache)
    {
        _basePath = basePath;
        _urls = urls;
        _cache = cache;
        _renderer = new MarkdownRenderer(new LinkResolver(basePath, urls));
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
            results[i] = _cache.Entries.TryGetValue(document.Path, out var cached) && IsValid(cached, version, document)
                ? cached
                : Make(document, version, assemble);
        });

        var rendered = new List<Rendered<T>>(documents.Count);
        foreach (var entry in results)
        {
            _next[entry.Path] = entry;
            foreach (var diagnostic in entry.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            rendered.Add(new Rendered<T>((T)entry.Entry, entry.Markdown, entry.Version));
        }

        return rendered;
    }

    /// <summary>How many documents were rendered rather than taken from the cache.</summary>
    public int RenderedCount => Volatile.Read(ref _rendered);

    /// <summary>Replaces the cache's entries with those of this build (deleted files drop out).</summary>
    public void Commit() => _cache.Entries = _next;

    private bool IsValid(CachedEntry cached, long documentVersion, ParsedDocument document) =>
        cached.DocumentVersion == documentVersion
        && cached.Updated == document.FrontMatter.Updated
        && cached.Lookups.All(l => (_urls.TryGetValue(l.Key, out var url) ? url : null) == l.Value);

    private CachedEntry Make<T>(ParsedDocument document, long documentVersion, Func<ParsedDocument, RenderedMarkdown, MarkdownRenderer, DiagnosticBag, T> assemble)
        where T : class
    {
        Interlocked.Increment(ref _rendered);
        var lookups = new RecordingUrls(_urls);
        var renderer = _renderer.WithLinks(new LinkResolver(_basePath, lookups));
        var diagnostics = new DiagnosticBag();
        var markdown = renderer.Render(document.Body, document.Path, document.BodyLine, document.FrontMatter.Summary, diagnostics);
        var entry = assemble(document, markdown, renderer, diagnostics);
        return new CachedEntry(document.Path, documentVersion, document.FrontMatter.Updated, lookups.Seen, entry, markdown, _cache.NextVersion(), diagnostics.ToSortedList());
    }

    /// <summary>The URL map as one document's links see it, remembering which paths they asked
    /// for and what they got.</summary>
    private sealed class RecordingUrls(IReadOnlyDictionary<string, string> urls) : IReadOnlyDictionary<string, string>
    {
        private readonly List<KeyValuePair<string, string?>> _seen = [];

        public IReadOnlyList<KeyValuePair<string, string?>> Seen => _seen;

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
        {
            var found = urls.TryGetValue(key, out value);
            _seen.Add(new(key, found ? value : null));
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

/// <summary>A post or page with its rendered Markdown and the version of both.</summary>
internal sealed record Rendered<T>(T Entry, RenderedMarkdown Markdown, long Version);
