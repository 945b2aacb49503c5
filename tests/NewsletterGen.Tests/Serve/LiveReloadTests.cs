using System.Net;
using System.Text.Json;
using AwesomeAssertions;
using NewsletterGen.Serve;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Serve;

/// <summary>Changing a source file rebuilds the site and tells open pages, over the event stream,
/// to reload or to show the errors. The tests wait for events, never for fixed times.</summary>
public class LiveReloadTests
{
    private static readonly string OnePost = SampleSites.OnePost("First version.");

    private static string Post(string body, string date = "2024-05-01") => $"---\ntitle: Hello\ndate: {date}\n---\n{body}\n";

    private static List<string> Errors(ServerEvent e)
    {
        using var json = JsonDocument.Parse(e.Data);
        return json.RootElement.GetProperty("errors").EnumerateArray().Select(x => x.GetString()!).ToList();
    }

    [Fact]
    public async Task Editing_a_post_rebuilds_the_site_and_sends_reload_after_which_the_page_shows_the_new_text()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        await using var events = await served.OpenEventsAsync(timeout.Token);

        served.Site.Write("content/posts/hello.md", Post("Second version."));
        var reload = await events.WaitForAsync("reload", timeout.Token);

        events.ContentType.Should().Be("text/event-stream");
        reload.Data.Should().NotBe(JsonDocument.Parse(events.Hello.Data).RootElement.GetProperty("version").GetString(), "each good build is a new version");
        var page = await served.Http.GetStringAsync("/posts/hello/", timeout.Token);
        page.Should().Contain("Second version.").And.NotContain("First version.");
        served.Session.RebuildCount.Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Breaking_a_posts_front_matter_sends_the_errors_keeps_serving_the_old_page_and_fixing_it_sends_reload()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        await using var events = await served.OpenEventsAsync(timeout.Token);

        served.Site.Write("content/posts/hello.md", Post("Broken version.", date: "someday <b>"));
        var errors = await events.WaitForAsync("errors", timeout.Token);
        var oldPage = await served.Http.GetAsync("/posts/hello/", timeout.Token);

        Errors(errors).Should().Equal(
            "content/posts/hello.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not 'someday <b>'");
        errors.Data.Should().NotContain("<b>", "the data is JSON with < escaped, so it cannot close a tag wherever it lands");
        oldPage.StatusCode.Should().Be(HttpStatusCode.OK);
        (await oldPage.Content.ReadAsStringAsync(timeout.Token)).Should().Contain("First version.");

        served.Site.Write("content/posts/hello.md", Post("Fixed version."));
        await events.WaitForAsync("reload", timeout.Token);

