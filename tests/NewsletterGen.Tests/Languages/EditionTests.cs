using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Languages;

/// <summary>A site in English, French and German: each language's edition below its folder with
/// its own home, archive, tags, feeds and search index; translations linked both ways by file
/// name or by translation_key, announced with hreflang, og:locale and the sitemap.</summary>
public sealed class EditionTests : IDisposable
{
    /// <summary>TestSite's default site.yml with French and German declared.</summary>
    public const string SiteYml = $"""
        {TestSite.DefaultSiteYml}
        languages:
          fr:
            title: La Lettre
            description: Une lettre pour les tests.
          de:
            title: Der Brief
        """;

    public const string Files = $"""
        -- content/site.yml --
        {SiteYml}
        -- content/posts/2024-03-01-compute.md --
        ---
        title: Compute in Europe
        date: 2024-03-01
        tags: [Compute]
        ---
        EuroHPC machines.
        -- content/posts/2024-03-01-compute.fr.md --
        ---
        title: Le calcul en Europe
        date: 2024-03-02
        tags: [Calcul]
        ---
        Les machines EuroHPC.
        -- content/posts/2024-04-01-act.md --
        ---
        title: The AI Act in force
        date: 2024-04-01
        translation_key: ai-act
        tags: [EU AI Act]
        ---
        Obligations.
        -- content/posts/2024-04-05-ki-verordnung.md --
        ---
        title: Die KI-Verordnung gilt
        date: 2024-04-05
        lang: de
        translation_key: ai-act
        tags: [KI-Verordnung]
        ---
        Pflichten für Anbieter.
        -- content/posts/2024-05-01-seul.md --
        ---
        title: Un numéro seulement en français
        date: 2024-05-01
        language: fr
        tags: [Calcul]
        ---
        Rien qu'en français.
        -- content/pages/about.md --
        ---
        title: About
        ---
        A newsletter about European AI.
        """;

    /// <summary>An English post alone, without a language of its own; its page is
    /// posts/compute-in-europe/index.html.</summary>
    public static readonly string ComputeInEurope = SampleSites.Post("2024-03-01-compute.md", "Compute in Europe", "2024-03-01", "EuroHPC machines.");

    private readonly TestSite _site = TestSite.Build(Files, o => o with { Now = TestSite.Now });

    public void Dispose() => _site.Dispose();

    /// <summary>The page's `link rel=alternate hreflang` elements, as (hreflang, href), in order.</summary>
    private static IEnumerable<(string? Lang, string? Href)> Alternates(IHtmlDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href")));

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        _site.Result.Succeeded.Should().BeTrue(string.Join("\n", _site.Errors));
        _site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void The_default_language_keeps_the_root_and_the_others_live_below_their_code()
    {
        _site.Exists("posts/compute-in-europe/index.html").Should().BeTrue();
        _site.Exists("fr/posts/le-calcul-en-europe/index.html").Should().BeTrue();
        _site.Exists("de/posts/die-ki-verordnung-gilt/index.html").Should().BeTrue();
        _site.Exists("fr/posts/un-numero-seulement-en-francais/index.html").Should().BeTrue();
        foreach (var edition in new[] { "", "fr/", "de/" })
        {
            foreach (var file in new[] { "index.html", "archive/index.html", "tags/index.html", "search/index.html", "subscribe/index.html", "feed.xml", "atom.xml", "feed.json", "search/index.json" })
            {
                _site.Exists(edition + file).Should().BeTrue($"/{edition}{file} should be made");
            }
        }

        _site.Exists("fr/tags/calcul/feed.xml").Should().BeTrue();
        _site.Exists("de/tags/ki-verordnung/atom.xml").Should().BeTrue();
        _site.Exists("tags/calcul/index.html").Should().BeFalse("tags are per language");
        _site.Exists("about/index.html").Should().BeTrue();
        _site.Exists("fr/about/index.html").Should().BeFalse("pages are the site's, not an edition's");
    }

    [Fact]
    public void Each_page_says_its_language_and_each_edition_lists_only_its_posts()
    {
        _site.Html("index.html").DocumentElement.GetAttribute("lang").Should().Be("en");
        var french = _site.Html("fr/index.html");
        french.DocumentElement.GetAttribute("lang").Should().Be("fr");
        french.Title.Should().Be("La Lettre");
        french.QuerySelectorAll(".post-list h2 a").Select(a => a.GetAttribute("href")).Should().Equal(
            "/fr/posts/un-numero-seulement-en-francais/", "/fr/posts/le-calcul-en-europe/");
        _site.Html("de/archive/index.html").DocumentElement.GetAttribute("lang").Should().Be("de");
        _site.Html("fr/tags/calcul/index.html").DocumentElement.GetAttribute("lang").Should().Be("fr");
        _site.Html("index.html").QuerySelectorAll(".post-list h2 a").Select(a => a.GetAttribute("href")).Should().Equal(
            "/posts/the-ai-act-in-force/", "/posts/compute-in-europe/");
    }

    [Fact]
    public void A_translated_post_announces_each_translation_and_x_default_and_links_to_it_in_the_switcher()
    {
        var page = _site.Html("fr/posts/le-calcul-en-europe/index.html");
        Alternates(page).Should().Equal(
            ("en", "https://example.org/posts/compute-in-europe/"),
            ("fr", "https://example.org/fr/posts/le-calcul-en-europe/"),
            ("x-default", "https://example.org/posts/compute-in-europe/"));
        page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content").Should().Be("fr");
        page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")).Should().Equal("en");
        page.QuerySelectorAll(".language-switcher a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"))).Should().Equal(
            ("en", "/posts/compute-in-europe/"), ("fr", "/fr/posts/le-calcul-en-europe/"), ("de", "/de/"));

