using AngleSharp.Html.Parser;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Output;

/// <summary>A build into a folder that holds the previous build's site keeps every file whose
/// bytes did not change as it was (hard-linked into the new site, its modification time kept),
/// so that rsync and CDN deploys move only what changed.</summary>
public class UnchangedFileTests
{
    private const string Site = """
        -- content/posts/2024-03-01-first.md --
        ---
        title: First issue
        ---
        The AI Act's first obligations apply.
        -- content/posts/2024-03-08-second.md --
        ---
        title: Second issue
        ---
        Mistral publishes new open weights.
        """;

    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_second_build_keeps_the_modification_time_of_every_page_whose_bytes_did_not_change()
    {
        using var site = TestSite.Build(Site);
        site.Errors.Should().BeEmpty();
        foreach (var file in site.OutputFiles())
        {
            File.SetLastWriteTimeUtc(Path.Combine(site.Output, file), LongAgo);
        }

        site.Write("content/posts/2024-03-08-second.md", "---\ntitle: Second issue\n---\nMistral publishes new open weights, again.\n");
        var result = site.Rebuild();

        result.Succeeded.Should().BeTrue();
        var edited = Path.Combine(site.Output, "posts", "second-issue", "index.html");
        var untouched = Path.Combine(site.Output, "posts", "first-issue", "index.html");
        File.Exists(edited).Should().BeTrue();
        File.Exists(untouched).Should().BeTrue();
        new HtmlParser().ParseDocument(File.ReadAllText(edited)).Body!.TextContent.Should().Contain("again");
        File.GetLastWriteTimeUtc(edited).Should().BeAfter(LongAgo);
        File.GetLastWriteTimeUtc(untouched).Should().Be(LongAgo, "the first issue's page is byte for byte what the last build wrote");
        File.GetLastWriteTimeUtc(Path.Combine(site.Output, "404.html")).Should().Be(LongAgo);
        result.UnchangedFileCount.Should().BeGreaterThan(0).And.BeLessThan(result.FileCount);
    }
}
