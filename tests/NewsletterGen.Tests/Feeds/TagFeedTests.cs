using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Feeds;

/// <summary>Every tag has its own RSS, Atom and JSON feeds at /tags/&lt;slug&gt;/, for readers
/// who follow one subject only.</summary>
public class TagFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>"Mistral" is on two issues, "EU AI Act" on one; the newest issue has no tag.</summary>
    private const string ThreeIssues = """
        -- content/posts/mistral-7b.md --
        ---
        title: Mistral 7B
        date: 2023-10-06T08:00:00+02:00
        tags: [Mistral]
        ---
        Small models.
        -- content/posts/mixtral.md --
        ---
        title: Mixtral
        date: 2023-12-15T08:00:00+01:00
        updated: 2024-01-10T12:00:00+01:00
        tags: [Mistral, EU AI Act]
        ---
        Experts.
        -- content/posts/news.md --
        ---
        title: News
        date: 2024-06-01T08:00:00+02:00
        ---
        Untagged.
        """;

    private static List<string> RssTitles(TestSite site, string path) =>
        site.Xml(path).Descendants("item").Select(i => i.Element("title")!.Value).ToList();

    private static List<string> AtomTitles(TestSite site, string path) =>
        site.Xml(path).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

    private static List<string> JsonTitles(TestSite site, string path)
    {
        using var json = JsonDocument.Parse(site.ReadText(path));
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public void Writes_rss_atom_and_json_feeds_for_every_tag()
    {
        using var site = TestSite.Build(ThreeIssues);

        site.Errors.Should().BeEmpty();
        site.OutputFiles().Where(f => f.StartsWith("tags/", StringComparison.Ordinal) && !f.EndsWith(".html", StringComparison.Ordinal))
            .Should().Equal(
                "tags/eu-ai-act/atom.xml", "tags/eu-ai-act/feed.json", "tags/eu-ai-act/feed.xml",
                "tags/mistral/atom.xml", "tags/mistral/feed.json", "tags/mistral/feed.xml");
    }

    [Fact]
    public void Carries_only_the_tags_posts_newest_first_in_all_three_formats()
    {
        using var site = TestSite.Build(ThreeIssues);

        RssTitles(site, "tags/mistral/feed.xml").Should().Equal("Mixtral", "Mistral 7B");
        AtomTitles(site, "tags/mistral/atom.xml").Should().Equal("Mixtral", "Mistral 7B");
        JsonTitles(site, "tags/mistral/feed.json").Should().Equal("Mixtral", "Mistral 7B");
    }

    [Fact]
    public void Is_titled_after_the_site_and_the_tag_in_all_three_formats()
    {
        using var site = TestSite.Build(ThreeIssues);

        site.Xml("tags/eu-ai-act/feed.xml").Root!.Element("channel")!.Element("title")!.Value.Should().Be("Test Letter: EU AI Act");
        site.Xml("tags/eu-ai-act/atom.xml").Root!.Element(Atom + "title")!.Value.Should().Be("Test Letter: EU AI Act");
        using var json = JsonDocument.Parse(site.ReadText("tags/eu-ai-act/feed.json"));
        json.RootElement.GetProperty("title").GetString().Should().Be("Test Letter: EU AI Act");
    }

    [Fact]
    public void Describes_itself_as_the_issues_about_the_tag()
    {
        using var site = TestSite.Build(ThreeIssues);

        site.Xml("tags/eu-ai-act/feed.xml").Root!.Element("channel")!.Element("description")!.Value.Should().Be("Issues of Test Letter about EU AI Act.");
        site.Xml("tags/eu-ai-act/atom.xml").Root!.Element(Atom + "subtitle")!.Value.Should().Be("Issues of Test Letter about EU AI Act.");
        using var json = JsonDocument.Parse(site.ReadText("tags/eu-ai-act/feed.json"));
        json.RootElement.GetProperty("description").GetString().Should().Be("Issues of Test Letter about EU AI Act.");
    }

    [Fact]
    public void Carries_the_sites_language()
    {
        using var site = TestSite.Build(ThreeIssues);

        site.Xml("tags/mistral/feed.xml").Root!.Element("channel")!.Element("language")!.Value.Should().Be("en");
        site.Xml("tags/mistral/atom.xml").Root!.Attribute(XNamespace.Xml + "lang")!.Value.Should().Be("en");
        using var json = JsonDocument.Parse(site.ReadText("tags/mistral/feed.json"));
        json.RootElement.GetProperty("language").GetString().Should().Be("en");
    }

    [Fact]
    public void Links_to_its_own_file_as_self_and_to_the_tag_page_as_alternate()
    {
        using var site = TestSite.Build(ThreeIssues);

        var channel = site.Xml("tags/mistral/feed.xml").Root!.Element("channel")!;
        channel.Element("link")!.Value.Should().Be("https://example.org/tags/mistral/");
        channel.Element(Atom + "link")!.Attribute("href")!.Value.Should().Be("https://example.org/tags/mistral/feed.xml");

        var feed = site.Xml("tags/mistral/atom.xml").Root!;
        var links = feed.Elements(Atom + "link").ToDictionary(l => l.Attribute("rel")!.Value, l => l.Attribute("href")!.Value);
        links.Should().Equal(new Dictionary<string, string>
        {
            ["self"] = "https://example.org/tags/mistral/atom.xml",
            ["alternate"] = "https://example.org/tags/mistral/",
        });
        feed.Element(Atom + "id")!.Value.Should().Be("https://example.org/tags/mistral/atom.xml");

        using var json = JsonDocument.Parse(site.ReadText("tags/mistral/feed.json"));
        json.RootElement.GetProperty("feed_url").GetString().Should().Be("https://example.org/tags/mistral/feed.json");
        json.RootElement.GetProperty("home_page_url").GetString().Should().Be("https://example.org/tags/mistral/");
    }

    [Fact]
    public void Is_updated_when_the_tags_newest_post_last_changed_not_the_sites()
    {
        using var site = TestSite.Build(ThreeIssues);

        var atomUpdated = site.Xml("tags/mistral/atom.xml").Root!.Element(Atom + "updated")!.Value;
        XmlConvert.ToDateTimeOffset(atomUpdated).Should().Be(new DateTimeOffset(2024, 1, 10, 12, 0, 0, TimeSpan.FromHours(1)));
        site.Xml("tags/mistral/feed.xml").Root!.Element("channel")!.Element("lastBuildDate")!.Value.Should().Be("Wed, 10 Jan 2024 12:00:00 +0100");
    }

    [Fact]
    public void Keeps_only_the_newest_posts_of_the_tag_when_feed_size_is_set()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            feed_size: 1
            """ + "\n" + ThreeIssues);

        RssTitles(site, "tags/mistral/feed.xml").Should().Equal("Mixtral");
        AtomTitles(site, "tags/mistral/atom.xml").Should().Equal("Mixtral");
        JsonTitles(site, "tags/mistral/feed.json").Should().Equal("Mixtral");
    }

    [Fact]
    public void Gathers_every_spelling_of_a_tag_into_one_set_of_feeds()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-01-01
            tags: [EU AI Act]
            ---
            A.
            -- content/posts/b.md --
            ---
            title: B
            date: 2024-02-01
            tags: [eu-ai-act]
            ---
            B.
            -- content/posts/c.md --
            ---
            title: C
            date: 2024-03-01
            tags: [EU AI Act]
            ---
            C.
            """);

        site.OutputFiles().Where(f => f.EndsWith("atom.xml", StringComparison.Ordinal)).Should().Equal("atom.xml", "tags/eu-ai-act/atom.xml");
        AtomTitles(site, "tags/eu-ai-act/atom.xml").Should().Equal("C", "B", "A");
        site.Xml("tags/eu-ai-act/atom.xml").Root!.Element(Atom + "title")!.Value.Should().Be("Test Letter: EU AI Act");
    }

    [Fact]
    public void Puts_the_feeds_of_a_tag_with_accents_under_its_ascii_slug()
    {
        using var site = TestSite.Build("""
            -- content/posts/bilan.md --
            ---
            title: Bilan
            date: 2024-11-15
            tags: [français]
            ---
            Un an.
            """);

        site.Exists("tags/francais/feed.xml").Should().BeTrue();
        site.Xml("tags/francais/atom.xml").Root!.Element(Atom + "title")!.Value.Should().Be("Test Letter: français");
        JsonTitles(site, "tags/francais/feed.json").Should().Equal("Bilan");
    }

    [Fact]
    public void Writes_no_feeds_for_a_tag_only_drafts_use()
    {
        using var site = TestSite.Build("""
            -- content/posts/out.md --
            ---
            title: Out
            date: 2024-01-01
            tags: [public]
            ---
            Out.
            -- content/posts/draft.md --
            ---
            title: Draft
            date: 2024-02-01
            tags: [secret]
            draft: true
            ---
            Not yet.
            """);

        site.OutputFiles().Should().NotContain(f => f.StartsWith("tags/secret/", StringComparison.Ordinal));
        RssTitles(site, "tags/public/feed.xml").Should().Equal("Out");
    }

    [Theory]
    [InlineData("tags/mistral/feed.xml")]
    [InlineData("tags/mistral/atom.xml")]
    public void Is_read_by_the_dotnet_syndication_reader(string path)
    {
        using var site = TestSite.Build(ThreeIssues);

        using var reader = XmlReader.Create(Path.Combine(site.Output, path));
        var feed = SyndicationFeed.Load(reader);

        feed.Title.Text.Should().Be("Test Letter: Mistral");
        feed.Items.Select(i => i.Title.Text).Should().Equal("Mixtral", "Mistral 7B");
        feed.Items.SelectMany(i => i.Links).Select(l => l.Uri.IsAbsoluteUri).Should().AllBeEquivalentTo(true);
    }

    [Theory]
    [InlineData("tags/mistral/feed.xml")]
    [InlineData("tags/mistral/atom.xml")]
    public void Is_read_by_codehollow_feedreader(string path)
    {
        using var site = TestSite.Build(ThreeIssues);

        var feed = CodeHollow.FeedReader.FeedReader.ReadFromString(site.ReadText(path));

        feed.Title.Should().Be("Test Letter: Mistral");
        feed.Items.Select(i => i.Title).Should().Equal("Mixtral", "Mistral 7B");
        feed.Items.Select(i => i.Link).Should().Equal("https://example.org/posts/mixtral/", "https://example.org/posts/mistral-7b/");
    }

    [Fact]
    public void Gives_items_the_same_ids_as_the_site_feed()
    {
        using var site = TestSite.Build(ThreeIssues);

        string Id(string path) => site.Xml(path).Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "title")!.Value == "Mixtral").Element(Atom + "id")!.Value;
        Id("tags/mistral/atom.xml").Should().Be(Id("atom.xml")).And.Be(Id("tags/eu-ai-act/atom.xml"));
    }
}
