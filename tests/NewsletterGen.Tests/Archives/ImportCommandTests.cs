using AwesomeAssertions;
using NewsletterGen.Tests.Cli;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Archives;

/// <summary>`newslettergen import` as a writer runs it: one line per file, a summary, the exit codes.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public void Import_prints_a_line_per_file_and_a_summary_and_check_passes_on_what_it_wrote()
    {
        using var sample = ArchiveSample.Jekyll(20);
        using var site = TestSite.Create(string.Empty);

        var run = CliRun.Start(site.Root, "import", sample.Root);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.StdoutLines.Should().Contain(l => l.StartsWith("content/posts/", StringComparison.Ordinal) && l.Contains(" ← _posts/", StringComparison.Ordinal));
        run.StdoutLines.Should().Contain(l => l.StartsWith("Imported ", StringComparison.Ordinal) && l.Contains("from a Jekyll archive", StringComparison.Ordinal));

        var check = CliRun.Start(site.Root, "check");
        check.ExitCode.Should().Be(0, check.Stderr);
    }

    [Fact]
    public void A_dry_run_prints_the_same_lines_and_writes_nothing()
    {
        using var sample = ArchiveSample.Hugo(10);
        using var site = TestSite.Create(string.Empty);

        var run = CliRun.Start(site.Root, "import", "--dry-run", sample.Root);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.StdoutLines.Should().Contain(l => l.StartsWith("Would import ", StringComparison.Ordinal));
        Directory.Exists(Path.Combine(site.Root, "content", "posts")).Should().BeFalse();
    }

    [Fact]
    public void A_folder_that_is_no_archive_is_exit_code_1_and_a_missing_folder_exit_code_2()
    {
        using var site = TestSite.Create(string.Empty);

        var notArchive = CliRun.Start(site.Root, "import", "templates");
        notArchive.ExitCode.Should().Be(1);
        notArchive.Stderr.Should().Contain("NG0804");

        CliRun.Start(site.Root, "import", "no-such-folder").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Import_has_help()
    {
        using var site = TestSite.Create(string.Empty);

        var run = CliRun.Start(site.Root, "import", "--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("--dry-run").And.Contain("Jekyll");
    }
}
