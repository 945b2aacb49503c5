using System.Net;
using AngleSharp.Html.Parser;
using AwesomeAssertions;
using NewsletterGen.Serve;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Serve;

/// <summary>What the preview server sends for each request, over real HTTP on loopback.</summary>
public class PreviewServerTests
{
    private static readonly string OnePost = SampleSites.OnePost("First version.");

    private const string Secret = "TOP-SECRET-OUTSIDE-THE-OUTPUT";

    [Fact]
    public async Task Serves_index_html_with_the_reload_script_while_the_file_on_disk_has_none()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);

        var response = await served.Http.GetAsync("/", timeout.Token);
        var html = await response.Content.ReadAsStringAsync(timeout.Token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var document = new HtmlParser().ParseDocument(html);
        var script = document.Body!.LastElementChild!;
        script.TagName.Should().Be("SCRIPT");
        script.GetAttribute("src").Should().Be(PreviewMarkup.ScriptPath, "pages allow scripts from the site's origin only, not inline ones");
        script.GetAttribute("data-version").Should().NotBeNullOrEmpty();
        var scriptResponse = await served.Http.GetAsync(PreviewMarkup.ScriptPath, timeout.Token);
        scriptResponse.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await scriptResponse.Content.ReadAsStringAsync(timeout.Token)).Should().Contain("new EventSource(\"/__newslettergen/events\")").And.Contain("location.reload()");
        document.QuerySelector("main h2")!.TextContent.Should().Contain("Hello");
        served.Site.ReadText("index.html").Should().NotContain("EventSource").And.NotContain("newslettergen serve");
    }

    [Fact]
    public async Task Answers_an_unknown_path_with_the_sites_404_page_and_status_404()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);

        var response = await served.Http.GetAsync("/no/such/page/", timeout.Token);
        var html = await response.Content.ReadAsStringAsync(timeout.Token);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        new HtmlParser().ParseDocument(html).Title.Should().StartWith("Page not found");
        html.Should().Contain(PreviewMarkup.ScriptPath);
    }

    [Theory]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/..\\..\\x")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%2Fsecret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/posts/..%2f..%2fsecret.txt")]
    [InlineData("/ROOT/secret.txt")]
    [InlineData("//ROOT/secret.txt")]
    public async Task Never_serves_a_file_outside_the_output_folder(string target)
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        served.Site.Write("secret.txt", Secret); // beside _site, one level up

        var response = await served.GetRawAsync(target.Replace("/ROOT/", served.Site.Root + "/", StringComparison.Ordinal), timeout.Token);
        var body = await response.Content.ReadAsStringAsync(timeout.Token);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body.Should().NotContain(Secret).And.NotContain("root:x:0:0");
    }

    [Fact]
    public async Task A_symbolic_link_in_the_output_that_points_outside_it_is_not_found()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "creating symbolic links needs extra rights on Windows");
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        served.Site.Write("outside/secret.txt", Secret);
        var output = served.Site.Output;
        File.CreateSymbolicLink(Path.Combine(output, "absolute.txt"), Path.Combine(served.Site.Root, "outside", "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(output, "relative.txt"), "../outside/secret.txt");
        Directory.CreateSymbolicLink(Path.Combine(output, "folder"), Path.Combine(served.Site.Root, "outside"));
        File.CreateSymbolicLink(Path.Combine(output, "via-folder.txt"), "folder/secret.txt");
        File.CreateSymbolicLink(Path.Combine(output, "inside.html"), "index.html");

        foreach (var target in new[] { "/absolute.txt", "/relative.txt", "/folder/secret.txt", "/folder/", "/via-folder.txt" })
        {
            var response = await served.Http.GetAsync(target, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, target);
            body.Should().NotContain(Secret, target);
        }

        (await served.Http.GetAsync("/inside.html", timeout.Token)).StatusCode.Should().Be(HttpStatusCode.OK, "a link that stays inside the output is followed");
    }

    [Fact]
    public async Task A_folder_url_without_its_trailing_slash_redirects_to_the_slash_form()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);

        var response = await served.Http.GetAsync("/posts/hello?from=feed", timeout.Token);
        var page = await served.Http.GetAsync("/posts/hello/", timeout.Token);

        response.StatusCode.Should().Be(HttpStatusCode.Found);
        response.Headers.Location!.OriginalString.Should().Be("/posts/hello/?from=feed");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync(timeout.Token)).Should().Contain("First version.");
    }

    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/style.css", "text/css; charset=utf-8")]
    [InlineData("assets/search.js", "text/javascript; charset=utf-8")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    [InlineData("feed.json", "application/json; charset=utf-8")]
    [InlineData("assets/favicon.svg", "image/svg+xml")]
    [InlineData("images/a.png", "image/png")]
    [InlineData("images/a.jpg", "image/jpeg")]
    [InlineData("images/a.webp", "image/webp")]
    [InlineData("fonts/a.woff2", "font/woff2")]
    public async Task Sends_each_kind_of_file_with_its_content_type_and_no_caching(string path, string contentType)
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        foreach (var file in new[] { "images/a.png", "images/a.jpg", "images/a.webp", "fonts/a.woff2" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(served.Site.Output, file))!);
            await File.WriteAllBytesAsync(Path.Combine(served.Site.Output, file), [0x89, 0x50, 0x4E, 0x47], timeout.Token);
        }

        var response = await served.Http.GetAsync("/" + path, timeout.Token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(contentType);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("feed.json")]
    [InlineData("sitemap.xml")]
    [InlineData("assets/style.css")]
    public async Task Sends_feeds_and_other_files_that_are_not_pages_byte_for_byte(string path)
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);

        var bytes = await served.Http.GetByteArrayAsync("/" + path, timeout.Token);

        bytes.Should().Equal(await File.ReadAllBytesAsync(Path.Combine(served.Site.Output, path), timeout.Token));
    }

    [Fact]
    public async Task Marks_draft_and_scheduled_posts_with_a_banner_and_published_ones_with_none()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost + """

            -- content/posts/draft.md --
            ---
            title: Secret draft
            date: 2024-06-01
            draft: true
            ---
            Not yet.
            -- content/posts/later.md --
            ---
            title: Later
            date: 2030-03-01T09:00:00+01:00
            ---
            Soon.
            """, o => o with { IncludeDrafts = true, IncludeFuture = true });

        async Task<string?> Banner(string url)
        {
            var html = await served.Http.GetStringAsync(url, timeout.Token);
            return new HtmlParser().ParseDocument(html).GetElementById(PreviewMarkup.BannerId)?.TextContent;
        }

        (await Banner("/posts/secret-draft/")).Should().Be("Draft: not published. The preview shows it because of --drafts.");
        (await Banner("/posts/later/")).Should().Be("Scheduled for 2030-03-01 09:00 +01:00: not published yet. The preview shows it because of --future.");
        (await Banner("/posts/hello/")).Should().BeNull();
        (await Banner("/")).Should().BeNull();
        served.Site.ReadText("posts/secret-draft/index.html").Should().NotContain(PreviewMarkup.BannerId);
    }

    [Fact]
    public async Task Serves_a_site_published_below_a_folder_below_the_same_folder()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost + """

            -- content/site.yml --
            title: Below
            base_url: https://example.org/letter/
            """);

        var root = await served.Http.GetAsync("/", timeout.Token);
        var home = await served.Http.GetAsync("/letter/", timeout.Token);
        var post = await served.Http.GetAsync("/letter/posts/hello/", timeout.Token);
        var outside = await served.Http.GetAsync("/posts/hello/", timeout.Token);

        root.StatusCode.Should().Be(HttpStatusCode.Found);
        root.Headers.Location!.OriginalString.Should().Be("/letter/");
        home.StatusCode.Should().Be(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync(timeout.Token)).Should().Contain("href=\"/letter/posts/hello/\"");
        post.StatusCode.Should().Be(HttpStatusCode.OK);
        outside.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Answers_a_head_request_with_the_headers_only_and_refuses_other_methods()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);

        var head = await served.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/feed.xml"), timeout.Token);
        var post = await served.Http.PostAsync("/", new StringContent("x"), timeout.Token);

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentLength.Should().Be(new FileInfo(Path.Combine(served.Site.Output, "feed.xml")).Length);
        (await head.Content.ReadAsByteArrayAsync(timeout.Token)).Should().BeEmpty();
        post.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }
}
