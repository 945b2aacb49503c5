using System.Reflection;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Cli;

/// <summary>The command line as a user meets it: exit codes, and what goes to stdout and stderr.
/// Each test spawns the real tool once, so there are few of them.</summary>
public class CliTests
{
    private const string GoodSite = """
        -- content/posts/hello.md --
        ---
        title: Hello
        date: 2024-05-01
        ---
        Hi.
        """;

    [Fact]
    public void Build_help_exits_0_and_prints_its_usage()
    {
        using var site = TestSite.Create(GoodSite);

        var run = CliRun.Start(site.Root, "build", "--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("Usage:").And.Contain("build [options]").And.Contain("--output").And.Contain("--base-url");
        Directory.Exists(site.Output).Should().BeFalse();
    }

    [Fact]
    public void An_unknown_option_exits_2_with_the_message_on_stderr()
    {
        using var site = TestSite.Create(GoodSite);

        var run = CliRun.Start(site.Root, "build", "--bogus");

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().Contain(l => l.StartsWith("newslettergen: ", StringComparison.Ordinal) && l.Contains("--bogus", StringComparison.Ordinal));
        Directory.Exists(site.Output).Should().BeFalse();
    }

    [Fact]
    public void A_site_with_errors_exits_1_and_prints_only_clickable_diagnostics_and_the_failure_line()
    {
        using var site = TestSite.Create("""
            -- content/posts/bad-date.md --
            ---
            title: Bad date
            date: 2024-13-45
            ---
            Text.
            -- content/posts/untitled.md --
            ---
            date: 2024-05-01
            ---
            Text.
            """);

        var run = CliRun.Start(site.Root, "build");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().Equal(
            "content/posts/bad-date.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not '2024-13-45'",
            "content/posts/untitled.md:1:1: error NG0101: 'title' is missing; add a line such as title: \"What Mistral 7B changed\"",
            "Build failed: 2 errors; _site was left as it was.");
        Directory.Exists(site.Output).Should().BeFalse();
    }

    [Fact]
    public void Diagnostics_name_files_relative_to_the_folder_the_command_runs_in()
    {
        using var site = TestSite.Create("""
            -- content/posts/bad-date.md --
            ---
            title: Bad date
            date: 2024-13-45
            ---
            Text.
            """);
        var folder = Path.GetFileName(site.Root);

        var run = CliRun.Start(Path.GetDirectoryName(site.Root)!, "build", "--source", folder);

        run.ExitCode.Should().Be(1);
        run.StderrLines[0].Should().StartWith($"{folder}/content/posts/bad-date.md:3:7: error NG0102: ");
    }

    [Fact]
    public void A_good_site_exits_0_with_one_summary_line_on_stdout()
    {
        using var site = TestSite.Create(GoodSite);

        var run = CliRun.Start(site.Root, "build");

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.StdoutLines.Should().ContainSingle().Which.Should().MatchRegex(@"^Built 1 post, 0 pages, \d+ files into _site in \d+\.\d\d s$");
        File.Exists(Path.Combine(site.Output, "posts", "hello", "index.html")).Should().BeTrue();
    }

    [Fact]
    public void Timings_name_every_stage_on_stderr_with_its_cpu_time_allocations_and_garbage_collections_and_leave_stdout_to_the_summary()
    {
        using var site = TestSite.Create(GoodSite);

        var run = CliRun.Start(site.Root, "build", "--timings");

        run.ExitCode.Should().Be(0);
        run.StdoutLines.Should().ContainSingle().Which.Should().StartWith("Built 1 post");
        run.StderrLines.Select(l => l[..22].TrimEnd()).Should().Equal(
            "read and front matter", "parse templates", "markdown", "site model", "templates", "feeds and sitemap", "link and origin checks", "write");
        run.StderrLines.Should().OnlyContain(l => Regex.IsMatch(l, @"^.{22} +\d+ ms +\d+ ms CPU +\d+ MB allocated(   GC \d+/\d+/\d+ \(gen 0/1/2\), paused \d+ ms)?$"));
    }

    [Fact]
    public void Check_reports_on_a_good_site_without_writing_anything()
    {
        using var site = TestSite.Create(GoodSite);

        var run = CliRun.Start(site.Root, "check");

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.StdoutLines.Should().ContainSingle().Which.Should().StartWith("Checked 1 post").And.EndWith(": 0 errors, 0 warnings.");
        Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Should().BeEquivalentTo("content", "templates");
    }

    [Fact]
    public void Version_prints_the_version_and_the_commit_the_tool_was_built_from()
    {
        using var site = TestSite.Create(GoodSite);
        // The tests are built from the same checkout in the same build, so their assembly carries the same commit.
        var informational = typeof(CliTests).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var commit = informational[(informational.IndexOf('+', StringComparison.Ordinal) + 1)..];

        var run = CliRun.Start(site.Root, "--version");

        commit.Should().MatchRegex("^[0-9a-f]{40}$");
        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.StdoutLines.Should().ContainSingle().Which.Should().MatchRegex(@"^newslettergen \d+\.\d+\.\d+\S* \(commit [0-9a-f]{40}\)$").And.EndWith($"(commit {commit})");
    }
}
