using System.Xml.Linq;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

/// <summary>Drafts and scheduled posts stay out of the published site. TestSite builds at
/// <see cref="TestSite.Now"/>, 2030-01-01.</summary>
public class PublishingTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string DraftAndPublished = """
        -- content/posts/published.md --
        ---
        title: Published
        date: 2024-05-01
        tags: [mistral]
        ---
        Out.
        -- content/posts/draft.md --
        ---
        title: Secret draft
        date: 2024-06-01
        tags: [mistral, unreleased]
        draft: true
        ---
        Not yet.
        """;

    private const string ScheduledAndPublished = """
        -- content/posts/published.md --
        ---
        title: Published
        date: 2024-05-01
        tags: [mistral]
        ---
        Out.
        -- content/posts/scheduled.md --
        ---
        title: Scheduled
        date: 2030-01-01T00:00:01Z
        tags: [mistral]
        ---
        Soon.
        """;

    private static List<string> ListedTitles(TestSite site, string page) =>
        site.Html(page).QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();

    private static List<string> ArchiveTitles(TestSite site) =>
        site.Html("archive/index.html").QuerySelectorAll(".archive-list a").Select(a => a.TextContent).ToList();

    private static List<string> FeedTitles(TestSite site) =>
        site.Xml("feed.xml").Descendants("item").Select(i => i.Element("title")!.Value).ToList();

    private static List<string> SitemapUrls(TestSite site) =>
        site.Xml("sitemap.xml").Descendants(Sitemap + "loc").Select(l => l.Value).ToList();

    [Fact]
    public void Does_not_write_a_page_for_a_draft()
    {
        using var site = TestSite.Build(DraftAndPublished);

        site.Errors.Should().BeEmpty();
        site.OutputFiles().Should().Contain("posts/published/index.html").And.NotContain(f => f.Contains("secret-draft", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaves_a_draft_out_of_the_home_page_tag_pages_and_archive()
    {
        using var site = TestSite.Build(DraftAndPublished);

        ListedTitles(site, "index.html").Should().Equal("Published");
        ListedTitles(site, "tags/mistral/index.html").Should().Equal("Published");
        ArchiveTitles(site).Should().Equal("Published");
    }

    [Fact]
    public void Does_not_make_a_tag_that_only_drafts_use()
    {
        using var site = TestSite.Build(DraftAndPublished);

        site.Exists("tags/unreleased/index.html").Should().BeFalse();
        site.Html("tags/index.html").QuerySelectorAll(".tag-index a").Select(a => a.TextContent).Should().Equal("mistral");
    }

    [Fact]
    public void Leaves_a_draft_out_of_the_feed_and_the_sitemap()
    {
        using var site = TestSite.Build(DraftAndPublished);

        FeedTitles(site).Should().Equal("Published");
        SitemapUrls(site).Should().Contain("https://example.org/posts/published/")
            .And.NotContain(u => u.Contains("secret-draft", StringComparison.Ordinal) || u.Contains("unreleased", StringComparison.Ordinal));
    }

    [Fact]
    public void Publishes_a_draft_when_drafts_are_included()
    {
        using var site = TestSite.Build(DraftAndPublished, o => o with { IncludeDrafts = true });

        site.Errors.Should().BeEmpty();
        site.Html("posts/secret-draft/index.html").QuerySelector("article h1")!.TextContent.Should().Be("Secret draft");
        FeedTitles(site).Should().Equal("Secret draft", "Published");
    }

    [Fact]
    public void Leaves_out_a_post_dated_after_now()
    {
        using var site = TestSite.Build(ScheduledAndPublished);

        site.Errors.Should().BeEmpty();
        site.Exists("posts/scheduled/index.html").Should().BeFalse();
        ListedTitles(site, "index.html").Should().Equal("Published");
        FeedTitles(site).Should().Equal("Published");
        SitemapUrls(site).Should().NotContain("https://example.org/posts/scheduled/");
    }

    [Fact]
    public void Leaves_out_a_post_whose_file_name_is_dated_after_now()
    {
        using var site = TestSite.Build("""
            -- content/posts/2031-02-01-next-year.md --
            ---
            title: Next year
            ---
            Soon.
            """);

        site.Errors.Should().BeEmpty();
        site.Exists("posts/next-year/index.html").Should().BeFalse();
    }

    [Fact]
    public void Publishes_a_post_dated_exactly_now()
    {
        using var site = TestSite.Build("""
            -- content/posts/now.md --
            ---
            title: Right now
            date: 2030-01-01T00:00:00Z
            ---
            Now.
            """);

        site.Exists("posts/right-now/index.html").Should().BeTrue();
    }

    [Fact]
    public void Publishes_a_future_post_when_future_posts_are_included()
    {
        using var site = TestSite.Build(ScheduledAndPublished, o => o with { IncludeFuture = true });

        site.Errors.Should().BeEmpty();
        ListedTitles(site, "index.html").Should().Equal("Scheduled", "Published");
    }

    [Fact]
    public void Templates_see_whether_a_post_is_a_draft_or_scheduled()
    {
        using var site = TestSite.Build(BareTheme.With(DraftAndPublished + "\n" + """
            -- content/posts/scheduled.md --
            ---
            title: Scheduled
            date: 2030-01-01T00:00:01Z
            ---
            Soon.
            -- templates/post.html --
            <article><h1>{{ post.title }}</h1><p class="state">draft={{ post.is_draft }} scheduled={{ post.is_scheduled }}</p></article>
            """), o => o with { IncludeDrafts = true, IncludeFuture = true });

        string State(string page) => site.Html(page).QuerySelector(".state")!.TextContent;
        site.Errors.Should().BeEmpty();
        State("posts/published/index.html").Should().Be("draft=false scheduled=false");
        State("posts/secret-draft/index.html").Should().Be("draft=true scheduled=false");
        State("posts/scheduled/index.html").Should().Be("draft=false scheduled=true");
    }

    [Fact]
    public void Still_reports_errors_in_a_draft()
    {
        using var site = TestSite.Build("""
            -- content/posts/draft.md --
            ---
            title: Draft
            date: someday
            draft: true
            ---
            Not yet.
            """);

        site.Errors.Should().Equal(
            "content/posts/draft.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not 'someday'");
    }
}
