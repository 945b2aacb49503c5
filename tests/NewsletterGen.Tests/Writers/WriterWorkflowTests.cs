using System.Diagnostics;
using AwesomeAssertions;
using NewsletterGen.Content;
using NewsletterGen.Tests.Cli;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Writers;

/// <summary>What writers use besides the build: `new`, `check` for CI, link warnings, slugs in
/// their language, hostile files, and dates from git.</summary>
public class WriterWorkflowTests
{
    [Fact]
    public void New_writes_a_post_dated_now_on_the_sites_clock_with_complete_front_matter()
    {
        using var site = TestSite.Create("");
        var now = new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero); // already the 28th in Paris

        var result = PostScaffold.Create(site.Root, "Souveraineté: the \"next\" step #2", ["EU AI Act", "Mistral"], isDraft: true, now);

        result.Diagnostics.Should().BeEmpty();
        result.RelativePath.Should().Be("content/posts/2026-11-28-souverainete-the-next-step-2.md");
        File.ReadAllText(Path.Combine(site.Root, result.RelativePath!)).Should().Be("""
            ---
            title: "Souveraineté: the \"next\" step #2"
            date: 2026-11-28T00:30:00+01:00
            authors: [ada]
            tags: ["EU AI Act", "Mistral"]
            summary: ""
            draft: true
            ---

            Write the issue here. Without a summary above, the first paragraph is the summary.

            """);
        site.Rebuild(o => o with { IncludeDrafts = true });
        site.Errors.Should().BeEmpty();
        site.Html("posts/souverainete-the-next-step-2/index.html").QuerySelector("h1")!.TextContent.Should().Be("Souveraineté: the \"next\" step #2");
    }

    [Fact]
    public void New_never_overwrites_an_existing_post()
    {
        using var site = TestSite.Create("""
            -- content/posts/2026-11-27-hello.md --
            mine
            """);

        var result = PostScaffold.Create(site.Root, "Hello", [], isDraft: false, new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

        result.RelativePath.Should().BeNull();
        result.Diagnostics.Select(d => d.ToString()).Should().Equal("content/posts/2026-11-27-hello.md:1:1: error NG0203: this file already exists; it was left as it was (choose another title)");
        File.ReadAllText(Path.Combine(site.Root, "content/posts/2026-11-27-hello.md")).Should().Be("mine\n");
    }

    [Fact]
    public void Links_to_missing_pages_anchors_and_images_are_warnings_at_their_place_and_the_build_succeeds()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            ---
            ## Real heading

            [nowhere](/nowhere/) and [bad anchor](#nope) and [good anchor](#real-heading).

            ![missing](/images/none.png)
            """);

        site.Result.Succeeded.Should().BeTrue();
        site.Warnings.Should().Equal(
            "content/posts/a.md:7:1: warning NG0301: the link '/nowhere/' leads to no page or file of the built site",
            "content/posts/a.md:7:26: warning NG0302: '#nope' is not an id on this page",
            "content/posts/a.md:9:1: warning NG0303: the image '/images/none.png' does not exist in the built site");
    }

    [Fact]
    public void Warnings_fail_the_build_when_warnings_are_errors()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            ---
            [nowhere](/nowhere/)
            """, o => o with { WarningsAsErrors = true });

        site.Result.Succeeded.Should().BeFalse();
        Directory.Exists(site.Output).Should().BeFalse();
    }

    [Theory]
    [InlineData("de", "Größe und Übermaß", "groesse-und-uebermass")]
    [InlineData("en", "Größe und Übermaß", "grosse-und-ubermass")]
    [InlineData("pl", "Łódź i Kraków", "lodz-i-krakow")]
    [InlineData("fr", "Œuvre et cœur", "oeuvre-et-coeur")]
    public void Slugs_follow_the_transliteration_rules_of_the_posts_language(string language, string title, string slug)
    {
        using var site = TestSite.Build($"""
            -- content/posts/a.md --
            ---
            title: "{title}"
            date: 2024-05-01
            language: {language}
            ---
            Text.
            """);

        site.Exists($"posts/{slug}/index.html").Should().BeTrue();
    }

    [Fact]
    public void A_ten_thousand_deep_list_or_quote_is_a_clear_error_not_a_crash()
    {
        using var site = TestSite.Build("""
            -- content/posts/deep.md --
            ---
            title: Deep
            date: 2024-05-01
            ---

            """ + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n\n" + new string('>', 10_000) + " quote\n");

        site.Errors.Should().Equal("content/posts/deep.md:5:1: error NG0003: the Markdown is nested too deeply (lists, quotes or emphasis dozens of levels inside each other); flatten it");
    }

    [Fact]
    public void A_five_megabyte_post_builds()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Sovereign compute, *open* weights and [the AI Act](https://example.org/). ", 20));
        using var site = TestSite.Build("""
            -- content/posts/big.md --
            ---
            title: Big
            date: 2024-05-01
            ---

            """ + string.Join("\n\n", Enumerable.Repeat(paragraph, 3_500)) + "\n");

        site.Errors.Should().BeEmpty();
        new FileInfo(Path.Combine(site.Output, "posts/big/index.html")).Length.Should().BeGreaterThan(5_000_000);
    }

    [Fact]
    public void Check_in_github_format_prints_workflow_annotations_and_the_next_scheduled_post()
    {
        using var site = TestSite.Create("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            ---
            [nowhere](/nowhere/)
            -- content/posts/later.md --
            ---
            title: Later, maybe
            date: 2999-01-01T08:00:00+01:00
            ---
            Soon.
            """);

        var run = CliRun.Start(site.Root, "check", "--format", "github");

        run.ExitCode.Should().Be(0);
        run.StderrLines.Should().Equal("::warning file=content/posts/a.md,line=5,col=1,title=NG0301::the link '/nowhere/' leads to no page or file of the built site");
        run.StdoutLines.Should().Equal(
            "Checked 1 post and 0 pages: 0 errors, 1 warning.",
            "Next scheduled post: content/posts/later.md goes live at 2999-01-01T07:00:00Z (Later, maybe)");
    }

    [Fact]
    public void With_git_dates_a_post_without_updated_takes_its_last_commit_date()
    {
        using var site = TestSite.Create("""
            -- content/site.yml --
            title: Git Letter
            base_url: https://example.org/
            time_zone: UTC
            git_dates: true
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-01-01
            ---
            A.
            -- content/posts/b.md --
            ---
            title: B
            date: 2024-01-01
            updated: 2024-01-05
            ---
            B.
            """);
        Git(site.Root, "init", "-q");
        Git(site.Root, "add", ".");
        Git(site.Root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "first");

        site.Rebuild();

        site.Errors.Should().BeEmpty();
        var times = site.Html("posts/a/index.html").QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")).ToList();
        times.Should().Contain("2030-02-03T04:05:06+00:00", "the commit date becomes the update date");
        site.Html("posts/b/index.html").QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")).Should().Contain("2024-01-05T00:00:00+00:00");
    }

    [Fact]
    public void Without_git_history_git_dates_fall_back_to_front_matter_silently()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Git Letter
            base_url: https://example.org/
            git_dates: true
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-01-01
            ---
            A.
            """);

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().BeEmpty();
        site.Exists("posts/a/index.html").Should().BeTrue();
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_COMMITTER_DATE"] = "2030-02-03T04:05:06+00:00";
        start.Environment["GIT_AUTHOR_DATE"] = "2030-02-03T04:05:06+00:00";
        using var git = Process.Start(start) ?? throw new InvalidOperationException("git is needed for this test: apt-get install -y git");
        git.WaitForExit();
        git.ExitCode.Should().Be(0, git.StandardError.ReadToEnd());
    }
}