        var original = _site.Html("posts/compute-in-europe/index.html");
        Alternates(original).Select(a => a.Lang).Should().Equal("en", "fr", "x-default");
    }

    [Fact]
    public void A_shared_translation_key_links_posts_whatever_their_file_names()
    {
        var german = _site.Html("de/posts/die-ki-verordnung-gilt/index.html");
        Alternates(german).Should().Equal(
            ("en", "https://example.org/posts/the-ai-act-in-force/"),
            ("de", "https://example.org/de/posts/die-ki-verordnung-gilt/"),
            ("x-default", "https://example.org/posts/the-ai-act-in-force/"));
    }

    [Fact]
    public void A_post_alone_in_its_language_has_no_hreflang_and_its_switcher_leads_to_the_other_homes()
    {
        var page = _site.Html("fr/posts/un-numero-seulement-en-francais/index.html");
        Alternates(page).Should().BeEmpty();
        page.QuerySelectorAll(".language-switcher a").Select(a => a.GetAttribute("href")).Should().Equal(
            "/", "/fr/posts/un-numero-seulement-en-francais/", "/de/");
    }

    [Fact]
    public void Each_feed_has_its_language_and_only_its_languages_posts()
    {
        static (string? Language, IReadOnlyList<string> Links) Rss(XDocument feed) =>
            (feed.Root!.Element("channel")!.Element("language")?.Value, [.. feed.Descendants("item").Select(i => i.Element("link")!.Value)]);

        Rss(_site.Xml("fr/feed.xml")).Should().BeEquivalentTo((Language: "fr", Links: new[]
        {
            "https://example.org/fr/posts/un-numero-seulement-en-francais/", "https://example.org/fr/posts/le-calcul-en-europe/",
        }));
        Rss(_site.Xml("feed.xml")).Links.Should().Equal("https://example.org/posts/the-ai-act-in-force/", "https://example.org/posts/compute-in-europe/");
        Rss(_site.Xml("de/tags/ki-verordnung/feed.xml")).Should().BeEquivalentTo((Language: "de", Links: new[] { "https://example.org/de/posts/die-ki-verordnung-gilt/" }));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var atomFeed = _site.Xml("fr/atom.xml");
        atomFeed.Root!.Attribute(XNamespace.Xml + "lang")!.Value.Should().Be("fr");
        atomFeed.Root.Elements(atom + "entry").Should().HaveCount(2);

        using var json = System.Text.Json.JsonDocument.Parse(_site.ReadText("de/feed.json"));
        json.RootElement.GetProperty("language").GetString().Should().Be("de");
        json.RootElement.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void Each_languages_search_page_reads_an_index_of_that_languages_posts()
    {
        _site.Html("fr/search/index.html").QuerySelector("form[data-index]")!.GetAttribute("data-index").Should().Be("/fr/search/index.json");
        using var manifest = System.Text.Json.JsonDocument.Parse(_site.ReadText("fr/search/index.json"));
        var shards = manifest.RootElement.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        shards.Should().Equal("index-2024.json");
        using var shard = System.Text.Json.JsonDocument.Parse(_site.ReadText("fr/search/" + shards[0]));
        shard.RootElement.EnumerateArray().Select(e => e.GetProperty("url").GetString()).Should().BeEquivalentTo(
            "/fr/posts/un-numero-seulement-en-francais/", "/fr/posts/le-calcul-en-europe/");
        _site.ReadText("search/index-2024.json").Should().NotContain("/fr/");
    }

    [Fact]
    public void The_sitemap_lists_every_edition_with_xhtml_link_alternates()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var sitemap = _site.Xml("sitemap.xml");
        var urls = sitemap.Descendants(sm + "url").ToDictionary(u => u.Element(sm + "loc")!.Value);
        urls.Should().ContainKeys("https://example.org/fr/posts/le-calcul-en-europe/", "https://example.org/de/", "https://example.org/fr/archive/");
        urls["https://example.org/fr/posts/le-calcul-en-europe/"].Elements(xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).Should().Equal(
            ("en", "https://example.org/posts/compute-in-europe/"), ("fr", "https://example.org/fr/posts/le-calcul-en-europe/"));
        urls["https://example.org/"].Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value).Should().Equal("en", "fr", "de");
        urls["https://example.org/fr/posts/un-numero-seulement-en-francais/"].Elements(xhtml + "link").Should().BeEmpty();
    }

    [Fact]
    public void Templates_see_the_pages_language_and_the_sites_languages()
    {
        using var site = TestSite.Build(BareTheme.With(Files + """

            -- templates/archive.html --
            <p id="lang">{{ lang }}</p>
            <ul id="languages">{{ for l in site.languages }}<li data-code="{{ l.code }}" data-home="{{ l.home_url }}">{{ l.name }}</li>{{ end }}</ul>
            <ul id="alternates">{{ for a in page.alternates }}<li data-lang="{{ a.lang }}">{{ a.url }}</li>{{ end }}</ul>
            -- templates/post.html --
            <ul id="translations">{{ for t in post.translations }}<li data-lang="{{ t.lang }}" data-url="{{ t.url }}">{{ t.title }}</li>{{ end }}</ul>
            """), o => o with { Now = TestSite.Now });

        var archive = site.Html("de/archive/index.html");
        archive.GetElementById("lang")!.TextContent.Should().Be("de");
        archive.QuerySelectorAll("#languages li").Select(l => (l.GetAttribute("data-code"), l.GetAttribute("data-home"), l.TextContent)).Should().Equal(
            ("en", "/", "English"), ("fr", "/fr/", "Français"), ("de", "/de/", "Deutsch"));
        archive.QuerySelectorAll("#alternates li").Select(l => l.TextContent).Should().Equal("/archive/", "/fr/archive/", "/de/archive/");
        site.Html("archive/index.html").GetElementById("lang")!.TextContent.Should().Be("en");
        site.Html("posts/compute-in-europe/index.html").QuerySelectorAll("#translations li").Select(l => (l.GetAttribute("data-lang"), l.GetAttribute("data-url"), l.TextContent)).Should().Equal(
            ("fr", "/fr/posts/le-calcul-en-europe/", "Le calcul en Europe"));
    }

    [Fact]
    public void Slugs_follow_the_posts_language()
    {
        using var site = TestSite.Build($"""
            -- content/site.yml --
            {SiteYml}
            {SampleSites.Post("2024-03-01-groesse.de.md", "Größe und Übermut", "2024-03-01", "Text.")}
            """, o => o with { Now = TestSite.Now });

        site.Exists("de/posts/groesse-und-uebermut/index.html").Should().BeTrue(string.Join("\n", site.OutputFiles()));
    }

    [Fact]
    public void A_site_in_one_language_has_no_language_links()
    {
        using var site = TestSite.Build(ComputeInEurope, o => o with { Now = TestSite.Now });

        var page = site.Html("posts/compute-in-europe/index.html");
        page.QuerySelectorAll("link[hreflang], meta[property='og:locale:alternate'], .language-switcher").Should().BeEmpty();
        site.ReadText("sitemap.xml").Should().NotContain("xhtml");
    }
}
