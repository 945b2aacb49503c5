using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Model;

public class SiteBuildTests
{
    [Fact]
    public void Builds_every_page_kind_of_a_small_site()
    {
        using var site = TestSite.Build("""
            -- content/posts/2024-05-01-first.md --
            ---
            title: First issue
            date: 2024-05-01
            tags: [Mistral]
            ---
            Hello, Europe.
            -- content/pages/about.md --
            ---
            title: About
            ---
            We write about AI.
            """);

        site.Errors.Should().BeEmpty();
        site.OutputFiles().Should().Contain([
            "index.html", "posts/first-issue/index.html", "tags/index.html", "tags/mistral/index.html",
            "archive/index.html", "about/index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "assets/style.css",
        ]);
    }

    [Fact]
    public void Tag_pages_list_posts_newest_first()
    {
        using var site = TestSite.Build("""
            -- content/posts/old.md --
            ---
            title: Older
            date: 2024-01-01
            tags: [mistral]
            ---
            Old.
            -- content/posts/new.md --
            ---
            title: Newer
            date: 2024-02-01
            tags: [mistral]
            ---
            New.
            """);

        var titles = site.Html("tags/mistral/index.html").QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        titles.Should().Equal("Newer", "Older");
    }
}
