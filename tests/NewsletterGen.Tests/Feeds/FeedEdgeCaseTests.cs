using System.Text.Json;
using System.Xml.Linq;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Feeds;

public class FeedEdgeCaseTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Plain_text_summaries_keep_words_whole_around_inline_markup()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            ---
            **Mis**tral and [a link](https://x.org/). Also `code`, done.

            Second paragraph.
            """);

        using var json = JsonDocument.Parse(site.ReadText("feed.json"));
        json.RootElement.GetProperty("items")[0].GetProperty("summary").GetString().Should().Be("Mistral and a link. Also code, done.");
    }

    [Fact]
    public void A_cover_image_is_found_like_an_image_in_the_body_below_a_base_path()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Letter
            base_url: https://example.org/letter/
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            image: chart.png
            ---
            Body.
            -- content/posts/b.md --
            ---
            title: B
            date: 2024-05-02
            image: /images/cover.png
            ---
            Body.
            """);

        var enclosures = site.Xml("atom.xml").Descendants(Atom + "entry")
            .Select(e => e.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure").Attribute("href")!.Value)
            .ToList();
        enclosures.Should().Equal("https://example.org/letter/images/cover.png", "https://example.org/letter/posts/chart.png");
    }

    [Fact]
    public void A_missing_cover_image_is_a_warning_at_its_line()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            image: /images/none.png
            ---
            Body.
            """);

        site.Warnings.Should().Equal("content/posts/a.md:4:1: warning NG0303: the image '/images/none.png' does not exist in the built site");
    }

    [Fact]
    public void Two_posts_with_one_explicit_feed_id_are_an_error_naming_both()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            id: urn:x
            ---
            A.
            -- content/posts/b.md --
            ---
            title: B
            date: 2024-05-02
            id: urn:x
            ---
            B.
            """);

        site.Errors.Should().Equal("content/posts/b.md:1:1: error NG0201: content/posts/a.md and content/posts/b.md have the same feed id 'urn:x'; feed readers would show only one of them");
    }

    [Fact]
    public void A_feed_id_that_is_not_an_absolute_uri_is_an_error()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            id: issue 1
            ---
            A.
            """);

        site.Errors.Should().Equal("content/posts/a.md:4:5: error NG0105: 'id' must be an absolute URI, which Atom requires, such as tag:example.org,2024:issue-1 or urn:uuid:…");
    }

    [Fact]
    public void An_alias_equal_to_the_posts_own_url_is_a_warning_at_the_aliases_line_and_writes_no_redirect()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: New name
            date: 2024-05-01
            aliases: [/posts/new-name/]
            ---
            A.
            """);

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().Contain("content/posts/a.md:4:1: warning NG0210: alias '/posts/new-name/' is the post's own URL, so it needs no redirect; remove it (an alias names an earlier URL)");
        site.Html("posts/new-name/index.html").QuerySelector("meta[http-equiv=refresh]").Should().BeNull("the post's page is not replaced by a redirect to itself");
    }

    [Fact]
    public void An_updated_post_carries_its_update_date_in_rss()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01T08:00:00+02:00
            updated: 2024-06-01T09:00:00+02:00
            ---
            A.
            """);

        site.Xml("feed.xml").Descendants("item").Single().Element(Atom + "updated")!.Value.Should().Be("2024-06-01T09:00:00+02:00");
    }
}
