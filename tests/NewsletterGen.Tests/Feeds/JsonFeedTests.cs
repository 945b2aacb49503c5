using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Feeds;

/// <summary>/feed.json is JSON Feed 1.1 (https://jsonfeed.org/version/1.1), read back with
/// System.Text.Json.</summary>
public class JsonFeedTests
{
    private const string SiteYml = """
        -- content/site.yml --
        title: Test Letter
        description: A newsletter used by tests.
        base_url: https://example.org/
        language: de
        time_zone: Europe/Berlin
        authors:
          ada:
            name: Ada Example
            url: https://example.org/about/
          bo:
            name: Bo Writer

        """;

    private const string TwoIssues = SiteYml + """
        -- content/posts/act.md --
        ---
        title: The AI Act
        date: 2024-03-14T08:00:00+01:00
        updated: 2024-08-01T09:00:00+02:00
        authors: [ada, bo]
        tags: [EU AI Act, Regulation]
        summary: The Act <in brief> & more.
        image: /images/cover.jpg
        ---
        See [the archive](/archive/).

        <img src="/images/map.png" srcset="/images/map.png 1x, /images/map-2x.png 2x" alt="Map">

        <video poster="/images/poster.png" src="/images/clip.mp4"></video>
        -- content/posts/mixtral.md --
        ---
        title: Mixtral
        date: 2024-05-17T08:00:00-04:00
        ---
        A mixture of experts.
        -- content/static/images/cover.jpg --
        jpg
        -- content/static/images/map.png --
        png
        -- content/static/images/map-2x.png --
        png
        -- content/static/images/poster.png --
        png
        -- content/static/images/clip.mp4 --
        mp4
        """;

    private static JsonDocument Json(TestSite site, string path = "feed.json") => JsonDocument.Parse(site.ReadText(path));

