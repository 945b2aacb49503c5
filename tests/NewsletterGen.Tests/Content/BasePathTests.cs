using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

/// <summary>A newsletter published below a folder of its host (https://example.org/letter/):
/// every URL the engine computes starts with /letter/, while files are still written at the
/// root of the output folder.</summary>
public class BasePathTests
{
    private const string SiteBelowLetter = """
        -- content/site.yml --
        title: Test Letter
        base_url: https://example.org/letter
        time_zone: Europe/Paris
        -- content/posts/a.md --
        ---
        title: Mistral
        date: 2024-05-01
        tags: [AI Act]
        ---
        See [about](../pages/about.md), [a file](/files/report.pdf) and ![a chart](img/chart.png).
        -- content/pages/about.md --
        ---
        title: About
        ---
        About.
        """;

    [Fact]
    public void Writes_pages_at_the_root_of_the_output_folder()
    {
        using var site = TestSite.Build(SiteBelowLetter);

        site.Errors.Should().BeEmpty();
        site.OutputFiles().Should().Contain(["index.html", "posts/mistral/index.html", "about/index.html", "tags/ai-act/index.html"]);
    }

    [Fact]
    public void Starts_post_and_tag_links_with_the_base_path()
    {
        using var site = TestSite.Build(SiteBelowLetter);

        var summary = site.Html("index.html").QuerySelector(".post-summary h2 a")!;
        summary.GetAttribute("href").Should().Be("/letter/posts/mistral/");
        site.Html("posts/mistral/index.html").QuerySelector("ul.tags a")!.GetAttribute("href").Should().Be("/letter/tags/ai-act/");
    }

    [Fact]
    public void Starts_links_written_in_markdown_with_the_base_path()
    {
        using var site = TestSite.Build(SiteBelowLetter);

        var body = site.Html("posts/mistral/index.html").QuerySelector(".prose")!;
        body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Equal("/letter/about/", "/letter/files/report.pdf");
        body.QuerySelector("img")!.GetAttribute("src").Should().Be("/letter/posts/img/chart.png");
    }

    [Fact]
    public void Gives_the_base_path_to_canonical_and_feed_urls()
    {
        using var site = TestSite.Build(SiteBelowLetter);

        var page = site.Html("posts/mistral/index.html");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").Should().Be("https://example.org/letter/posts/mistral/");
        page.QuerySelector("link[rel=alternate]")!.GetAttribute("href").Should().Be("/letter/feed.xml");
        site.Xml("feed.xml").Descendants("item").Single().Element("link")!.Value.Should().Be("https://example.org/letter/posts/mistral/");
    }
}
