using AwesomeAssertions;
using NewsletterGen.Output;
using NewsletterGen.Tests.Cli;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Output;

/// <summary>Faults of the file system are diagnostics: a full disk (a small tmpfs, filled), a
/// parent folder that cannot be made, a name longer than file systems allow. The previous output
/// is kept, and no stack trace is printed.</summary>
public class WriteFaultTests
{
    private static readonly string OnePost = SampleSites.OnePost();

    /// <summary>A site whose first build fits in the disk and whose second does not.</summary>
    private static void AddBigFile(TestSite site) =>
        site.WriteBytes("content/static/big.bin", new byte[2 * 1024 * 1024]);

    [Fact]
    public void A_full_disk_fails_the_build_with_NG0602_and_keeps_the_previous_site()
    {
        using var disk = SmallDisk.Mount(1024);
        using var site = TestSite.Create(OnePost);
        var output = Path.Combine(disk.Path, "_site");
        site.Rebuild(o => o with { OutputDirectory = output });
        site.Errors.Should().BeEmpty();
        var before = FolderSnapshot.Of(output);

        AddBigFile(site);
        site.Write("content/posts/hello.md", "---\ntitle: Hello again\ndate: 2024-05-01\n---\nHello again.\n");
        site.Rebuild(o => o with { OutputDirectory = output });

        site.Result.Succeeded.Should().BeFalse();
        // Which file meets the full disk first depends on the order of the parallel writes.
        site.Errors.Should().ContainSingle().Which.Should()
            .StartWith($"{output}/").And.Contain(": error NG0602: could not write ").And.Contain($": no space left on the device; {output} was left as it was. Free some space");
        FolderSnapshot.Of(output).Should().Equal(before);
        FolderSnapshot.Entries(disk.Path).Should().Equal("_site");
    }

    [Fact]
    public void The_command_line_reports_a_full_disk_in_one_line_and_exits_1_without_a_stack_trace()
    {
        using var disk = SmallDisk.Mount(1024);
        using var site = TestSite.Create(OnePost);
        var output = Path.Combine(disk.Path, "_site");
        AddBigFile(site);

        var run = CliRun.Start(site.Root, "build", "--output", output);

        run.ExitCode.Should().Be(1);
        run.StderrLines.Should().HaveCount(2);
        run.StderrLines[0].Should().Contain("error NG0602: ").And.Contain("no space left on the device");
        run.Stderr.Should().NotContain("   at ");
        Directory.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void An_output_folder_whose_parent_cannot_be_made_is_an_error_not_a_stack_trace()
    {
        using var site = TestSite.Create(OnePost);
        site.Write("a-file", "in the way");
        var output = Path.Combine(site.Root, "a-file", "sub", "_site");

        var run = CliRun.Start(site.Root, "build", "--output", output);

        run.ExitCode.Should().Be(1);
        run.StderrLines[0].Should().Be($"{Path.Combine(site.Root, "a-file", "sub")}:1:1: error NG0606: could not create the folder {Path.Combine(site.Root, "a-file", "sub")} for the output: {Path.Combine(site.Root, "a-file")} is a file; choose an --output whose parent folders can be made");
        run.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void A_name_longer_than_255_bytes_is_an_error_naming_what_makes_it()
    {
        // Slugs, aliases and tags have limits of their own now; this is the last wall, for a
        // name from any source: 150 characters of two bytes each.
        var name = new string('é', 150);
        var diagnostics = new NewsletterGen.Diagnostics.DiagnosticBag();

        OutputWriter.ReportClashes([OutputFile.FromText($"posts/{name}/index.html", "<p>page</p>", "content/posts/long.md")], diagnostics);

        diagnostics.ToSortedList().Select(d => d.ToString()).Should().Equal(
            $"content/posts/long.md:1:1: error NG0605: content/posts/long.md would be published as /posts/{name}/index.html, whose name '{name[..40]}…' is 300 bytes long; file systems allow 255. Shorten the slug, tag or file name that makes it");
    }

    [Fact]
    public void A_300_character_tag_is_an_error_on_the_command_line_not_a_stack_trace()
    {
        using var site = TestSite.Create($"""
            -- content/posts/hello.md --
            ---
            title: Hello
            date: 2024-05-01
            tags: [{new string('t', 300)}]
            ---
            Hello.
            """);

        var run = CliRun.Start(site.Root, "build");

        run.ExitCode.Should().Be(1);
        run.StderrLines.Should().Contain(l => l.Contains(": error NG0", StringComparison.Ordinal) && l.Contains("tttttttttt", StringComparison.Ordinal));
        run.Stderr.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public void A_write_that_fails_while_updating_in_place_leaves_every_old_file_and_no_temporary_file()
    {
        // The preview updates its folder in place; one file that cannot be written (its source
        // vanished) must not leave the others half updated.
        var root = Directory.CreateTempSubdirectory("nlg-inplace-").FullName;
        try
        {
            OutputFile[] first = [OutputFile.FromText("index.html", "<p>one</p>", "test"), OutputFile.FromText("feed.xml", "<feed>one</feed>", "test")];
            OutputWriter.Write(first, root + "/_site");
            var output = Path.Combine(root, "_site");
            var before = FolderSnapshot.Of(output);
            OutputFile[] second =
            [
                OutputFile.FromText("index.html", "<p>two</p>", "test"),
                OutputFile.FromText("feed.xml", "<feed>two</feed>", "test"),
                OutputFile.Copy("static/gone.png", Path.Combine(root, "no-such-file.png"), "content/static/gone.png"),
            ];

            var act = () => OutputWriter.Update(second, first.ToDictionary(f => f.Path), output);

            act.Should().Throw<Exception>();
            FolderSnapshot.Of(output).Should().Equal(before);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
