using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>A post's summary on the home page: the front matter's summary, else everything before
/// `&lt;!--more--&gt;`, else the first paragraph.</summary>
public class SummaryTests
{
    private static List<string> HomeSummaryParagraphs(TestSite site) =>
        site.Html("index.html").QuerySelectorAll(".post-summary .summary p").Select(p => p.TextContent).ToList();

    [Fact]
    public void Prefers_the_front_matter_summary()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Summaries
            date: 2024-05-01
            summary: Written <by hand> & short.
            ---
            First paragraph.

            <!--more-->

            After the marker.
            """);

        site.Errors.Should().BeEmpty();
        HomeSummaryParagraphs(site).Should().Equal("Written <by hand> & short.");
    }

    [Fact]
    public void Uses_everything_before_the_more_marker_without_a_front_matter_summary()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Summaries
            date: 2024-05-01
            ---
            First paragraph.

            Second *paragraph*.

            <!--more-->

            After the marker.
            """);

        HomeSummaryParagraphs(site).Should().Equal("First paragraph.", "Second paragraph.");
    }

    [Fact]
    public void Uses_the_first_paragraph_without_a_summary_or_marker()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Summaries
            date: 2024-05-01
            ---
            ## A heading first

            First paragraph.

            Second paragraph.
            """);

        HomeSummaryParagraphs(site).Should().Equal("First paragraph.");
    }

    [Fact]
    public void Keeps_the_whole_body_on_the_post_page()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Summaries
            date: 2024-05-01
            summary: Short.
            ---
            First paragraph.

            <!--more-->

            After the marker.
            """);

        site.Html("posts/summaries/index.html").QuerySelectorAll(".prose p").Select(p => p.TextContent)
            .Should().Equal("First paragraph.", "After the marker.");
    }

    [Fact]
    public void Uses_the_summary_as_the_meta_description()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Summaries
            date: 2024-05-01
            ---
            A *first* paragraph & more.

            Second paragraph.
            """);

        site.Html("posts/summaries/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content")
            .Should().Be("A first paragraph & more.");
    }
}
