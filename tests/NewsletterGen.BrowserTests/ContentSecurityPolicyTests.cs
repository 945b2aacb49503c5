using System.Collections.Concurrent;
using AwesomeAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using NewsletterGen.BrowserTests.Infrastructure;
using NewsletterGen.Serve;

namespace NewsletterGen.BrowserTests;

/// <summary>The second wall of the privacy promise, seen from a real browser: a built page edited
/// after the build to load from another origin (a second server on another port of loopback)
/// makes no request there, because of the page's Content-Security-Policy; the same page without
/// the policy does, which shows the probe can see a leak. And the preview server's live reload
/// still runs under the policy.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ContentSecurityPolicyTests(BrowserSite site)
{
    [Fact]
    public async Task A_built_page_edited_to_load_from_another_origin_makes_no_request_there()
    {
        await using var elsewhere = await CountingServer.StartAsync();
        var original = site.ReadBuilt(site.RichestPostPath);
        original.Should().Contain("http-equiv=\"Content-Security-Policy\"");
        var hostile = $"""
            <img src="{elsewhere.Url}img.png" alt="">
            <link rel="stylesheet" href="{elsewhere.Url}a.css">
            <script src="{elsewhere.Url}s.js"></script>
            <div style="background-image: url({elsewhere.Url}bg.png); width: 10px; height: 10px"></div>
            <iframe src="{elsewhere.Url}frame" title="f"></iframe>
            <svg width="10" height="10"><image href="{elsewhere.Url}svg.png" width="10" height="10"/></svg>
            <video src="{elsewhere.Url}v.mp4" poster="{elsewhere.Url}poster.png"></video>
            <object data="{elsewhere.Url}o.html" width="10" height="10"></object>
            """;
        var edited = original.Replace("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">", "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">" + hostile, StringComparison.Ordinal);
        edited.Should().NotBe(original);
        WritePage("csp-probe-with", edited);
        WritePage("csp-probe-without", RemovePolicy(edited));
        try
        {
            var blocked = await VisitAsync("/csp-probe-with/");
            elsewhere.Requests.Should().BeEmpty("the page's policy allows its own origin only");
            blocked.Should().Contain(m => m.Contains("Content Security Policy", StringComparison.Ordinal));

            await VisitAsync("/csp-probe-without/");
            elsewhere.Requests.Should().Contain(r => r.EndsWith("/img.png", StringComparison.Ordinal), "without the policy the same page does contact the other origin");
        }
        finally
        {
            Directory.Delete(System.IO.Path.Combine(site.SiteRoot, "csp-probe-with"), recursive: true);
            Directory.Delete(System.IO.Path.Combine(site.SiteRoot, "csp-probe-without"), recursive: true);
        }
    }

    [Fact]
    public async Task A_policy_with_an_allowed_origin_lets_images_media_and_frames_load_from_it_and_nothing_else()
    {
        await using var elsewhere = await CountingServer.StartAsync();
        var allowed = elsewhere.Url.GetLeftPart(UriPartial.Authority);
        var original = site.ReadBuilt(site.RichestPostPath);
        var embeds = $"""
            <img src="{elsewhere.Url}img.png" alt="">
            <iframe src="{elsewhere.Url}frame" title="f"></iframe>
            <video src="{elsewhere.Url}v.mp4" preload="auto"></video>
            <link rel="stylesheet" href="{elsewhere.Url}a.css">
            <script src="{elsewhere.Url}s.js"></script>
            <object data="{elsewhere.Url}o.html" width="10" height="10"></object>
            """;
        var edited = WithPolicy(original, NewsletterGen.Checks.ContentSecurityPolicy.For([allowed]))
            .Replace("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">", "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">" + embeds, StringComparison.Ordinal);
        edited.Should().Contain(allowed + ";");
        WritePage("csp-probe-allowed", edited);
        try
        {
            await VisitAsync("/csp-probe-allowed/");
            elsewhere.Requests.Should().Contain(r => r.EndsWith("/img.png", StringComparison.Ordinal))
                .And.Contain(r => r.EndsWith("/frame", StringComparison.Ordinal))
                .And.Contain(r => r.EndsWith("/v.mp4", StringComparison.Ordinal));
            elsewhere.Requests.Should().NotContain(r => r.EndsWith("/a.css", StringComparison.Ordinal) || r.EndsWith("/s.js", StringComparison.Ordinal) || r.EndsWith("/o.html", StringComparison.Ordinal),
                "allow_origins allows images, media and frames only, as the origin check does");
        }
        finally
        {
            Directory.Delete(System.IO.Path.Combine(site.SiteRoot, "csp-probe-allowed"), recursive: true);
        }
    }

    [Fact]
    public async Task The_preview_servers_live_reload_runs_under_the_policy()
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nlg-csp-serve-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            CopyFolder(System.IO.Path.Combine(RepositoryRoot.Path, "content"), System.IO.Path.Combine(root, "content"));
            CopyFolder(System.IO.Path.Combine(RepositoryRoot.Path, "templates"), System.IO.Path.Combine(root, "templates"));
            await using var session = await PreviewSession.StartAsync(new BuildOptions(root, System.IO.Path.Combine(root, "_site")), 0, cancellationToken: TestContext.Current.CancellationToken);
            await using var context = await site.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var messages = new ConcurrentQueue<string>();
            page.Console += (_, m) => messages.Enqueue(m.Text);

            await page.GotoAsync(session.Url.ToString());

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (session.ListenerCount == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            session.ListenerCount.Should().Be(1, "the page's preview script should have connected to the event stream");
            messages.Should().NotContain(m => m.Contains("Content Security Policy", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private async Task<List<string>> VisitAsync(string path)
    {
        await using var context = await site.Browser.NewContextAsync(new() { BaseURL = site.Origin.ToString() });
        var page = await context.NewPageAsync();
        var messages = new ConcurrentQueue<string>();
        page.Console += (_, m) => messages.Enqueue(m.Text);
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForTimeoutAsync(300);
        return [.. messages];
    }

    private void WritePage(string folder, string html)
    {
        var path = System.IO.Path.Combine(site.SiteRoot, folder, "index.html");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html);
    }

    /// <summary>The page with its policy replaced by <paramref name="policy"/>: what the build writes
    /// for a site with allow_origins.</summary>
    private static string WithPolicy(string html, string policy)
    {
        var start = html.IndexOf("<meta http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal);
        var end = html.IndexOf('>', start);
        return html[..start] + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">" + html[(end + 1)..];
    }

    private static string RemovePolicy(string html)
    {
        var start = html.IndexOf("<meta http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal);
        var end = html.IndexOf('>', start);
        return html.Remove(start, end - start + 1);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Another origin on loopback (another port): answers everything and records each request's path.</summary>
    private sealed class CountingServer : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private CountingServer(WebApplication app, Uri url)
        {
            _app = app;
            Url = url;
        }

        public Uri Url { get; }

        public ConcurrentQueue<string> Requests { get; } = new();

        public static async Task<CountingServer> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            CountingServer? server = null;
            app.Run(context =>
            {
                server!.Requests.Enqueue(context.Request.Path.Value ?? "/");
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
            await app.StartAsync();
            var bound = app.Urls.Single();
            server = new CountingServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
