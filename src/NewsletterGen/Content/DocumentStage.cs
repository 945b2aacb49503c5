using NewsletterGen.Diagnostics;
using NewsletterGen.Incremental;
using NewsletterGen.Model;
using NewsletterGen.Performance;

namespace NewsletterGen.Content;

/// <summary>The Markdown files of posts and pages, read, cleaned and parsed, each at most once
/// per change: a file whose size and modification time are those of the last read is taken
/// from the cache without being opened.</summary>
internal static class DocumentStage
{
    /// <summary>Times are kept by the kernel with a coarse clock, so a file written twice within
    /// a few milliseconds can keep its time and size. A file modified this close to when it was
    /// last read is read again and compared (as git does with its "racily clean" entries).</summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <param name="changes">The files a watcher saw change since the last build (complete):
    /// the others are taken from the cache without even a look at their size and time.</param>
    public static DocumentSet Run(string sourceDirectory, ContentListing listing, SiteConfig config, BuildCache cache, SourceChanges? changes, DiagnosticBag diagnostics)
    {
        var files = listing.Posts.Select(p => (Path: p, IsPost: true)).Concat(listing.Pages.Select(p => (Path: p, IsPost: false))).ToList();
        var changed = changes?.Paths.Select(p => Path.GetRelativePath(Path.GetFullPath(sourceDirectory), p).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var prefix = Path.TrimEndingDirectorySeparator(sourceDirectory).Length + 1;
        var results = new CachedDocument[files.Count];
        var bodies = cache.KeepsForNextBuild ? null : new BodyStore();
        try
        {
            Parallel.For(0, files.Count, i =>
            {
                var (path, isPost) = files[i];
                cache.Documents.TryGetValue(path, out var cached);
                results[i] = cached is not null && cached.IsPost == isPost && changed is not null && !changed.Contains(path[prefix..].Replace('\\', '/'))
                    ? cached
                    : Load(sourceDirectory, path, isPost, config, cache, cached, bodies);
            });
        }
        catch
        {
            bodies?.Dispose();
            throw;
        }

        var byPath = new Dictionary<string, CachedDocument>(StringComparer.Ordinal);
        var documents = new Dictionary<string, CachedDocument>(files.Count, StringComparer.Ordinal);
        var posts = new List<ParsedDocument>();
        var pages = new List<ParsedDocument>();
        var leftOut = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var leftOutUrls = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var document = results[i];
            documents[files[i].Path] = document;
            foreach (var diagnostic in document.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            if (document.Parsed is { } parsed)
            {
                byPath[parsed.Path] = document;
                (document.IsPost ? posts : pages).Add(parsed);
            }
            else if (document.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
            {
                leftOut[ContentLoader.Relative(sourceDirectory, files[i].Path)] = error.Location;
                if (document.Url is { } url)
                {
                    leftOutUrls.TryAdd(url, error.Location);
                }
            }
        }

        // A build that keeps nothing would keep every post's text alive to its end.
        if (cache.KeepsForNextBuild)
        {
            cache.Documents = documents;
        }

        return new DocumentSet(posts, pages, byPath) { Bodies = bodies, LeftOut = leftOut, LeftOutUrls = leftOutUrls };
    }

    /// <summary>Reads one file again (the watcher said it changed) and keeps it in the cache in
    /// place of its last read.</summary>
    public static CachedDocument Reload(string sourceDirectory, string path, bool isPost, SiteConfig config, BuildCache cache)
    {
        cache.Documents.TryGetValue(path, out var cached);
        var document = Load(sourceDirectory, path, isPost, config, cache, cached, bodies: null);
        cache.Documents[path] = document;
        return document;
    }

    /// <param name="bodies">For a build that keeps nothing: where each body waits for its
    /// Markdown to be rendered, out of the parsed document.</param>
    private static CachedDocument Load(string sourceDirectory, string path, bool isPost, SiteConfig config, BuildCache cache, CachedDocument? cached, BodyStore? bodies)
    {
        // A build that keeps nothing has no use for the file's size and time.
        var info = cache.KeepsForNextBuild ? new FileInfo(path) : null;
        var (length, written) = info is { Exists: true } ? (info.Length, info.LastWriteTimeUtc) : (-1L, DateTime.MinValue);
        if (cached is not null && cached.IsPost == isPost && cached.Length == length && cached.LastWriteUtc == written
            && written < cached.ReadAtUtc - RacyWindow)
        {
            return cached;
        }

        var readAt = DateTime.UtcNow;
        var diagnostics = new DiagnosticBag();
        var (source, utf8Body) = bodies is not null ? ContentLoader.ReadHeadAndBody(sourceDirectory, path, diagnostics) : (ContentLoader.Read(sourceDirectory, path, diagnostics), null);

        if (cached is not null && cached.IsPost == isPost && source is not null && cached.Source is { } old && old.Text == Clean(source, new DiagnosticBag()).Text)
        {
            // Read again only because it was modified recently: the same text is the same document.
            return cached with { Length = length, LastWriteUtc = written, ReadAtUtc = readAt };
        }

        ParsedDocument? parsed = null;
        string? url = null;
        if (source is not null)
        {
            source = Clean(source, diagnostics);
            parsed = FrontMatterParser.Parse(source, config.TimeZone, isPost, diagnostics);
            if (parsed is not null && isPost)
            {
                PostLanguage.Check(parsed, config, diagnostics);
            }

            if (parsed is not null)
            {
                url = isPost ? EntryAssembler.PostUrl(parsed, config) : Urls.Page(config, EntryAssembler.PageSlug(parsed));
            }
            else if (FrontMatterParser.ParseDespiteErrors(source, config.TimeZone, isPost) is { } partial)
            {
                // Left out: the URL it would have had, for the links to it (read again only
                // for the files that failed).
                url = isPost ? Urls.Post(config, EntryAssembler.PostSlug(partial, config)) : Urls.Page(config, EntryAssembler.PageSlug(partial));
            }

            if (bodies is not null)
            {
                // Once parsed, the file's text is only compared with its next read, and a build
                // that keeps nothing reads it once: only the body goes on, to Markdown, which
                // takes it out of the store (BodyStore). Ten thousand texts and bodies held to
                // the end of the Markdown stage made its full garbage collections walk and
                // move a heap larger by twice the corpus.
                source = source with { Text = string.Empty };

                // A body not stored (its front matter failed) is left to the collector.
                if (parsed is not null)
                {
                    bodies.Put(parsed.Path, utf8Body is not null ? new WaitingBody(null, utf8Body) : new WaitingBody(parsed.Body, null));
                    parsed = parsed with { Source = source, Body = string.Empty };
                }
            }
        }

        // A file read again keeps its id: the entry made of it is the same entry, changed.
        var id = cached?.Id ?? cache.NextEntryId();
        return new CachedDocument(length, written, readAt, isPost, cache.NextVersion(), id, source, parsed is null ? null : parsed with { Id = id }, url, diagnostics.ToSortedList());
    }

    /// <summary>Characters that XML and HTML forbid (a stray U+0001 pasted from a PDF) would make
    /// feeds unreadable and pages invalid: they are removed, and the writer is told where the
    /// first one was.</summary>
    private static SourceDocument Clean(SourceDocument document, DiagnosticBag diagnostics)
    {
        var index = XmlCharacters.FirstForbidden(document.Text);
        if (index < 0)
        {
            return document;
        }

        var line = document.Text.AsSpan(0, index).Count('\n') + 1;
        var column = index - document.Text.LastIndexOf('\n', Math.Max(0, index - 1));
        diagnostics.Warning(DiagnosticCodes.XmlForbiddenCharacter, new SourceLocation(document.Path, line, column),
            $"the character U+{(int)document.Text[index]:X4} is not allowed in HTML or XML; it was removed");
        return document with { Text = XmlCharacters.Clean(document.Text) };
    }
}
