using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>Links as archives write them: root-relative links to the rest of the host, and image
/// paths that climb out of content/.</summary>
public class ArchiveLinkTests
{
    [Fact]
    public void Leaves_root_relative_links_to_the_rest_of_the_host_alone()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/en/news/
            time_zone: Europe/Paris
            -- content/posts/a.md --
            ---
            title: Community
            date: 2024-05-01
            ---
            See [the community](/en/community/), [a file](/files/report.pdf) and [this site](/en/news/about/).
            """);

        var hrefs = site.Html("posts/community/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href"));
        hrefs.Should().Equal("/en/community/", "/en/news/files/report.pdf", "/en/news/about/");
    }

    [Fact]
    public void Warns_about_a_missing_image_whose_path_climbs_out_of_content()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Pictures
            date: 2024-05-01
            ---
            Text.

            ![A chart](../../images/chart.png)
            """);

        site.Warnings.Should().ContainSingle(w => w.Contains("NG0303") && w.Contains("content/posts/a.md:7") && w.Contains("/images/chart.png"));
    }

    [Fact]
    public void Resolves_a_climbing_image_path_against_the_page_url_as_a_browser_does()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Pictures
            date: 2024-05-01
            ---
            ![A chart](../../images/chart.png)
            -- content/static/images/chart.png --
            png
            """);

        site.Warnings.Should().BeEmpty();
        site.Html("posts/pictures/index.html").QuerySelector(".prose img")!.GetAttribute("src").Should().Be("/images/chart.png");
    }
}
