using AngleSharp.Html.Parser;
using AwesomeAssertions;
using NewsletterGen.Checks;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Privacy;

/// <summary>The second wall: every page the repository's theme and the build make carries a
/// Content-Security-Policy that lets it fetch from its own origin only, and _headers says the same
/// to hosts that read it.</summary>
public class ContentSecurityPolicyTests
{
    private const string Site = """
        -- content/posts/moved.md --
        ---
        title: Moved
        date: 2024-05-01
        aliases: [/old/moved/]
        tags: [privacy]
        ---
        Text.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About.
        """;

    [Fact]
    public void Every_page_carries_the_policy_in_a_meta_element_before_anything_it_loads()
    {
        using var site = TestSite.Build(Site);

        site.Errors.Should().BeEmpty();
        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        pages.Should().Contain(["index.html", "404.html", "posts/moved/index.html", "old/moved/index.html", "about/index.html", "tags/privacy/index.html"]);
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(site.ReadText(page));
            var metas = document.QuerySelectorAll("meta[http-equiv]").Where(m => m.GetAttribute("http-equiv") == "Content-Security-Policy").ToList();
            metas.Should().ContainSingle(page);
            var policy = metas[0];
            policy.ParentElement.Should().Be(document.Head, page);
            policy.GetAttribute("content").Should().Be(ContentSecurityPolicy.Value, page);
            policy.GetAttribute("content").Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("base-uri 'none'");
            // A meta policy covers only what comes after it.
            document.Head!.QuerySelectorAll("link, script, style").Should().OnlyContain(e => e.CompareDocumentPosition(policy).HasFlag(AngleSharp.Dom.DocumentPositions.Preceding), page);
        }
    }

    [Fact]
    public void The_headers_file_gives_hosts_the_same_policy_for_every_path()
    {
        using var site = TestSite.Build(Site);

        var lines = site.ReadText("_headers").Split('\n');
        lines.Should().Contain("/*");
        lines.Should().Contain("  Content-Security-Policy: " + ContentSecurityPolicy.Value + "; frame-ancestors 'self'");
    }

    [Fact]
    public void A_sites_own_headers_file_is_published_instead()
    {
        using var site = TestSite.Build(Site + "\n" + """
            -- content/static/_headers --
            /*
              X-Own: yes
            """);

        site.Errors.Should().BeEmpty();
        site.ReadText("_headers").Should().Contain("X-Own: yes").And.NotContain("Written by NewsletterGen");
    }
}
