using System.Xml.Linq;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Feeds;

public class SitemapTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string SmallSite = """
        -- content/site.yml --
        title: Test Letter
        base_url: https://example.org/
        time_zone: Europe/Paris
        posts_per_page: 2
        -- content/posts/first.md --
        ---
        title: First
        date: 2024-01-10T08:00:00+01:00
        tags: [Mistral]
        ---
        One.
        -- content/posts/second.md --
        ---
        title: Second
        date: 2024-03-01T08:00:00+01:00
        updated: 2024-07-02T10:15:00+02:00
        tags: [Mistral, EU AI Act]
        ---
        Two.
        -- content/posts/third.md --
        ---
        title: Third
        date: 2024-05-01T08:00:00+02:00
        ---
        Three.
        -- content/pages/about.md --
        ---
        title: About
        ---
        Us.
        """;

    [Fact]
    public void Lists_every_page_but_the_404_with_absolute_urls()
    {
        using var site = TestSite.Build(SmallSite);

        Locs(site).Should().BeEquivalentTo([
            "https://example.org/",
            "https://example.org/page/2/",
            "https://example.org/posts/first/",
            "https://example.org/posts/second/",
            "https://example.org/posts/third/",
            "https://example.org/about/",
            "https://example.org/tags/",
            "https://example.org/tags/mistral/",
            "https://example.org/tags/eu-ai-act/",
            "https://example.org/archive/",
            "https://example.org/subscribe/",
            "https://example.org/search/",
        ]);
    }

    [Fact]
    public void Every_url_listed_is_a_built_page()
    {
        using var site = TestSite.Build(SmallSite);

        Locs(site).Select(l => SiteUrls.TargetFile(l, "index.html")).Should().OnlyContain(f => f != null && site.Exists(f));
    }

    [Fact]
    public void Gives_a_post_its_update_date_as_lastmod_or_else_its_publication_date()
    {
        using var site = TestSite.Build(SmallSite);

        var lastmods = Urls(site).ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Element(Sm + "lastmod")?.Value);
        DateTimeOffset.Parse(lastmods["https://example.org/posts/second/"]!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(new DateTimeOffset(2024, 7, 2, 10, 15, 0, TimeSpan.FromHours(2)));
        DateTimeOffset.Parse(lastmods["https://example.org/posts/first/"]!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(new DateTimeOffset(2024, 1, 10, 8, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Leaves_out_the_404_page()
    {
        using var site = TestSite.Build(SmallSite);

        site.Exists("404.html").Should().BeTrue();
        Locs(site).Should().NotContain(l => l.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public void Robots_txt_names_the_absolute_sitemap_url()
    {
        using var site = TestSite.Build(SmallSite);

        site.ReadText("robots.txt").Split('\n').Should().Contain("Sitemap: https://example.org/sitemap.xml");
    }

    [Fact]
    public void A_site_below_a_folder_lists_its_pages_below_that_folder()
    {
        using var site = TestSite.Build(SmallSite.Replace("base_url: https://example.org/", "base_url: https://example.org/letter/", StringComparison.Ordinal));

        Locs(site).Should().OnlyContain(l => l.StartsWith("https://example.org/letter/", StringComparison.Ordinal))
            .And.Contain("https://example.org/letter/posts/first/");
        site.ReadText("robots.txt").Split('\n').Should().Contain("Sitemap: https://example.org/letter/sitemap.xml");
    }

    private static IEnumerable<XElement> Urls(TestSite site)
    {
        site.Errors.Should().BeEmpty();
        var root = site.Xml("sitemap.xml").Root!;
        root.Name.Should().Be(Sm + "urlset");
        return root.Elements(Sm + "url");
    }

    private static List<string> Locs(TestSite site) => Urls(site).Select(u => u.Element(Sm + "loc")!.Value).ToList();
}
