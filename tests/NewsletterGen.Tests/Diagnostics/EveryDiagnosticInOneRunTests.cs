using AwesomeAssertions;
using NewsletterGen.Tests.Cli;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Diagnostics;

/// <summary>A post whose front matter fails is reported and left out, and every later check of
/// the build (URLs, links, origins, template tags) still runs on the others, so a writer sees
/// every diagnostic in the first run. The run still fails and writes nothing.</summary>
public class EveryDiagnosticInOneRunTests
{
    /// <summary>Three broken front matters, and a good post with a broken link, an image from
    /// another origin and a Liquid tag.</summary>
    private const string Broken = """
        -- content/posts/bad-yaml.md --
        ---
        title: Bad YAML
        tags: [one, two
        date: 2024-05-01
        ---
        Body.
        -- content/posts/bad-date.md --
        ---
        title: Bad date
        date: someday
        ---
        Body.
        -- content/posts/no-title.md --
        ---
        date: 2024-05-01
        ---
        Body.
        -- content/posts/good.md --
        ---
        title: Good
        date: 2024-05-01
        ---
        A [lost link](/nowhere/).

        A dog: <img src="https://cdn.example.org/dog.png" alt="A dog">

        Some {% assign x = 1 %} Liquid.
        """;

    private static IEnumerable<string> Found(TestSite site) =>
        site.Diagnostics.Select(d => $"{d.Location} {(d.IsError ? "error" : "warning")} {d.Code}");

    /// <summary>Builds content/posts/2024-05-01-bad.md, left out for its date (line 3, column 7;
    /// its URL would be /posts/bad/), beside content/posts/good.md whose body, from line 5, is
    /// <paramref name="goodBody"/>.</summary>
    private static TestSite BuildBesideAPostLeftOut(string goodBody) => TestSite.Build($"""
        {SampleSites.Post("2024-05-01-bad.md", "Bad", "someday")}
        {SampleSites.Post("good.md", "Good", "2024-05-02", goodBody)}
        """);

    [Fact]
    public void Reports_broken_front_matters_a_broken_link_another_origin_and_a_liquid_tag_in_one_run()
    {
        using var site = TestSite.Build(Broken);

        Found(site).Should().Equal(
            "content/posts/bad-date.md:3:7 error NG0102",
            "content/posts/bad-yaml.md:3:7 error NG0103",
            "content/posts/good.md:5:3 warning NG0301",
            "content/posts/good.md:7:18 error NG0701",
            "content/posts/good.md:9:6 warning NG0820",
            "content/posts/no-title.md:1:1 error NG0101");
        site.Result.Succeeded.Should().BeFalse();
        site.OutputFiles().Should().BeEmpty();
    }

    [Fact]
    public void The_check_command_prints_every_diagnostic_of_the_site_and_exits_1()
    {
        using var site = TestSite.Create(Broken);

        var run = CliRun.Start(site.Root, "check");

        run.ExitCode.Should().Be(1);
        run.StderrLines.Where(l => l.StartsWith("content/", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(": ", l.IndexOf(" NG", StringComparison.Ordinal), StringComparison.Ordinal)])
            .Should().Equal(
                "content/posts/bad-date.md:3:7: error NG0102",
                "content/posts/bad-yaml.md:3:7: error NG0103",
                "content/posts/good.md:5:3: warning NG0301",
                "content/posts/good.md:7:18: error NG0701",
                "content/posts/good.md:9:6: warning NG0820",
                "content/posts/no-title.md:1:1: error NG0101");
        run.StderrLines.Should().Contain("Check failed: 4 errors, 2 warnings.");
    }

    [Fact]
    public void The_build_command_prints_every_diagnostic_and_writes_nothing()
    {
        using var site = TestSite.Create(Broken);

        var run = CliRun.Start(site.Root, "build");

        run.ExitCode.Should().Be(1);
        run.StderrLines.Count(l => l.StartsWith("content/", StringComparison.Ordinal)).Should().Be(6);
        Directory.Exists(site.Output).Should().BeFalse();
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TestSite.Build($"""
            {SampleSites.Post("a.md", "A", "2024-05-01")}
            {SampleSites.Post("b.md", "B", "2024-05-02")}
            """);
        site.Result.Succeeded.Should().BeTrue();
        var before = FolderSnapshot.Of(site.Output);

        site.Write("content/posts/b.md", "---\ntitle: B\ndate: someday\n---\nBody, [lost](/nowhere/).\n");
        site.Rebuild();

        site.Result.Succeeded.Should().BeFalse();
        Found(site).Should().Equal("content/posts/b.md:3:7 error NG0102");
        FolderSnapshot.Of(site.Output).Should().Equal(before);
    }

    [Fact]
    public void A_link_to_a_post_left_out_names_the_error_to_fix_instead_of_a_broken_link()
    {
        using var site = BuildBesideAPostLeftOut("""
            [The bad one](2024-05-01-bad.md).

            See {% post_url 2024-05-01-bad %} too.

            [By its URL](/posts/bad/#part).
            """);

        const string Why = "leads to a post or page left out of this build because its front matter has an error (at content/posts/2024-05-01-bad.md:3:7); fix that error and this link works";
        site.Errors.Should().Equal(
            "content/posts/2024-05-01-bad.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not 'someday'");
        site.Warnings.Should().Equal(
            $"content/posts/good.md:5:1: warning NG0108: '2024-05-01-bad.md' {Why}",
            $"content/posts/good.md:7:5: warning NG0108: '{{% post_url 2024-05-01-bad %}}' {Why}",
            $"content/posts/good.md:9:1: warning NG0108: '/posts/bad/#part' {Why}");
    }

    [Fact]
    public void A_link_to_a_post_that_does_not_exist_is_still_a_broken_link_when_another_post_is_left_out()
    {
        using var site = BuildBesideAPostLeftOut("[Lost](lost.md).");

        site.Warnings.Should().Equal("content/posts/good.md:5:1: warning NG0301: 'lost.md' is not a post or page of this site");
    }

    [Fact]
    public void Fixing_the_post_left_out_makes_the_link_to_it_work_in_the_next_build()
    {
        using var site = BuildBesideAPostLeftOut("[The bad one](2024-05-01-bad.md).");
        site.Warnings.Should().ContainSingle(w => w.Contains("NG0108", StringComparison.Ordinal));

        site.Write("content/posts/2024-05-01-bad.md", "---\ntitle: Bad\ndate: 2024-05-01\n---\nBody.\n");
        site.Rebuild();

        site.Diagnostics.Should().BeEmpty();
        site.Html("posts/good/index.html").QuerySelector(".prose a")!.GetAttribute("href").Should().Be("/posts/bad/");
    }

    [Fact]
    public void Reports_a_url_clash_between_good_posts_in_the_run_that_reports_a_broken_front_matter()
    {
        using var site = TestSite.Build($"""
            {SampleSites.Post("2023-01-01-notes.md", "Release notes", "2023-01-01")}
            {SampleSites.Post("2024-01-01-notes.md", "Release notes", "2024-01-01")}
            -- content/posts/broken.md --
            ---
            title: Broken
            ---
            Body.
            """);

        site.Diagnostics.Select(d => d.Code).Should().Contain(["NG0107", "NG0206"]);
    }
}
