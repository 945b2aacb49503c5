using System.Globalization;
using System.Text;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Templates;

/// <summary>The home page split over several pages, as a reader walks through it.</summary>
public class HomePaginationTests
{
    [Fact]
    public void Twelve_posts_at_five_a_page_make_three_home_pages()
    {
        using var site = TwelvePostsFiveAPage();

        site.Errors.Should().BeEmpty();
        site.OutputFiles().Where(f => f == "index.html" || f.StartsWith("page/", StringComparison.Ordinal))
            .Should().Equal("index.html", "page/2/index.html", "page/3/index.html");
    }

    [Theory]
    [InlineData("index.html", new[] { "Issue 12", "Issue 11", "Issue 10", "Issue 09", "Issue 08" })]
    [InlineData("page/2/index.html", new[] { "Issue 07", "Issue 06", "Issue 05", "Issue 04", "Issue 03" })]
    [InlineData("page/3/index.html", new[] { "Issue 02", "Issue 01" })]
    public void Each_home_page_lists_its_own_posts_newest_first(string page, string[] titles)
    {
        using var site = TwelvePostsFiveAPage();

        site.Html(page).QuerySelectorAll("main .post-list h2").Select(h => h.TextContent.Trim()).Should().Equal(titles);
    }

    [Theory]
    [InlineData("index.html", null, "page/2/index.html")]
    [InlineData("page/2/index.html", "index.html", "page/3/index.html")]
    [InlineData("page/3/index.html", "page/2/index.html", null)]
    public void Each_home_page_links_to_the_newer_and_older_page(string page, string? newer, string? older)
    {
        using var site = TwelvePostsFiveAPage();
        var html = site.Html(page);

        string? Target(string rel) =>
            html.QuerySelector($"nav.pagination a[rel={rel}]")?.GetAttribute("href") is { } href ? SiteUrls.TargetFile(href, page) : null;

        Target("prev").Should().Be(newer);
        Target("next").Should().Be(older);
    }

    [Fact]
    public void Every_link_on_every_home_page_leads_to_a_built_file()
    {
        using var site = TwelvePostsFiveAPage();

        var broken = new List<string>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in new[] { "index.html", "page/2/index.html", "page/3/index.html" })
        {
            foreach (var element in site.Html(page).QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith('#'))
                {
                    continue;
                }

                var target = SiteUrls.TargetFile(url, page);
                if (target is null || !site.Exists(target))
                {
                    broken.Add($"{page}: {url}");
                }
                else
                {
                    reached.Add(target);
                }
            }
        }

        broken.Should().BeEmpty();
        reached.Should().Contain(["index.html", "page/2/index.html", "page/3/index.html", "posts/issue-01/index.html", "feed.xml", "assets/style.css"]);
    }

    private static TestSite TwelvePostsFiveAPage()
    {
        var files = new StringBuilder();
        files.AppendLine("-- content/site.yml --").AppendLine(TestSite.DefaultSiteYml.Replace("posts_per_page: 10", "posts_per_page: 5", StringComparison.Ordinal));
        for (var i = 1; i <= 12; i++)
        {
            files.AppendLine(CultureInfo.InvariantCulture, $"-- content/posts/issue-{i:00}.md --")
                .AppendLine("---")
                .AppendLine(CultureInfo.InvariantCulture, $"title: Issue {i:00}")
                .AppendLine(CultureInfo.InvariantCulture, $"date: 2024-{i:00}-01")
                .AppendLine("---")
                .AppendLine(CultureInfo.InvariantCulture, $"Body of issue {i}.");
        }

        return TestSite.Build(files.ToString());
    }
}
