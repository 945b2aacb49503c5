using AwesomeAssertions;
using NewsletterGen.Output;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Output;

/// <summary>At every instant an output folder exists: the new site is swapped in with one
/// rename-exchange where the kernel has it; a build killed between the two renames of the
/// fallback leaves its old site aside, which the next build puts back; and what interrupted
/// builds leave beside the output is removed by the next build.</summary>
public class FolderSwapTests
{
    private static readonly string OnePost = SampleSites.OnePost();

    private static string Leftover(TestSite site, string kind) => Path.Combine(site.Root, $"._site.{kind}-{Guid.NewGuid():N}");

    [Fact]
    public void After_a_crash_between_the_two_renames_a_failing_build_puts_the_old_site_back()
    {
        using var site = TestSite.Build(OnePost);
        var before = FolderSnapshot.Of(site.Output);

        // Killed after the output was moved aside and before the new site was moved in.
        var old = Leftover(site, "old");
        Directory.Move(site.Output, old);
        var staged = Leftover(site, "tmp");
        Directory.CreateDirectory(Path.Combine(staged, "posts"));
        File.WriteAllText(Path.Combine(staged, "posts", "half.html"), "<p>half");

        site.Write("content/posts/bad.md", "---\ntitle: Bad\ndate: someday\n---\nBad.\n");
        site.Rebuild();

        site.Result.Succeeded.Should().BeFalse();
        FolderSnapshot.Of(site.Output).Should().Equal(before);
        FolderSnapshot.Entries(site.Root).Should().Equal("_site", "content", "templates");
    }

    [Fact]
    public void After_a_crash_between_the_two_renames_the_next_build_succeeds_and_leaves_no_leftovers()
    {
        using var site = TestSite.Build(OnePost);
        Directory.Move(site.Output, Leftover(site, "old"));
        Directory.CreateDirectory(Leftover(site, "tmp"));

        site.Write("content/posts/next.md", "---\ntitle: Next\ndate: 2024-06-01\n---\nNext.\n");
        site.Rebuild();

        site.Errors.Should().BeEmpty();
        site.Exists("posts/next/index.html").Should().BeTrue();
        FolderSnapshot.Entries(site.Root).Should().Equal("_site", "content", "templates");
    }

    [Fact]
    public void Leftovers_of_interrupted_builds_beside_an_existing_output_are_removed_by_the_next_build()
    {
        using var site = TestSite.Build(OnePost);
        var aside = Leftover(site, "old");
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "index.html"), "an older site");
        Directory.CreateDirectory(Path.Combine(site.Root, $"._site.tmp-4194303-{Guid.NewGuid():N}"));

        site.Rebuild();

        site.Errors.Should().BeEmpty();
        site.ReadText("index.html").Should().Contain("Hello");
        FolderSnapshot.Entries(site.Root).Should().Equal("_site", "content", "templates");
    }

    [Fact]
    public void A_temporary_folder_of_a_build_still_running_in_another_process_is_left_alone()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "process 1 is init on Unix");
        using var site = TestSite.Build(OnePost);
        var running = Path.Combine(site.Root, $"._site.tmp-1-{Guid.NewGuid():N}");
        Directory.CreateDirectory(running);

        site.Rebuild();

        site.Errors.Should().BeEmpty();
        Directory.Exists(running).Should().BeTrue();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_swap_puts_the_new_site_in_place_and_leaves_nothing_beside_it(bool exchange)
    {
        var root = Directory.CreateTempSubdirectory("nlg-swap-").FullName;
        try
        {
            var output = Path.Combine(root, "_site");
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "index.html"), "old");
            var staging = FolderSwap.NewStaging(output);
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, "index.html"), "new");

            FolderSwap.Swap(staging, output, exchange);

            File.ReadAllText(Path.Combine(output, "index.html")).Should().Be("new");
            FolderSnapshot.Entries(root).Should().Equal("_site");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
