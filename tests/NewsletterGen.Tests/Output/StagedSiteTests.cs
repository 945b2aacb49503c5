using System.Text;
using AwesomeAssertions;
using NewsletterGen.Output;
using NewsletterGen.Performance;

namespace NewsletterGen.Tests.Output;

/// <summary>The new site's folder, written page by page while the build goes on: folders made
/// ahead of the pages (on a thread of their own, while the Markdown is rendered and the site model
/// made) are the pages' folders, and whatever is not made ahead, the pages make themselves.</summary>
public sealed class StagedSiteTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("nlg-staged-");

    private string Output => Path.Combine(_root.FullName, "_site");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Pages_are_written_into_folders_made_ahead_and_into_folders_they_make_themselves()
    {
        using (var staged = StagedSite.Begin(Output))
        {
            staged.MakeFolders(["posts/ahead/index.html", "about/index.html"], CancellationToken.None);
            var files = new[] { "posts/ahead/index.html", "about/index.html", "posts/late/index.html", "index.html" }
                .Select(path => staged.Put(path, Encoding.UTF8.GetBytes($"<p>{path}</p>"), "test"))
                .ToList();

            staged.Commit(files);
        }

        File.ReadAllText(Path.Combine(Output, "posts", "ahead", "index.html")).Should().Be("<p>posts/ahead/index.html</p>");
        File.ReadAllText(Path.Combine(Output, "about", "index.html")).Should().Be("<p>about/index.html</p>");
        File.ReadAllText(Path.Combine(Output, "posts", "late", "index.html")).Should().Be("<p>posts/late/index.html</p>");
        File.ReadAllText(Path.Combine(Output, "index.html")).Should().Be("<p>index.html</p>");
    }

    [Fact]
    public void Making_folders_ahead_stops_when_told_and_leaves_nothing_behind_if_the_build_fails()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        using (var staged = StagedSite.Begin(Output))
        {
            staged.MakeFolders(["posts/never/index.html"], stop.Token);
            Directory.EnumerateDirectories(_root.FullName, "never", SearchOption.AllDirectories).Should().BeEmpty();

            staged.MakeFolders(["posts/made/index.html"], CancellationToken.None);
            Directory.EnumerateDirectories(_root.FullName, "made", SearchOption.AllDirectories).Should().ContainSingle();
        }

        // Disposed without a commit, as after a failed build: no output, no temporary folder.
        Directory.EnumerateFileSystemEntries(_root.FullName).Should().BeEmpty();
    }

    [Fact]
    public void A_folder_that_cannot_be_made_ahead_is_left_to_the_page_which_is_kept_in_memory()
    {
        using var staged = StagedSite.Begin(Output);
        var blocker = staged.Put("posts/taken", "a file where a folder would go"u8, "test");

        var act = () => staged.MakeFolders(["posts/taken/index.html"], CancellationToken.None);

        act.Should().NotThrow();
        var page = staged.Put("posts/taken/index.html", "<p>page</p>"u8, "test");
        page.Bytes.Should().Equal("<p>page</p>"u8.ToArray());
        blocker.Bytes.Should().BeNull();
    }

    [Fact]
    public void A_folder_maker_makes_the_folder_of_every_file_it_is_given()
    {
        using (var staged = StagedSite.Begin(Output))
        {
            var paths = Enumerable.Range(0, 200).Select(i => $"posts/p{i}/index.html").Append("tags/a/page/2/index.html").ToList();
            using (FolderMaker.Start(staged, paths))
            {
                SpinWait.SpinUntil(() => Directory.EnumerateDirectories(_root.FullName, "p199", SearchOption.AllDirectories).Any(), TimeSpan.FromSeconds(30))
                    .Should().BeTrue();
            }

            staged.Commit([staged.Put("tags/a/page/2/index.html", "<p>2</p>"u8, "test")]);
        }

        Directory.EnumerateDirectories(Path.Combine(Output, "posts")).Should().HaveCount(200);
        File.ReadAllText(Path.Combine(Output, "tags", "a", "page", "2", "index.html")).Should().Be("<p>2</p>");
    }

    [Fact]
    public void Disposing_a_folder_maker_stops_it_and_waits_for_it_before_the_staged_site_can_be_deleted()
    {
        using var started = new ManualResetEventSlim();
        using (var staged = StagedSite.Begin(Output))
        {
            var maker = FolderMaker.Start(staged, Endless(started));
            started.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken).Should().BeTrue();
            maker.Dispose();
            var made = Directory.EnumerateDirectories(_root.FullName, "p*", SearchOption.AllDirectories).Count();

            Thread.Sleep(50);
            Directory.EnumerateDirectories(_root.FullName, "p*", SearchOption.AllDirectories).Should().HaveCount(made, "nothing is made once the maker is disposed");
        }

        // Disposed without a commit, as after a failed build: no output, no temporary folder.
        Directory.EnumerateFileSystemEntries(_root.FullName).Should().BeEmpty();
    }

    private static IEnumerable<string> Endless(ManualResetEventSlim started)
    {
        for (var i = 0; ; i++)
        {
            if (i == 10)
            {
                started.Set();
            }

            yield return $"posts/p{i}/index.html";
        }
    }
}
