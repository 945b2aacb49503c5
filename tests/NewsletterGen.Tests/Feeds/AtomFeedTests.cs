using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Feeds;

/// <summary>/atom.xml is Atom 1.0 (RFC 4287), read back with XDocument and with .NET's own
/// syndication reader.</summary>
public class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string SiteYml = """
        -- content/site.yml --
        title: Test Letter
        description: A newsletter used by tests.
        base_url: https://example.org/
        language: fr-FR
        time_zone: Europe/Paris
        authors:
          ada:
            name: Ada Example
            url: https://example.org/about/
            email: ada@example.org
          bo:
            name: Bo Writer

        """;

    /// <summary>Two issues: the older one was updated after the newer one came out, so it holds
    /// the feed's newest change.</summary>
    private const string TwoIssues = SiteYml + """
        -- content/posts/act.md --
        ---
        title: The AI Act
        date: 2024-03-14T08:00:00+01:00
        updated: 2024-08-01T09:00:00+02:00
        authors: [ada, bo]
        tags: [EU AI Act, Regulation]
        summary: The Act in brief.
        image: /images/cover.png
        ---
        See [the archive](/archive/) and the map:

        ![Map](/images/map.png)

        <img src="/images/map.png" srcset="/images/map.png 1x, /images/map-2x.png 2x" alt="Map">

        <video poster="/images/poster.png" src="/images/clip.mp4"></video>
        -- content/posts/mixtral.md --
        ---
        title: Mixtral
        date: 2024-05-17T08:00:00+02:00
        authors: [bo]
        ---
        A mixture of experts.
        -- content/static/images/cover.png --
        png
        -- content/static/images/map.png --
        png
        -- content/static/images/map-2x.png --
        png
        -- content/static/images/poster.png --
        png
        -- content/static/images/clip.mp4 --
        mp4
        """;

    private static XElement Feed(TestSite site) => site.Xml("atom.xml").Root!;

    private static XElement Entry(TestSite site, string title) =>
        Feed(site).Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == title);

    private static XElement Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel);

    [Fact]
    public void Builds_the_sample_site_without_errors_or_warnings()
    {
        using var site = TestSite.Build(TwoIssues);

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Carries_the_site_title_description_and_language()
    {
        using var site = TestSite.Build(TwoIssues);

        var feed = Feed(site);
        feed.Name.Should().Be(Atom + "feed");
        feed.Element(Atom + "title")!.Value.Should().Be("Test Letter");
        feed.Element(Atom + "subtitle")!.Value.Should().Be("A newsletter used by tests.");
        feed.Attribute(XNamespace.Xml + "lang")!.Value.Should().Be("fr-FR");
    }

    [Fact]
    public void Links_to_itself_and_to_the_home_page_and_is_identified_by_its_own_address()
    {
        using var site = TestSite.Build(TwoIssues);

        var feed = Feed(site);
        Link(feed, "self").Attribute("href")!.Value.Should().Be("https://example.org/atom.xml");
        Link(feed, "self").Attribute("type")!.Value.Should().Be("application/atom+xml");
        Link(feed, "alternate").Attribute("href")!.Value.Should().Be("https://example.org/");
        Link(feed, "alternate").Attribute("type")!.Value.Should().Be("text/html");
        feed.Element(Atom + "id")!.Value.Should().Be("https://example.org/atom.xml");
    }

    [Fact]
    public void Is_updated_when_its_most_recently_changed_post_was_updated()
    {
        using var site = TestSite.Build(TwoIssues);

        var updated = DateTimeOffset.Parse(Feed(site).Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        updated.Should().Be(new DateTimeOffset(2024, 8, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        updated.Offset.Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public void Lists_entries_newest_first_with_their_title_link_and_id()
    {
        using var site = TestSite.Build(TwoIssues);

        var entries = Feed(site).Elements(Atom + "entry").ToList();
        entries.Select(e => e.Element(Atom + "title")!.Value).Should().Equal("Mixtral", "The AI Act");
        var act = entries[1];
        Link(act, "alternate").Attribute("href")!.Value.Should().Be("https://example.org/posts/the-ai-act/");
        act.Element(Atom + "id")!.Value.Should().Be("https://example.org/posts/the-ai-act/");
    }

    [Fact]
    public void Keeps_the_front_matter_dates_and_offsets_in_published_and_updated()
    {
        using var site = TestSite.Build(TwoIssues);

        var act = Entry(site, "The AI Act");
        var published = act.Element(Atom + "published")!.Value;
        var updated = act.Element(Atom + "updated")!.Value;
        published.Should().Be("2024-03-14T08:00:00+01:00");
        updated.Should().Be("2024-08-01T09:00:00+02:00");
        XmlConvert.ToDateTimeOffset(published).Offset.Should().Be(TimeSpan.FromHours(1));
        XmlConvert.ToDateTimeOffset(updated).Should().Be(new DateTimeOffset(2024, 8, 1, 9, 0, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Gives_a_post_that_was_never_updated_its_publication_date_as_updated()
    {
        using var site = TestSite.Build(TwoIssues);

        var mixtral = Entry(site, "Mixtral");
        mixtral.Element(Atom + "updated")!.Value.Should().Be(mixtral.Element(Atom + "published")!.Value)
            .And.Be("2024-05-17T08:00:00+02:00");
    }

    [Fact]
    public void Names_every_author_of_an_entry_with_their_uri_and_email()
    {
        using var site = TestSite.Build(TwoIssues);

        var authors = Entry(site, "The AI Act").Elements(Atom + "author")
            .Select(a => (Name: a.Element(Atom + "name")?.Value, Uri: a.Element(Atom + "uri")?.Value, Email: a.Element(Atom + "email")?.Value))
            .ToList();
        authors.Should().Equal(
            ("Ada Example", "https://example.org/about/", "ada@example.org"),
            ("Bo Writer", null, null));
    }

    [Fact]
    public void Names_the_site_as_the_feed_author_for_entries_without_one()
    {
        using var site = TestSite.Build(TwoIssues);

        Feed(site).Element(Atom + "author")!.Element(Atom + "name")!.Value.Should().Be("Test Letter");
    }

    [Fact]
    public void Lists_the_tags_of_an_entry_as_categories_with_slug_and_name()
    {
        using var site = TestSite.Build(TwoIssues);

        var categories = Entry(site, "The AI Act").Elements(Atom + "category")
            .Select(c => (Term: c.Attribute("term")!.Value, Label: c.Attribute("label")!.Value))
            .ToList();
        categories.Should().Equal(("eu-ai-act", "EU AI Act"), ("regulation", "Regulation"));
    }

    [Fact]
    public void Carries_the_summary_and_the_full_content_as_html()
    {
        using var site = TestSite.Build(TwoIssues);

        var act = Entry(site, "The AI Act");
        act.Element(Atom + "summary")!.Attribute("type")!.Value.Should().Be("html");
        act.Element(Atom + "summary")!.Value.Should().Be("<p>The Act in brief.</p>");
        act.Element(Atom + "content")!.Attribute("type")!.Value.Should().Be("html");
        var content = new HtmlParser().ParseDocument(act.Element(Atom + "content")!.Value);
        content.QuerySelector("a")!.TextContent.Should().Be("the archive");
        content.QuerySelector("video").Should().NotBeNull();
    }

    [Fact]
    public void Makes_every_href_src_srcset_and_poster_in_the_content_absolute()
    {
        using var site = TestSite.Build(TwoIssues);

        var content = new HtmlParser().ParseDocument(Entry(site, "The AI Act").Element(Atom + "content")!.Value);
        content.QuerySelector("a")!.GetAttribute("href").Should().Be("https://example.org/archive/");
        content.QuerySelectorAll("img").Select(i => i.GetAttribute("src")).Should().AllBe("https://example.org/images/map.png");
        content.QuerySelector("img[srcset]")!.GetAttribute("srcset").Should().Be("https://example.org/images/map.png 1x, https://example.org/images/map-2x.png 2x");
        content.QuerySelector("video")!.GetAttribute("poster").Should().Be("https://example.org/images/poster.png");
        content.QuerySelector("video")!.GetAttribute("src").Should().Be("https://example.org/images/clip.mp4");
    }

    [Fact]
    public void Resolves_a_url_relative_to_the_post_against_its_permalink()
    {
        using var site = TestSite.Build(SiteYml + """
            -- content/posts/notes.md --
            ---
            title: Notes
            date: 2024-01-01T10:00:00+01:00
            ---
            <p><img src="figure.svg" alt="Figure"> and <a href="../other/">another issue</a>.</p>
            """);

        var notes = Entry(site, "Notes");
        var content = new HtmlParser().ParseDocument(notes.Element(Atom + "content")!.Value);
        // Relative URLs in raw HTML resolve like Markdown links: against the post's file, so
        // figure.svg is the file beside content/posts/notes.md, published at /posts/figure.svg.
        content.QuerySelector("img")!.GetAttribute("src").Should().Be("https://example.org/posts/figure.svg");
        content.QuerySelector("a")!.GetAttribute("href").Should().Be("https://example.org/posts/other/");
    }

    [Fact]
    public void Makes_content_urls_absolute_below_the_base_path()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/letter/
            -- content/posts/notes.md --
            ---
            title: Notes
            date: 2024-01-01T10:00:00+01:00
            ---
            See [the archive](/archive/), ![the map](/images/map.png) and [the top](#notes).
            -- content/static/images/map.png --
            png
            """);

        var content = new HtmlParser().ParseDocument(Entry(site, "Notes").Element(Atom + "content")!.Value);
        content.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Equal(
            "https://example.org/letter/archive/", "https://example.org/letter/posts/notes/#notes");
        content.QuerySelector("img")!.GetAttribute("src").Should().Be("https://example.org/letter/images/map.png");
    }

    [Fact]
    public void Makes_the_urls_in_the_summary_absolute_too()
    {
        using var site = TestSite.Build(SiteYml + """
            -- content/posts/notes.md --
            ---
            title: Notes
            date: 2024-01-01T10:00:00+01:00
            ---
            Read [the archive](/archive/) first.

            <!-- more -->

            The rest.
            """);

        var summary = new HtmlParser().ParseDocument(Entry(site, "Notes").Element(Atom + "summary")!.Value);
        summary.QuerySelector("a")!.GetAttribute("href").Should().Be("https://example.org/archive/");
    }

    [Fact]
    public void Links_the_cover_image_as_an_enclosure_with_its_media_type()
    {
        using var site = TestSite.Build(TwoIssues);

        var enclosure = Link(Entry(site, "The AI Act"), "enclosure");
        enclosure.Attribute("href")!.Value.Should().Be("https://example.org/images/cover.png");
        enclosure.Attribute("type")!.Value.Should().Be("image/png");
    }

    [Fact]
    public void Keeps_an_external_cover_image_address_and_types_it_by_its_extension()
    {
        // The bare theme does not show the cover: the default theme would load it from another
        // origin, which the build refuses (NG0701). Feeds may point at it all the same.
        using var site = TestSite.Build(BareTheme.With(SiteYml + """
            -- content/posts/notes.md --
            ---
            title: Notes
            date: 2024-01-01T10:00:00+01:00
            image: https://cdn.example.net/covers/Notes.WEBP?v=2
            ---
            Notes.
            """));

        var enclosure = Link(Entry(site, "Notes"), "enclosure");
        enclosure.Attribute("href")!.Value.Should().Be("https://cdn.example.net/covers/Notes.WEBP?v=2");
        enclosure.Attribute("type")!.Value.Should().Be("image/webp");
    }

    [Fact]
    public void Has_no_enclosure_for_a_post_without_a_cover_image()
    {
        using var site = TestSite.Build(TwoIssues);

        Entry(site, "Mixtral").Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "enclosure").Should().BeEmpty();
    }

    [Fact]
    public void Keeps_only_the_newest_posts_when_feed_size_is_set()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            feed_size: 2
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
            -- content/posts/three.md --
            ---
            title: Three
            date: 2024-03-01
            ---
            3
            """);

        Feed(site).Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).Should().Equal("Three", "Two");
    }

    [Fact]
    public void Is_read_by_the_dotnet_syndication_reader_with_the_same_dates()
    {
        using var site = TestSite.Build(TwoIssues);

        using var reader = XmlReader.Create(Path.Combine(site.Output, "atom.xml"));
        var feed = SyndicationFeed.Load(reader);

        feed.Title.Text.Should().Be("Test Letter");
        feed.LastUpdatedTime.Should().Be(new DateTimeOffset(2024, 8, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        var act = feed.Items.Single(i => i.Title.Text == "The AI Act");
        act.PublishDate.Should().Be(new DateTimeOffset(2024, 3, 14, 8, 0, 0, TimeSpan.FromHours(1)));
        act.PublishDate.Offset.Should().Be(TimeSpan.FromHours(1));
        act.LastUpdatedTime.Offset.Should().Be(TimeSpan.FromHours(2));
        act.Links.Single(l => l.RelationshipType == "alternate").Uri.Should().Be(new Uri("https://example.org/posts/the-ai-act/"));
    }

    [Fact]
    public void Uses_the_base_url_given_to_the_build_for_every_address()
    {
        using var site = TestSite.Build(TwoIssues, o => o with { BaseUrl = new Uri("https://preview.example.net/pr-7") });

        var feed = Feed(site);
        Link(feed, "self").Attribute("href")!.Value.Should().Be("https://preview.example.net/pr-7/atom.xml");
        new HtmlParser().ParseDocument(Entry(site, "The AI Act").Element(Atom + "content")!.Value).QuerySelector("a")!.GetAttribute("href")
            .Should().Be("https://preview.example.net/pr-7/archive/");
        Entry(site, "Mixtral").Element(Atom + "id")!.Value.Should().Be("https://preview.example.net/pr-7/posts/mixtral/");
    }
}
