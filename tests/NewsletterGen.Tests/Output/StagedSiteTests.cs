using System.Text;
using AwesomeAssertions;
using NewsletterGen.Output;

namespace NewsletterGen.Tests.Output;

/// <summary>The new site's folder, written page by page while the build goes on: each page makes
/// its own folder, or finds it made by a page before it.</summary>
public sealed class StagedSiteTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("nlg-staged-");

    private string Output => Path.Combine(_root.FullName, "_site");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Pages_are_written_into_folders_they_make_themselves_or_find_made()
    {
        using (var staged = StagedSite.Begin(Output))
        {
            var files = new[] { "posts/ahead/index.html", "about/index.html", "posts/late/index.html", "index.html", "posts/ahead/cover.svg" }
                .Select(path => staged.Put(path, Encoding.UTF8.GetBytes($"<p>{path}</p>"), "test"))
                .ToList();

            staged.Commit(files);
        }

        File.ReadAllText(Path.Combine(Output, "posts", "ahead", "index.html")).Should().Be("<p>posts/ahead/index.html</p>");
        File.ReadAllText(Path.Combine(Output, "about", "index.html")).Should().Be("<p>about/index.html</p>");
        File.ReadAllText(Path.Combine(Output, "posts", "late", "index.html")).Should().Be("<p>posts/late/index.html</p>");
        File.ReadAllText(Path.Combine(Output, "index.html")).Should().Be("<p>index.html</p>");
        File.ReadAllText(Path.Combine(Output, "posts", "ahead", "cover.svg")).Should().Be("<p>posts/ahead/cover.svg</p>");
    }

    [Fact]
    public void A_page_whose_folder_cannot_be_made_is_kept_in_memory_for_the_commit_to_report()
    {
        using var staged = StagedSite.Begin(Output);
        var blocker = staged.Put("posts/taken", "a file where a folder would go"u8, "test");

        var page = staged.Put("posts/taken/index.html", "<p>page</p>"u8, "test");

        page.Bytes.Should().Equal("<p>page</p>"u8.ToArray());
        blocker.Bytes.Should().BeNull();
    }
}
