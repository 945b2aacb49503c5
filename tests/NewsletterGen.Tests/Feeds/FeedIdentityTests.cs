using System.Text.Json;
using System.Xml.Linq;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Feeds;

/// <summary>A post's id in feeds never changes: readers use it to tell a new issue from one they
/// have shown already. It is the permalink by default, fixed by `id:`, or the first alias's
/// address when a post was renamed.</summary>
public class FeedIdentityTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The single post's id as RSS (guid), Atom (id) and JSON Feed (id) give it.</summary>
    private static (string Rss, string Atom, string Json) Ids(TestSite site)
    {
        var rss = site.Xml("feed.xml").Descendants("item").Single().Element("guid")!.Value;
        var atom = site.Xml("atom.xml").Root!.Element(Atom + "entry")!.Element(Atom + "id")!.Value;
        using var json = JsonDocument.Parse(site.ReadText("feed.json"));
        return (rss, atom, json.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!);
    }

    private static (string Rss, string Atom, string Json) Links(TestSite site)
    {
        var rss = site.Xml("feed.xml").Descendants("item").Single().Element("link")!.Value;
        var atom = site.Xml("atom.xml").Root!.Element(Atom + "entry")!.Elements(Atom + "link")
            .Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
        using var json = JsonDocument.Parse(site.ReadText("feed.json"));
        return (rss, atom, json.RootElement.GetProperty("items")[0].GetProperty("url").GetString()!);
    }

    private static XElement Guid(TestSite site) => site.Xml("feed.xml").Descendants("item").Single().Element("guid")!;

    private static string Post(string frontMatter) => $"""
        -- content/posts/post.md --
        ---
        {frontMatter}
        date: 2024-05-01T09:00:00+02:00
        ---
        Body.
        """;

    [Fact]
    public void Uses_the_permalink_as_the_id_by_default_in_all_three_formats()
    {
        using var site = TestSite.Build(Post("title: Old name"));

        site.Errors.Should().BeEmpty();
        Ids(site).Should().Be(("https://example.org/posts/old-name/", "https://example.org/posts/old-name/", "https://example.org/posts/old-name/"));
    }

    [Fact]
    public void Marks_a_permalink_guid_as_a_permalink_in_rss()
    {
        using var site = TestSite.Build(Post("title: Old name"));

        Guid(site).Attribute("isPermaLink")!.Value.Should().Be("true");
    }

    [Fact]
    public void Uses_the_front_matter_id_in_all_three_formats()
    {
        using var site = TestSite.Build(Post("title: Old name\nid: tag:example.org,2024:issue-1"));

        site.Errors.Should().BeEmpty();
        Ids(site).Should().Be(("tag:example.org,2024:issue-1", "tag:example.org,2024:issue-1", "tag:example.org,2024:issue-1"));
    }

    [Fact]
    public void Marks_a_fixed_id_as_no_permalink_in_rss()
    {
        using var site = TestSite.Build(Post("title: Old name\nid: tag:example.org,2024:issue-1"));

        Guid(site).Attribute("isPermaLink")!.Value.Should().Be("false");
    }

    [Fact]
    public void Keeps_a_fixed_id_when_the_title_and_so_the_url_change()
    {
        using var before = TestSite.Build(Post("title: Old name\nid: urn:uuid:6b1e0c4e-2f7a-4d6b-9a53-0d6f3b7a1c11"));
        using var after = TestSite.Build(Post("title: A much better name\nid: urn:uuid:6b1e0c4e-2f7a-4d6b-9a53-0d6f3b7a1c11"));

        Links(after).Rss.Should().Be("https://example.org/posts/a-much-better-name/");
        Ids(after).Should().Be(Ids(before));
    }

    [Fact]
    public void Uses_the_first_aliass_absolute_url_as_the_id()
    {
        using var site = TestSite.Build(Post("title: New name\naliases: [/posts/old-name/, /posts/older-name/]"));

        site.Errors.Should().BeEmpty();
        Ids(site).Should().Be(("https://example.org/posts/old-name/", "https://example.org/posts/old-name/", "https://example.org/posts/old-name/"));
    }

    [Fact]
    public void Prefers_a_fixed_id_to_the_first_alias()
    {
        using var site = TestSite.Build(Post("title: New name\nid: urn:example:issue-1\naliases: [/posts/old-name/]"));

        Ids(site).Should().Be(("urn:example:issue-1", "urn:example:issue-1", "urn:example:issue-1"));
    }

    [Fact]
    public void Keeps_the_same_id_in_all_three_formats_when_a_post_is_renamed_with_its_old_url_as_alias()
    {
        using var before = TestSite.Build(Post("title: Mistral launches\nslug: old-name"));
        using var after = TestSite.Build(Post("title: Mistral launches\nslug: new-name\naliases: [/posts/old-name/]"));

        before.Errors.Should().BeEmpty();
        after.Errors.Should().BeEmpty();
        Links(after).Should().Be(("https://example.org/posts/new-name/", "https://example.org/posts/new-name/", "https://example.org/posts/new-name/"));
        Ids(after).Should().Be(Ids(before));
    }

    [Fact]
    public void Marks_the_old_url_kept_as_id_as_no_permalink_in_rss()
    {
        using var site = TestSite.Build(Post("title: Mistral launches\nslug: new-name\naliases: [/posts/old-name/]"));

        Guid(site).Attribute("isPermaLink")!.Value.Should().Be("false");
    }

    [Fact]
    public void Writes_a_redirect_page_at_the_old_url_that_refreshes_to_the_new_permalink()
    {
        using var site = TestSite.Build(Post("title: Mistral launches\nslug: new-name\naliases: [/posts/old-name/]"));

        var page = site.Html("posts/old-name/index.html");
        page.QuerySelector("meta[http-equiv='refresh']")!.GetAttribute("content").Should().Be("0; url=https://example.org/posts/new-name/");
        page.QuerySelector("link[rel='canonical']")!.GetAttribute("href").Should().Be("https://example.org/posts/new-name/");
        page.QuerySelector("body a")!.GetAttribute("href").Should().Be("https://example.org/posts/new-name/");
    }

    [Fact]
    public void Keeps_search_engines_from_indexing_the_redirect_page()
    {
        using var site = TestSite.Build(Post("title: Mistral launches\nslug: new-name\naliases: [/posts/old-name/]"));

        site.Html("posts/old-name/index.html").QuerySelector("meta[name='robots']")!.GetAttribute("content").Should().Be("noindex");
    }

    [Fact]
    public void Escapes_the_title_in_the_redirect_page()
    {
        using var site = TestSite.Build(Post("title: '<script>alert(1)</script> & co'\nslug: new-name\naliases: [/posts/old-name/]"));

        var page = site.Html("posts/old-name/index.html");
        page.QuerySelector("title")!.TextContent.Should().Be("<script>alert(1)</script> & co");
        page.QuerySelectorAll("script").Should().BeEmpty();
    }

    [Fact]
    public void Writes_a_redirect_page_for_every_alias()
    {
        using var site = TestSite.Build(Post("title: New name\naliases: [/posts/old-name/, /2023/10/launch]"));

        site.Html("posts/old-name/index.html").QuerySelector("link[rel='canonical']")!.GetAttribute("href").Should().Be("https://example.org/posts/new-name/");
        site.Html("2023/10/launch/index.html").QuerySelector("link[rel='canonical']")!.GetAttribute("href").Should().Be("https://example.org/posts/new-name/");
    }

    [Fact]
    public void Places_ids_and_redirect_pages_below_the_base_path()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/letter/
            """ + "\n" + Post("title: Mistral launches\nslug: new-name\naliases: [/posts/old-name/]"));

        site.Errors.Should().BeEmpty();
        Ids(site).Atom.Should().Be("https://example.org/letter/posts/old-name/");
        site.Html("posts/old-name/index.html").QuerySelector("link[rel='canonical']")!.GetAttribute("href")
            .Should().Be("https://example.org/letter/posts/new-name/");
    }

    [Fact]
    public void Reports_an_alias_that_is_not_a_path_inside_the_site()
    {
        using var site = TestSite.Build("""
            -- content/posts/post.md --
            ---
            title: New name
            date: 2024-05-01
            aliases: [posts/old-name/]
            ---
            Body.
            """);

        site.Errors.Should().Equal("content/posts/post.md:4:10: error NG0202: alias 'posts/old-name/' must be a path inside the site such as /posts/old-name/");
    }

    [Fact]
    public void Reports_an_alias_that_climbs_out_of_the_site()
    {
        using var site = TestSite.Build("""
            -- content/posts/post.md --
            ---
            title: New name
            date: 2024-05-01
            aliases: [/../etc/]
            ---
            Body.
            """);

        site.Errors.Should().Equal("content/posts/post.md:4:10: error NG0202: alias '/../etc/' must be a path inside the site such as /posts/old-name/");
    }

    [Fact]
    public void Reports_an_alias_that_is_another_posts_address()
    {
        using var site = TestSite.Build("""
            -- content/posts/post.md --
            ---
            title: New name
            date: 2024-05-01
            aliases: [/posts/other/]
            ---
            Body.
            -- content/posts/other.md --
            ---
            title: Other
            date: 2024-04-01
            ---
            Other.
            """);

        site.Result.Succeeded.Should().BeFalse();
        site.Errors.Should().ContainSingle().Which.Should().Contain("error NG0201").And.Contain("/posts/other/index.html");
    }
}
