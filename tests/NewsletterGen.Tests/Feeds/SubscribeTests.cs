using System.Text.Json;
using System.Xml.Linq;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Feeds;

/// <summary>How readers find the feeds: the /subscribe/ page, the autodiscovery links in every
/// page's head, and the WebSub hub that pushes new issues to them.</summary>
public class SubscribeTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string TwoTaggedIssues = """
        -- content/posts/mixtral.md --
        ---
        title: Mixtral
        date: 2023-12-15
        tags: [Mistral, compute]
        ---
        Experts.
        -- content/posts/act.md --
        ---
        title: The AI Act
        date: 2024-03-14
        tags: [EU AI Act]
        ---
        Rules.
        -- content/pages/about.md --
        ---
        title: About
        ---
        Us.
        """;

    private const string WithHub = """
        -- content/site.yml --
        title: Test Letter
        base_url: https://example.org/
        websub_hub: https://hub.example.net/
        -- content/posts/mixtral.md --
        ---
        title: Mixtral
        date: 2023-12-15
        tags: [Mistral]
        ---
        Experts.
        """;

    /// <summary>The built file a root-relative link leads to, below the base path.</summary>
    private static string Target(string href, string basePath = "/")
    {
        href.Should().StartWith(basePath);
        var path = href[basePath.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static List<string> FeedLinks(TestSite site) =>
        site.Html("subscribe/index.html").QuerySelectorAll("main .feed-list a").Select(a => a.GetAttribute("href")!).ToList();

    private static List<(string? Type, string? Title, string? Href)> Alternates(TestSite site, string page) =>
        site.Html(page).QuerySelectorAll("head link[rel='alternate']")
            .Select(l => (l.GetAttribute("type"), l.GetAttribute("title"), l.GetAttribute("href")))
            .ToList();

    [Fact]
    public void Lists_the_three_site_feeds_and_the_three_feeds_of_every_tag()
    {
        using var site = TestSite.Build(TwoTaggedIssues);

        site.Errors.Should().BeEmpty();
        FeedLinks(site).Should().Equal(
            "/feed.xml", "/atom.xml", "/feed.json",
            "/tags/compute/feed.xml", "/tags/compute/atom.xml", "/tags/compute/feed.json",
            "/tags/eu-ai-act/feed.xml", "/tags/eu-ai-act/atom.xml", "/tags/eu-ai-act/feed.json",
            "/tags/mistral/feed.xml", "/tags/mistral/atom.xml", "/tags/mistral/feed.json");
    }

    [Fact]
    public void Links_only_to_feeds_that_the_build_wrote()
    {
        using var site = TestSite.Build(TwoTaggedIssues);

        var links = FeedLinks(site);
        links.Should().HaveCount(12);
        links.Select(l => Target(l)).Should().OnlyContain(path => site.Exists(path));
    }

    [Fact]
    public void Shows_each_site_feeds_absolute_address_to_paste_into_a_reader()
    {
        using var site = TestSite.Build(TwoTaggedIssues);

        site.Html("subscribe/index.html").QuerySelectorAll("main .feed-list code").Select(c => c.TextContent)
            .Should().Equal("https://example.org/feed.xml", "https://example.org/atom.xml", "https://example.org/feed.json");
    }

    [Fact]
    public void Links_to_built_feeds_when_the_site_lives_below_a_folder()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/letter/
            """ + "\n" + TwoTaggedIssues);

        site.Errors.Should().BeEmpty();
        var links = FeedLinks(site);
        links.Should().HaveCount(12).And.AllSatisfy(l => l.Should().StartWith("/letter/"));
        links.Select(l => Target(l, "/letter/")).Should().OnlyContain(path => site.Exists(path));
    }

    [Fact]
    public void Is_not_written_when_the_theme_has_no_subscribe_template()
    {
        using var site = TestSite.Build(BareTheme.With(TwoTaggedIssues));

        site.Errors.Should().BeEmpty();
        site.Exists("subscribe/index.html").Should().BeFalse();
        site.Exists("feed.xml").Should().BeTrue();
    }

    [Fact]
    public void Every_page_announces_the_three_site_feeds_for_autodiscovery()
    {
        using var site = TestSite.Build(TwoTaggedIssues);

        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal) && (!f.StartsWith("tags/", StringComparison.Ordinal) || f == "tags/index.html")).ToList();
        pages.Should().Contain(["index.html", "posts/mixtral/index.html", "about/index.html", "archive/index.html", "tags/index.html", "subscribe/index.html", "404.html"]);
        pages.Should().AllSatisfy(page => Alternates(site, page).Should().Equal(
            [
                ("application/rss+xml", "Test Letter (RSS)", "/feed.xml"),
                ("application/atom+xml", "Test Letter (Atom)", "/atom.xml"),
                ("application/feed+json", "Test Letter (JSON Feed)", "/feed.json"),
            ],
            $"{page} must announce the site's feeds"));
    }

    [Fact]
    public void A_feed_reader_discovers_the_site_feeds_from_the_home_page()
    {
        using var site = TestSite.Build(TwoTaggedIssues);

        var discovered = CodeHollow.FeedReader.FeedReader.ParseFeedUrlsFromHtml(site.ReadText("index.html"))
            .Select(l => (l.Url, l.Title))
            .ToList();
        discovered.Should().Contain([("/feed.xml", "Test Letter (RSS)"), ("/atom.xml", "Test Letter (Atom)")]);
    }

    [Fact]
    public void A_tag_page_announces_the_tags_own_feeds_first()
    {
        using var site = TestSite.Build(TwoTaggedIssues);

        Alternates(site, "tags/eu-ai-act/index.html").Should().Equal(
            ("application/rss+xml", "Test Letter: EU AI Act (RSS)", "/tags/eu-ai-act/feed.xml"),
            ("application/atom+xml", "Test Letter: EU AI Act (Atom)", "/tags/eu-ai-act/atom.xml"),
            ("application/feed+json", "Test Letter: EU AI Act (JSON Feed)", "/tags/eu-ai-act/feed.json"),
            ("application/rss+xml", "Test Letter (RSS)", "/feed.xml"),
            ("application/atom+xml", "Test Letter (Atom)", "/atom.xml"),
            ("application/feed+json", "Test Letter (JSON Feed)", "/feed.json"));
    }

    [Fact]
    public void Every_autodiscovery_link_leads_to_a_built_feed()
    {
        using var site = TestSite.Build(TwoTaggedIssues);

        var hrefs = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(page => Alternates(site, page).Select(a => a.Href!))
            .Distinct()
            .ToList();
        hrefs.Should().HaveCount(12);
        hrefs.Select(h => Target(h)).Should().OnlyContain(path => site.Exists(path));
    }

    [Fact]
    public void A_tag_page_links_to_its_own_feeds_in_its_body()
    {
        using var site = TestSite.Build(TwoTaggedIssues);

        site.Html("tags/mistral/index.html").QuerySelectorAll("main .tag-feeds a").Select(a => a.GetAttribute("href"))
            .Should().Equal("/tags/mistral/feed.xml", "/tags/mistral/atom.xml", "/tags/mistral/feed.json");
    }

    [Fact]
    public void Announces_the_websub_hub_in_all_three_site_feeds()
    {
        using var site = TestSite.Build(WithHub);

        site.Errors.Should().BeEmpty();
        site.Xml("feed.xml").Root!.Element("channel")!.Elements(Atom + "link")
            .Single(l => l.Attribute("rel")!.Value == "hub").Attribute("href")!.Value.Should().Be("https://hub.example.net/");
        site.Xml("atom.xml").Root!.Elements(Atom + "link")
            .Single(l => l.Attribute("rel")!.Value == "hub").Attribute("href")!.Value.Should().Be("https://hub.example.net/");
        using var json = JsonDocument.Parse(site.ReadText("feed.json"));
        var hub = json.RootElement.GetProperty("hubs").EnumerateArray().Single();
        hub.GetProperty("type").GetString().Should().Be("WebSub");
        hub.GetProperty("url").GetString().Should().Be("https://hub.example.net/");
    }

    [Fact]
    public void Announces_the_websub_hub_in_tag_feeds_too()
    {
        using var site = TestSite.Build(WithHub);

        site.Xml("tags/mistral/atom.xml").Root!.Elements(Atom + "link").Select(l => l.Attribute("rel")!.Value)
            .Should().Contain("hub");
        site.Xml("tags/mistral/feed.xml").Root!.Element("channel")!.Elements(Atom + "link").Select(l => l.Attribute("rel")!.Value)
            .Should().Contain("hub");
        using var json = JsonDocument.Parse(site.ReadText("tags/mistral/feed.json"));
        json.RootElement.TryGetProperty("hubs", out _).Should().BeTrue();
    }

    [Fact]
    public void Keeps_the_self_link_beside_the_hub_so_websub_knows_the_topic()
    {
        using var site = TestSite.Build(WithHub);

        site.Xml("feed.xml").Root!.Element("channel")!.Elements(Atom + "link").Select(l => (l.Attribute("rel")!.Value, l.Attribute("href")!.Value))
            .Should().Equal(("self", "https://example.org/feed.xml"), ("hub", "https://hub.example.net/"));
    }

    [Fact]
    public void Announces_no_hub_in_any_feed_without_websub_hub()
    {
        using var site = TestSite.Build(TwoTaggedIssues);

        foreach (var feed in new[] { "feed.xml", "tags/mistral/feed.xml" })
        {
            site.Xml(feed).Descendants(Atom + "link").Where(l => l.Attribute("rel")!.Value == "hub").Should().BeEmpty();
        }

        foreach (var feed in new[] { "atom.xml", "tags/mistral/atom.xml" })
        {
            site.Xml(feed).Root!.Elements(Atom + "link").Where(l => l.Attribute("rel")!.Value == "hub").Should().BeEmpty();
        }

        foreach (var feed in new[] { "feed.json", "tags/mistral/feed.json" })
        {
            using var json = JsonDocument.Parse(site.ReadText(feed));
            json.RootElement.TryGetProperty("hubs", out _).Should().BeFalse();
        }
    }

    [Fact]
    public void Reports_a_websub_hub_that_is_not_an_http_url()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            websub_hub: ftp://hub.example.net/
            """);

        site.Errors.Should().Equal(
            "content/site.yml:3:13: error NG0402: 'websub_hub' must be an absolute http(s) URL, e.g. https://pubsubhubbub.appspot.com/");
    }
}