    private static JsonElement Item(JsonDocument feed, string title) =>
        feed.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title);

    private static DateTimeOffset Rfc3339(JsonElement element, string name)
    {
        var text = element.GetProperty(name).GetString()!;
        text.Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$", $"{name} must be RFC 3339");
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Declares_json_feed_version_1_1()
    {
        using var site = TestSite.Build(TwoIssues);

        site.Errors.Should().BeEmpty();
        using var feed = Json(site);
        feed.RootElement.GetProperty("version").GetString().Should().Be("https://jsonfeed.org/version/1.1");
    }

    [Fact]
    public void Carries_the_site_title_description_language_and_its_two_urls()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        var root = feed.RootElement;
        root.GetProperty("title").GetString().Should().Be("Test Letter");
        root.GetProperty("description").GetString().Should().Be("A newsletter used by tests.");
        root.GetProperty("language").GetString().Should().Be("de");
        root.GetProperty("home_page_url").GetString().Should().Be("https://example.org/");
        root.GetProperty("feed_url").GetString().Should().Be("https://example.org/feed.json");
    }

    [Fact]
    public void Lists_items_newest_first_with_id_url_and_title()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        var items = feed.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("title").GetString()).Should().Equal("Mixtral", "The AI Act");
        items[1].GetProperty("id").GetString().Should().Be("https://example.org/posts/the-ai-act/");
        items[1].GetProperty("url").GetString().Should().Be("https://example.org/posts/the-ai-act/");
    }

    [Fact]
    public void Gives_rfc_3339_dates_with_the_front_matter_offsets()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        var act = Item(feed, "The AI Act");
        var published = Rfc3339(act, "date_published");
        var modified = Rfc3339(act, "date_modified");
        published.Should().Be(new DateTimeOffset(2024, 3, 14, 8, 0, 0, TimeSpan.FromHours(1)));
        published.Offset.Should().Be(TimeSpan.FromHours(1));
        modified.Should().Be(new DateTimeOffset(2024, 8, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        modified.Offset.Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public void Gives_a_date_written_with_another_offset_at_the_same_instant_on_the_sites_clock()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        var mixtral = Item(feed, "Mixtral");
        var published = Rfc3339(mixtral, "date_published");
        published.Should().Be(new DateTimeOffset(2024, 5, 17, 8, 0, 0, TimeSpan.FromHours(-4)));
        published.Offset.Should().Be(TimeSpan.FromHours(2), "dates are shown on the clock of site.yml's time zone, Europe/Berlin");
        Rfc3339(mixtral, "date_modified").Should().Be(published);
    }

    [Fact]
    public void Carries_the_full_content_as_html_with_every_url_absolute()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        var content = new HtmlParser().ParseDocument(Item(feed, "The AI Act").GetProperty("content_html").GetString()!);
        content.QuerySelector("a")!.GetAttribute("href").Should().Be("https://example.org/archive/");
        content.QuerySelector("img")!.GetAttribute("src").Should().Be("https://example.org/images/map.png");
        content.QuerySelector("img")!.GetAttribute("srcset").Should().Be("https://example.org/images/map.png 1x, https://example.org/images/map-2x.png 2x");
        content.QuerySelector("video")!.GetAttribute("poster").Should().Be("https://example.org/images/poster.png");
        content.QuerySelector("video")!.GetAttribute("src").Should().Be("https://example.org/images/clip.mp4");
    }

    [Fact]
    public void Carries_a_front_matter_summary_as_the_plain_text_written()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        Item(feed, "The AI Act").GetProperty("summary").GetString().Should().Be("The Act <in brief> & more.");
    }

    [Fact]
    public void Carries_a_summary_taken_from_the_body_as_plain_text_without_markup()
    {
        using var site = TestSite.Build("""
            -- content/posts/body.md --
            ---
            title: Body
            date: 2024-01-01
            ---
            The *first* paragraph, with [a link](https://mistral.ai/) inside.

            The second.
            """);

        using var feed = Json(site);
        Item(feed, "Body").GetProperty("summary").GetString().Should().Be("The first paragraph, with a link inside.");
    }

    [Fact]
    public void Gives_the_cover_image_as_an_absolute_url()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        Item(feed, "The AI Act").GetProperty("image").GetString().Should().Be("https://example.org/images/cover.jpg");
        Item(feed, "Mixtral").TryGetProperty("image", out _).Should().BeFalse();
    }

    [Fact]
    public void Names_the_authors_of_an_item_with_their_urls()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        var authors = Item(feed, "The AI Act").GetProperty("authors").EnumerateArray()
            .Select(a => (Name: a.GetProperty("name").GetString(), Url: a.TryGetProperty("url", out var url) ? url.GetString() : null))
            .ToList();
        authors.Should().Equal(("Ada Example", "https://example.org/about/"), ("Bo Writer", null));
    }

    [Fact]
    public void Gives_a_post_without_authors_the_sites_first_author()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        Item(feed, "Mixtral").GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString())
            .Should().Equal("Ada Example");
    }

    [Fact]
    public void Lists_the_tag_names_of_an_item()
    {
        using var site = TestSite.Build(TwoIssues);

        using var feed = Json(site);
        Item(feed, "The AI Act").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("EU AI Act", "Regulation");
        Item(feed, "Mixtral").TryGetProperty("tags", out _).Should().BeFalse();
    }

    [Fact]
    public void Keeps_only_the_newest_posts_when_feed_size_is_set()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            feed_size: 1
            -- content/posts/one.md --
            ---
            title: One
            date: 2024-01-01
            ---
            1
            -- content/posts/two.md --
            ---
            title: Two
            date: 2024-02-01
            ---
            2
            """);

        using var feed = Json(site);
        feed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).Should().Equal("Two");
    }

    [Fact]
    public void Round_trips_a_title_with_markup_characters_quotes_and_emoji()
    {
        const string title = "Mistral & <friends> say \"bonjour\" 🇪🇺🤖";
        using var site = TestSite.Build($"""
            -- content/site.yml --
            title: "Letters & <more> \"quoted\" 📬"
            base_url: https://example.org/
            -- content/posts/hello.md --
            ---
            title: '{title}'
            slug: hello
            date: 2024-01-01
            tags: ['R&D <lab>']
            ---
            Hi.
            """);

        using var feed = Json(site);
        feed.RootElement.GetProperty("title").GetString().Should().Be("Letters & <more> \"quoted\" 📬");
        var item = feed.RootElement.GetProperty("items")[0];
        item.GetProperty("title").GetString().Should().Be(title);
        item.GetProperty("tags")[0].GetString().Should().Be("R&D <lab>");
    }

    [Fact]
    public void Keeps_a_code_block_with_a_cdata_end_exactly()
    {
        using var site = TestSite.Build("""
            -- content/posts/xml.md --
            ---
            title: XML
            date: 2024-01-01
            ---
            ```xml
            <![CDATA[ x ]]>
            ```
            """);

        using var feed = Json(site);
        var content = new HtmlParser().ParseDocument(feed.RootElement.GetProperty("items")[0].GetProperty("content_html").GetString()!);
        content.QuerySelector("code")!.TextContent.Should().Be("<![CDATA[ x ]]>\n");
    }

    [Fact]
    public void Ends_with_a_newline_and_has_no_byte_order_mark()
    {
        using var site = TestSite.Build(TwoIssues);

        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "feed.json"));
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes[^1].Should().Be((byte)'\n');
    }
}
