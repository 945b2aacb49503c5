using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsletterGen.BrowserTests.Infrastructure;

/// <summary>All browser tests share one fixture: the repository's real newsletter built once
/// into a temp folder by the engine in-process, served over loopback, and one headless Debian
/// Chromium driven by Playwright. Playwright never downloads a browser here.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}

public sealed partial class BrowserSite : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser; NLG_CHROMIUM overrides it.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run",
    ];

    private string tempRoot = "";
    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The built site on disk.</summary>
    public string SiteRoot { get; private set; } = "";

    /// <summary>The test server's origin, with a trailing slash.</summary>
    public Uri Origin => server?.Address ?? throw new InvalidOperationException("The server has not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public BuildResult Build { get; private set; } = null!;

    /// <summary>The post with the most kinds of content (image, table, code, quote, footnotes, list),
    /// so checks on "a post" see as much of the theme as one post can show.</summary>
    public string RichestPostPath { get; private set; } = "";

    /// <summary>The post whose HTML is the median size: the one the page-weight budget is about.</summary>
    public string TypicalPostPath { get; private set; } = "";

    /// <summary>Every post's URL path, in order.</summary>
    public IReadOnlyList<string> PostPaths { get; private set; } = [];

    /// <summary>The tag page that lists the most posts.</summary>
    public string TagPath { get; private set; } = "";

    /// <summary>The URL path of one of the pages the tests name.</summary>
    public string PathOf(string page) => page switch
    {
        "home" => "/",
        "post" => RichestPostPath,
        "tag" => TagPath,
        "archive" => "/archive/",
        "subscribe" => "/subscribe/",
        "search" => "/search/",
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, "not a page the browser tests know"),
    };

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("NLG_CHROMIUM") is { Length: > 0 } overridden ? overridden : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"""

                ======================================================================
                CHROMIUM IS MISSING: no browser at {chromium}.
                The browser tests drive Debian's Chromium and never download one.
                Install it (as root):   apt-get update && apt-get install -y chromium
                (or point NLG_CHROMIUM at another Chromium binary)
                ======================================================================
                """);
        }

        tempRoot = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nlg-browser-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(tempRoot);
        SiteRoot = System.IO.Path.Combine(tempRoot, "site");
        // NLG_SOURCE points the tests at another checkout's content/ and templates/ (e.g. a theme
        // in progress); it is only read, like the repository itself.
        var source = Environment.GetEnvironmentVariable("NLG_SOURCE") is { Length: > 0 } other ? other : RepositoryRoot.Path;
        Build = SiteBuild.Run(new BuildOptions(source, SiteRoot));
        if (!Build.Succeeded)
        {
            Directory.Delete(tempRoot, recursive: true);
            throw new InvalidOperationException(
                $"Building the newsletter in {source} failed:{Environment.NewLine}" + string.Join(Environment.NewLine, Build.Diagnostics));
        }

        PickPages();
        server = await StaticSiteServer.StartAsync(SiteRoot);

        // Belt and braces: the .NET package never installs browsers by itself, and with an
        // ExecutablePath it does not look for its own; this keeps any install step from fetching one.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (Directory.Exists(tempRoot))
        {
            Directory.Delete(tempRoot, recursive: true);
        }
    }

    /// <summary>A fresh browser context on the test server: its requests to any other origin are
    /// aborted (and recorded by <see cref="PageProbe"/>), so no test reaches the network.</summary>
    public async Task<PageProbe> OpenAsync(ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Origin.ToString(),
            ColorScheme = scheme,
            ViewportSize = new() { Width = width, Height = height },
            DeviceScaleFactor = 1,
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
            TimezoneId = "Europe/Paris",
        });
        return await PageProbe.AttachAsync(context, Origin);
    }

    /// <summary>A built file's text, by URL path (a folder URL reads its index.html).</summary>
    public string ReadBuilt(string urlPath)
    {
        var relative = urlPath.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        return File.ReadAllText(System.IO.Path.Combine(SiteRoot, relative));
    }

    private void PickPages()
    {
        // The posts of every language's edition (posts/ and <lang>/posts/), but not the redirect
        // pages left at old URLs (a French issue's /posts/… before the French edition existed),
        // which navigate away as soon as they load.
        var folders = new[] { "posts" }.Concat(Directory.GetDirectories(SiteRoot)
            .Where(dir => Directory.Exists(System.IO.Path.Combine(dir, "posts")))
            .Select(dir => System.IO.Path.GetFileName(dir) + "/posts"));
        var posts = folders
            .SelectMany(folder => Directory.GetDirectories(System.IO.Path.Combine(SiteRoot, folder))
                .Select(dir => (Path: $"/{folder}/{System.IO.Path.GetFileName(dir)}/", Html: File.ReadAllText(System.IO.Path.Combine(dir, "index.html")))))
            .Where(p => !p.Html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToList();
        if (posts.Count == 0)
        {
            throw new InvalidOperationException("The built site has no posts/*/index.html.");
        }

        PostPaths = posts.Select(p => p.Path).ToList();

        // Code blocks, tables and images are what most often break a theme (overflow, keyboard
        // access, contrast), so they count for more than the rest.
        (string Marker, int Weight)[] features = [("<pre", 3), ("<table", 3), ("<img", 3), ("<blockquote", 1), ("footnote", 1), ("<ol", 1), ("<h3", 1)];
        RichestPostPath = posts
            .OrderByDescending(p => features.Where(f => p.Html.Contains(f.Marker, StringComparison.Ordinal)).Sum(f => f.Weight))
            .ThenByDescending(p => p.Html.Length)
            .First().Path;
        TypicalPostPath = posts.OrderBy(p => p.Html.Length).ElementAt(posts.Count / 2).Path;
        TagPath = Directory.GetDirectories(System.IO.Path.Combine(SiteRoot, "tags"))
            .Where(dir => File.Exists(System.IO.Path.Combine(dir, "index.html")))
            .Select(dir => (Path: $"/tags/{System.IO.Path.GetFileName(dir)}/", Posts: PostLink().Count(File.ReadAllText(System.IO.Path.Combine(dir, "index.html")))))
            .OrderByDescending(t => t.Posts)
            .ThenBy(t => t.Path, StringComparer.Ordinal)
            .Select(t => t.Path)
            .FirstOrDefault() ?? throw new InvalidOperationException("The built site has no tags/*/index.html.");
    }

    [GeneratedRegex("href=\"[^\"]*/posts/[^\"/]+/\"")]
    private static partial Regex PostLink();
}