        (await served.Http.GetStringAsync("/posts/hello/", timeout.Token)).Should().Contain("Fixed version.");
    }

    [Fact]
    public async Task A_page_that_connects_while_the_build_is_broken_is_told_the_errors_at_once()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        await using (var first = await served.OpenEventsAsync(timeout.Token))
        {
            served.Site.Write("content/posts/hello.md", "---\ntitle: Hello\n");
            await first.WaitForAsync("errors", timeout.Token);
        }

        await using var later = await served.OpenEventsAsync(timeout.Token);
        var status = await served.Http.GetStringAsync(PreviewServer.StatusPath, timeout.Token);

        Errors(later.Hello).Should().ContainSingle().Which.Should().StartWith("content/posts/hello.md:1:1: error NG0104: ");
        JsonDocument.Parse(status).RootElement.GetProperty("succeeded").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_rebuild_renders_only_the_pages_a_save_affects_and_leaves_the_same_site_as_a_clean_build()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync("""
            -- content/posts/a.md --
            ---
            title: Alpha
            date: 2024-05-01
            tags: [Compute]
            summary: About compute.
            ---
            Alpha's first text.
            -- content/posts/b.md --
            ---
            title: Beta
            date: 2024-05-02
            tags: [Compute]
            ---
            Beta.
            -- content/posts/c.md --
            ---
            title: Gamma
            date: 2024-05-03
            ---
            Gamma links to [Alpha](a.md).
            """);
        await using var events = await served.OpenEventsAsync(timeout.Token);
        var pages = served.Builds[0].Result.RenderedPages;

        served.Site.Write("content/posts/a.md", "---\ntitle: Alpha\ndate: 2024-05-01\ntags: [Compute]\nsummary: About compute.\n---\nAlpha's second text.\n");
        await events.WaitForAsync("reload", timeout.Token);
        served.Site.Write("templates/partials/post-list.html", File.ReadAllText(Path.Combine(served.Site.Root, "templates/partials/post-list.html")) + "<!-- list -->\n");
        await events.WaitForAsync("reload", timeout.Token);

        var builds = served.Builds;
        builds[^2].Result.RenderedPages.Should().Be(1, "only Alpha's own page shows its text; lists show its unchanged summary");
        builds[^2].Result.PatchedLastBuild.Should().BeTrue("the watcher named the one post whose text changed, so the last build was patched");
        builds[^1].Result.PatchedLastBuild.Should().BeFalse("a template changed");
        builds[^1].Result.RenderedPages.Should().BeInRange(2, pages - 1, "the partial is on the home and tag pages, not on posts");
        (await served.Http.GetStringAsync("/posts/alpha/", timeout.Token)).Should().Contain("Alpha's second text.");
        var clean = Path.Combine(served.Site.Root, "_clean");
        SiteBuild.Run(new BuildOptions(served.Site.Root, clean, Now: TestSite.Now)).Succeeded.Should().BeTrue();
        foreach (var file in Directory.EnumerateFiles(clean, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(clean, file);
            File.ReadAllBytes(Path.Combine(served.Site.Output, relative)).Should().Equal(File.ReadAllBytes(file), $"/{relative} should be as a clean build makes it");
        }

        Directory.EnumerateFiles(served.Site.Output, "*", SearchOption.AllDirectories).Should().HaveSameCount(Directory.EnumerateFiles(clean, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_content_folder_made_after_the_server_started_is_watched()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost, before: site => Directory.Delete(Path.Combine(site.Root, "content"), recursive: true));
        await using var events = await served.OpenEventsAsync(timeout.Token);
        served.Builds[0].Result.Succeeded.Should().BeFalse("there is no site.yml yet");

        // As `git checkout` or a copy would: the folder appears with its files.
        var staging = Path.Combine(Path.GetTempPath(), "nlg-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(staging, "posts"));
        File.WriteAllText(Path.Combine(staging, "site.yml"), TestSite.DefaultSiteYml);
        File.WriteAllText(Path.Combine(staging, "posts", "hello.md"), Post("Arrived later."));
        Directory.Move(staging, Path.Combine(served.Site.Root, "content"));

        await events.WaitForAsync("reload", timeout.Token);
        (await served.Http.GetStringAsync("/posts/hello/", timeout.Token)).Should().Contain("Arrived later.");
    }

    [Fact]
    public async Task A_burst_of_20_rapid_writes_causes_fewer_than_5_rebuilds()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        await using var events = await served.OpenEventsAsync(timeout.Token);

        for (var i = 1; i <= 20; i++)
        {
            served.Site.Write("content/posts/hello.md", Post($"Version {i}."));
        }

        // Every burst ends with a rebuild that saw the last write.
        string page;
        do
        {
            await events.WaitForAsync("reload", timeout.Token);
            page = await served.Http.GetStringAsync("/posts/hello/", timeout.Token);
        }
        while (!page.Contains("Version 20.", StringComparison.Ordinal));

        served.Session.RebuildCount.Should().BeInRange(1, 4);
    }

    [Fact]
    public async Task Saving_through_a_temporary_file_and_a_rename_rebuilds_the_site()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        await using var events = await served.OpenEventsAsync(timeout.Token);

        served.Site.Write("content/posts/.hello.md.tmp", Post("Saved atomically."));
        File.Move(Path.Combine(served.Site.Root, "content/posts/.hello.md.tmp"), Path.Combine(served.Site.Root, "content/posts/hello.md"), overwrite: true);
        await events.WaitForAsync("reload", timeout.Token);

        (await served.Http.GetStringAsync("/posts/hello/", timeout.Token)).Should().Contain("Saved atomically.");
    }

    [Fact]
    public async Task Editing_a_template_rebuilds_the_site()
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        await using var events = await served.OpenEventsAsync(timeout.Token);

        var layout = File.ReadAllText(Path.Combine(served.Site.Root, "templates/layout.html"));
        served.Site.Write("templates/layout.html", layout.Replace("</footer>", "<p>Edited footer</p></footer>", StringComparison.Ordinal));
        await events.WaitForAsync("reload", timeout.Token);

        (await served.Http.GetStringAsync("/", timeout.Token)).Should().Contain("Edited footer");
    }

    [Fact]
    public async Task Stopping_the_server_ends_the_open_event_streams()
    {
        using var timeout = TestTimeout.Start();
        var served = await ServedSite.StartAsync(OnePost);
        EventSourceClient events;
        try
        {
            events = await served.OpenEventsAsync(timeout.Token);
            served.Session.ListenerCount.Should().Be(1);
        }
        finally
        {
            await served.DisposeAsync();
        }

        await using (events)
        {
            (await events.NextAsync(timeout.Token)).Should().BeNull("the server closed the stream");
        }
    }

    [Theory]
    [InlineData("content/posts/.hello.md.swp", true)]
    [InlineData("content/posts/.hello.md.swx", true)]
    [InlineData("content/posts/hello.md~", true)]
    [InlineData("content/posts/.#hello.md", true)]
    [InlineData("content/posts/#hello.md#", true)]
    [InlineData("content/posts/hello.md.tmp", true)]
    [InlineData("content/posts/4913", true)]
    [InlineData("content/.git/index", true)]
    [InlineData("content/posts/hello.md", false)]
    [InlineData("content/site.yml", false)]
    [InlineData("templates/partials/post-list.html", false)]
    [InlineData("content/static/images/4913.png", false)]
    public void Editors_temporary_and_backup_files_cause_no_rebuild(string path, bool ignored)
    {
        SiteWatcher.IsIgnored(path).Should().Be(ignored);
    }

    [Fact]
    public void The_default_output_folder_is_named_after_the_source_and_kept_out_of_it()
    {
        var source = Path.Combine(Path.GetTempPath(), "my letter");

        var output = PreviewSession.DefaultOutputDirectory(source);

        Path.GetDirectoryName(output).Should().Be(Path.Combine(Path.GetTempPath(), "newslettergen-serve"));
        Path.GetFileName(output).Should().MatchRegex("^my-letter-[0-9a-f]{8}$");
        PreviewSession.DefaultOutputDirectory(Path.Combine(Path.GetTempPath(), "other", "my letter")).Should().NotBe(output);
    }
}
