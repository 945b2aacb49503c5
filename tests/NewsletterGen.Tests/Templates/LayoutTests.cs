using AngleSharp.Html.Dom;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Templates;

/// <summary>What every HTML page of a site has in its head, whatever its kind.</summary>
public class LayoutTests
{
    private const string EveryKind = """
        -- content/site.yml --
        title: Test Letter
        base_url: https://example.org/
        language: de
        time_zone: Europe/Berlin
        posts_per_page: 1
        -- content/posts/first.md --
        ---
        title: First
        date: 2024-01-10
        tags: [Mistral]
        ---
        One.
        -- content/posts/second.md --
        ---
        title: Second
        date: 2024-02-10
        ---
        Two.
        -- content/pages/about.md --
        ---
        title: About
        ---
        Us.
        """;

    [Fact]
    public void Every_page_links_to_the_rss_feed()
    {
        using var site = TestSite.Build(EveryKind);

        foreach (var (path, html) in Pages(site))
        {
            var feeds = html.QuerySelectorAll("head link[rel=alternate][type='application/rss+xml']")
                .Select(l => SiteUrls.TargetFile(l.GetAttribute("href")!, path))
                .ToList();
            var expected = path.StartsWith("tags/mistral/", StringComparison.Ordinal)
                ? new[] { "tags/mistral/feed.xml", "feed.xml" }    // a tag page announces its own feed first
                : ["feed.xml"];
            feeds.Should().Equal(expected, path);
        }
    }

    [Fact]
    public void Every_page_declares_the_site_language()
    {
        using var site = TestSite.Build(EveryKind);

        Pages(site).Select(p => (p.Path, Lang: p.Html.DocumentElement.GetAttribute("lang")))
            .Should().OnlyContain(p => p.Lang == "de");
    }

    [Fact]
    public void Every_page_has_its_own_absolute_url_as_canonical_link()
    {
        using var site = TestSite.Build(EveryKind);

        foreach (var (path, html) in Pages(site))
        {
            html.QuerySelectorAll("head link[rel=canonical]").Should().ContainSingle(path)
                .Which.GetAttribute("href").Should().Be(SiteUrls.PageUrl(path).AbsoluteUri, path);
        }
    }

    [Fact]
    public void Every_link_and_source_on_every_page_leads_to_a_built_file()
    {
        using var site = TestSite.Build(EveryKind);

        var broken = new List<string>();
        foreach (var (path, html) in Pages(site))
        {
            foreach (var element in html.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith('#'))
                {
                    continue;
                }

                // This site links nowhere else, so a URL off the site is as broken as a missing file.
                var target = SiteUrls.TargetFile(url, path);
                if (target is null || !site.Exists(target))
                {
                    broken.Add($"{path}: {url}");
                }
            }
        }

        broken.Should().BeEmpty();
    }

    [Fact]
    public void A_title_with_a_script_tag_prints_as_text_in_the_page_and_its_head()
    {
        using var site = TestSite.Build("""
            -- content/posts/xss.md --
            ---
            title: '<script>alert("x")</script> & co'
            slug: xss
            date: 2024-01-10
            ---
            Text.
            """);

        var html = site.Html("posts/xss/index.html");
        html.QuerySelectorAll("script:not([type='application/ld+json'])").Should().BeEmpty();
        html.QuerySelector("article h1")!.TextContent.Should().Be("<script>alert(\"x\")</script> & co");
        html.QuerySelector("meta[property='og:title']")!.GetAttribute("content").Should().Be("<script>alert(\"x\")</script> & co");
    }

    private static List<(string Path, IHtmlDocument Html)> Pages(TestSite site)
    {
        site.Errors.Should().BeEmpty();
        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f, site.Html(f))).ToList();
        // One of each kind: post, home (two pages), tag, tags, archive, page, 404.
        pages.Select(p => p.f).Should().Contain([
            "posts/first/index.html", "index.html", "page/2/index.html", "tags/mistral/index.html", "tags/index.html",
            "archive/index.html", "about/index.html", "404.html",
        ]);
        return pages;
    }
}
