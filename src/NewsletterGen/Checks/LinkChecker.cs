using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AngleSharp.Html.Parser;
using NewsletterGen.Diagnostics;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Checks;

/// <summary>Checks the links writers make into the site against the files the build is about to
/// write: a page or file that does not exist, an image that is missing, a #fragment that names no
/// element of its page. Each is a warning at the link's line; the build still succeeds. Pages are
/// parsed (AngleSharp) only when a fragment points into them, once each.</summary>
public sealed class LinkChecker
{
    private readonly SiteConfig _config;
    private readonly Dictionary<string, OutputFile> _files;
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);

    private readonly ConditionalWeakTable<OutputFile, IReadOnlySet<string>>? _idCache;
    private readonly IReadOnlyDictionary<string, SourceLocation> _leftOutUrls;

    /// <param name="idCache">The ids of pages parsed by earlier builds, kept with each page
    /// object; a page the build reused is not parsed again.</param>
    /// <param name="leftOutUrls">The URLs of posts and pages left out because their front
    /// matter failed, with where the error is: a link to one names that error.</param>
    public LinkChecker(SiteConfig config, IEnumerable<OutputFile> files, ConditionalWeakTable<OutputFile, IReadOnlySet<string>>? idCache = null,
        IReadOnlyDictionary<string, SourceLocation>? leftOutUrls = null)
    {
        _idCache = idCache;
        _leftOutUrls = leftOutUrls ?? new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(files);
        _config = config;
        _files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _files.TryAdd(file.Path, file);
        }
    }

    /// <param name="pageUrl">The URL of the page the links are on, for "#fragment" links.</param>
    public void Check(string pageUrl, IEnumerable<InternalLink> links, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var link in links)
        {
            var hash = link.Url.IndexOf('#', StringComparison.Ordinal);
            var pathPart = hash < 0 ? link.Url : link.Url[..hash];
            var fragment = hash < 0 ? null : Uri.UnescapeDataString(link.Url[(hash + 1)..]);
            var query = pathPart.IndexOf('?', StringComparison.Ordinal);
            if (query >= 0)
            {
                pathPart = pathPart[..query];
            }

            if (pathPart.Length == 0)
            {
                pathPart = pageUrl;
            }

            if (!pathPart.StartsWith(_config.BasePath, StringComparison.Ordinal))
            {
                continue; // another site on the same host
            }

            var target = Find(Uri.UnescapeDataString(pathPart[_config.BasePath.Length..]));
            if (target is null)
            {
                if (!link.IsImage && LeftOutAt(pathPart) is { } error)
                {
                    diagnostics.Warning(DiagnosticCodes.LinkToLeftOutDocument, link.Location, MarkdownRenderer.LeftOutMessage(link.Url, error));
                }
                else if (link.IsImage)
                {
                    diagnostics.Warning(DiagnosticCodes.MissingImage, link.Location, $"the image '{link.Url}' does not exist in the built site");
                }
                else
                {
                    diagnostics.Warning(DiagnosticCodes.BrokenLink, link.Location, $"the link '{link.Url}' leads to no page or file of the built site");
                }

                continue;
            }

            if (!string.IsNullOrEmpty(fragment) && target.Path.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(fragment))
            {
                diagnostics.Warning(DiagnosticCodes.BrokenAnchor, link.Location, $"'#{fragment}' is not an id on {(link.Url.StartsWith('#') ? "this page" : pathPart)}");
            }
        }
    }

    private SourceLocation? LeftOutAt(string path) =>
        _leftOutUrls.Count == 0 ? null
        : _leftOutUrls.TryGetValue(path, out var at) || _leftOutUrls.TryGetValue(path + "/", out at) ? at : null;

    private OutputFile? Find(string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return _files.GetValueOrDefault(relative + "index.html");
        }

        return _files.GetValueOrDefault(relative) ?? _files.GetValueOrDefault(relative + "/index.html");
    }

    private IReadOnlySet<string> IdsOf(OutputFile page) =>
        _idCache is { } cache ? cache.GetValue(page, Ids) : _ids.GetOrAdd(page.Path, _ => Ids(page));

    /// <summary>The ids a #fragment can name on a page: every element's id, and named anchors.</summary>
    public static IReadOnlySet<string> Ids(OutputFile page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var document = new HtmlParser().ParseDocument(page.ReadText());
        return document.QuerySelectorAll("[id], a[name]")
            .Select(e => e.Id ?? e.GetAttribute("name") ?? string.Empty)
            .ToHashSet(StringComparer.Ordinal);
    }
}
