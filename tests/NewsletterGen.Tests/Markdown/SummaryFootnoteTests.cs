using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>Footnote references in the summaries of a listing page link to the post's own
/// footnotes, with no id two summaries could share.</summary>
public class SummaryFootnoteTests
{
    private const string TwoPostsWithFootnotes = """
        -- content/posts/a.md --
        ---
        title: First
        date: 2024-05-01
        ---
        A claim.[^1] More.

        [^1]: A source.
        -- content/posts/b.md --
        ---
        title: Second
        date: 2024-05-02
        ---
        Another claim.[^1]

        [^1]: Another source.
        """;

    [Fact]
    public void Gives_no_duplicate_ids_on_a_listing_page()
    {
        using var site = TestSite.Build(TwoPostsWithFootnotes);

        var ids = site.Html("index.html").QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().NotContain("fnref:1");
    }

    [Fact]
    public void Links_a_summary_footnote_to_the_footnote_on_the_post_page()
    {
        using var site = TestSite.Build(TwoPostsWithFootnotes);

        var hrefs = site.Html("index.html").QuerySelectorAll(".summary a.footnote-ref").Select(a => a.GetAttribute("href"));
        hrefs.Should().BeEquivalentTo("/posts/first/#fn:1", "/posts/second/#fn:1");
        site.Html("posts/first/index.html").GetElementById("fn:1").Should().NotBeNull();
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Keeps_footnote_numbers_out_of_the_meta_description()
    {
        using var site = TestSite.Build(TwoPostsWithFootnotes);

        site.Html("posts/first/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content").Should().Be("A claim. More.");
    }

    [Fact]
    public void Keeps_the_footnote_reference_with_its_id_on_the_post_page()
    {
        using var site = TestSite.Build(TwoPostsWithFootnotes);

        var reference = site.Html("posts/first/index.html").QuerySelector(".prose a.footnote-ref")!;
        reference.Id.Should().Be("fnref:1");
        reference.GetAttribute("href").Should().Be("#fn:1");
    }
}
