using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

/// <summary>URLs the writer chooses: a site-wide `permalink:` pattern, `slug_from:`, a post's own
/// `permalink:`, collisions told with their fix, and the redirect files for old URLs.</summary>
public sealed class PermalinkTests
{
    [Fact]
    public void A_site_wide_pattern_puts_the_date_in_every_posts_url_and_links_follow_it()
    {
        using var site = TestSite.Build($"""
            {SampleSites.SiteYml("permalink: /:year/:month/:day/:slug/")}
            {SampleSites.Post("a.md", "Weekly notes", "2024-05-01", "See [the other](b.md).")}
            {SampleSites.Post("b.md", "Other notes", "2023-12-31 23:30", "B.")}
            """);

        site.Errors.Should().BeEmpty();
        site.Html("2024/05/01/weekly-notes/index.html").QuerySelector("article h1")!.TextContent.Should().Be("Weekly notes");
        site.Html("2024/05/01/weekly-notes/index.html").QuerySelector("article a[href='/2023/12/31/other-notes/']").Should().NotBeNull();
        site.Exists("posts/weekly-notes/index.html").Should().BeFalse();
        site.Html("index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/2024/05/01/weekly-notes/");
        site.Xml("feed.xml").Descendants("link").Select(l => l.Value).Should().Contain("https://example.org/2023/12/31/other-notes/");
    }

    [Fact]
    public void Without_a_pattern_posts_keep_their_urls_below_posts()
    {
        using var site = TestSite.Build(SampleSites.Post("2024-05-01-first-try.md", "Weekly notes", "2024-05-01", "A."));

        site.Errors.Should().BeEmpty();
        site.Exists("posts/weekly-notes/index.html").Should().BeTrue();
        site.Exists("_redirects").Should().BeFalse("a site without aliases has no redirects to write");
    }

    [Fact]
    public void Slug_from_filename_names_posts_after_their_file_without_the_date_prefix()
    {
        using var site = TestSite.Build($"""
            {SampleSites.SiteYml("slug_from: filename\npermalink: /:year/:filename/")}
            -- content/posts/2019-03-04-Release_Notes.md --
            ---
            title: Release notes
            ---
            A.
            -- content/posts/2020-03-04-release notes.md --
            ---
            title: Release notes
            ---
            B.
            """);

        site.Errors.Should().BeEmpty();
        site.Exists("2019/Release_Notes/index.html").Should().BeTrue("a file name that is a plain URL segment is kept as written, like the old URL");
        site.Exists("2020/release-notes/index.html").Should().BeTrue();
    }

    [Fact]
    public void The_title_word_is_the_title_made_a_slug_even_when_the_post_has_its_own_slug()
    {
        using var site = TestSite.Build($"""
            {SampleSites.SiteYml("permalink: /notes/:title/")}
            -- content/posts/a.md --
            ---
            title: Souveraineté numérique
            slug: sovereignty
            date: 2024-05-01
            ---
            A.
            """);

        site.Errors.Should().BeEmpty();
        site.Exists("notes/souverainete-numerique/index.html").Should().BeTrue();
    }

    [Fact]
    public void A_posts_own_permalink_replaces_the_pattern()
    {
        using var site = TestSite.Build($"""
            {SampleSites.SiteYml("permalink: /:year/:slug/")}
            {SampleSites.Post("a.md", "Our manifesto", "2024-05-01", "A.", fields: "permalink: /manifesto/")}
            {SampleSites.Post("b.md", "Old one", "2019-05-01", "B.", fields: "permalink: /blog/:year/:month/old/")}
            """);

        site.Errors.Should().BeEmpty();
        site.Exists("manifesto/index.html").Should().BeTrue();
        site.Exists("blog/2019/05/old/index.html").Should().BeTrue();
    }

    [Theory]
    [InlineData("permalink: /:year/:month/:name/", "content/site.yml:11:12: error NG0205: permalink unknown word ':name' in '/:year/:month/:name/'; a permalink may use :year, :month, :day, :slug, :title, :filename, :section")]
    [InlineData("permalink: /:year/:month/", "content/site.yml:11:12: error NG0205: permalink '/:year/:month/' has no :slug, :title or :filename, so posts would share one URL; add one, e.g. /:year/:month/:slug/")]
    [InlineData("permalink: :year/:slug", "content/site.yml:11:12: error NG0205: permalink ':year/:slug' must start and end with '/', such as /:year/:month/:slug/")]
    [InlineData("permalink: /.hidden/:slug/", "content/site.yml:11:12: error NG0205: permalink '/.hidden/:slug/' would make the path segment '.hidden', which cannot be published; use letters, digits and hyphens between the slashes")]
    [InlineData("slug_from: path", "content/site.yml:11:12: error NG0205: 'slug_from' is 'title' or 'filename', not 'path'")]
    public void An_unusable_pattern_is_an_error_at_its_line_in_site_yml(string line, string expected)
    {
        using var site = TestSite.Build($"""
            {SampleSites.SiteYml(line)}
            {SampleSites.Post("a.md", "A", "2024-05-01", "A.")}
            """);

        site.Errors.Should().Equal(expected);
    }

    [Fact]
    public void A_posts_unusable_permalink_is_an_error_at_its_line()
    {
        using var site = TestSite.Build(SampleSites.Post("a.md", "A", "2024-05-01", "A.", fields: "permalink: /a/:nope/"));

        site.Errors.Should().Equal("content/posts/a.md:4:12: error NG0205: permalink unknown word ':nope' in '/a/:nope/'; a permalink may use :year, :month, :day, :slug, :title, :filename, :section");
    }

    [Fact]
    public void Posts_with_one_url_are_each_told_at_their_own_line_with_every_file_of_the_group_and_the_fix()
    {
        using var site = TestSite.Build($"""
            {SampleSites.Post("a.md", "This week in AI", "2023-05-01", "A.")}
            -- content/posts/b.md --
            ---
            date: 2024-05-08
            title: This Week in AI
            ---
            B.
            -- content/posts/c.md --
            ---
            date: 2025-05-08
            slug: this-week-in-ai
            title: Third
            ---
            C.
            """);

        const string Group = "content/posts/a.md, content/posts/b.md and content/posts/c.md would all be published at /posts/this-week-in-ai/; "
            + "put the date in the URL (in site.yml, permalink: /:year/:month/:day/:slug/) or give this one its own slug, e.g. slug: ";
        site.Errors.Should().Equal(
            "content/posts/a.md:2:1: error NG0206: " + Group + "this-week-in-ai-2023-05-01",
            "content/posts/b.md:3:1: error NG0206: " + Group + "this-week-in-ai-2024-05-08",
            "content/posts/c.md:3:1: error NG0206: " + Group + "this-week-in-ai-2025-05-08");
    }

    [Fact]
    public void The_date_in_the_pattern_parts_posts_with_one_title_in_different_years()
    {
        using var site = TestSite.Build($"""
            {SampleSites.SiteYml("permalink: /:year/:slug/")}
            {SampleSites.Post("a.md", "Release notes", "2023-05-01", "A.")}
            {SampleSites.Post("b.md", "Release notes", "2024-05-08", "B.")}
            """);

        site.Errors.Should().BeEmpty();
        site.Exists("2023/release-notes/index.html").Should().BeTrue();
        site.Exists("2024/release-notes/index.html").Should().BeTrue();
    }

    [Fact]
    public void Old_urls_become_redirect_pages_a_redirects_file_and_an_nginx_map_sorted()
    {
        using var site = TestSite.Build($"""
            {SampleSites.Post("a.md", "Alpha", "2024-05-01", "A.", fields: "aliases: [/2024/05/01/alpha.html, /old/alpha/]")}
            {SampleSites.Post("b.md", "Beta", "2024-05-02", "B.", fields: "aliases: [/2019/beta/]")}
            """);

        site.Errors.Should().BeEmpty();
        site.Html("old/alpha/index.html").QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content").Should().Be("0; url=https://example.org/posts/alpha/");
        site.ReadText("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Should().Equal(
            "/2019/beta/ /posts/beta/ 301",
            "/2024/05/01/alpha.html /posts/alpha/ 301",
            "/old/alpha/ /posts/alpha/ 301");
        var nginx = site.ReadText("redirects.nginx.conf");
        nginx.Should().Contain("#     if ($redirect_uri) { return 301 $redirect_uri; }\n");
        nginx[nginx.IndexOf("map $uri $redirect_uri {", StringComparison.Ordinal)..].Should().Be("""
            map $uri $redirect_uri {
                "/2019/beta/" "/posts/beta/";
                "/2024/05/01/alpha.html" "/posts/alpha/";
                "/old/alpha/" "/posts/alpha/";
            }

            """);
    }

    [Fact]
    public void A_sites_own_redirects_file_replaces_the_one_the_build_writes()
    {
        using var site = TestSite.Build($"""
            -- content/static/_redirects --
            /from /to 302
            {SampleSites.Post("a.md", "Alpha", "2024-05-01", "A.", fields: "aliases: [/old/alpha/]")}
            """);

        site.Errors.Should().BeEmpty();
        site.ReadText("_redirects").Should().Be("/from /to 302\n");
        site.Exists("redirects.nginx.conf").Should().BeTrue();
    }

    [Fact]
    public void An_imported_alias_that_the_pattern_keeps_writes_no_redirect_to_itself()
    {
        using var site = TestSite.Build($"""
            {SampleSites.SiteYml("permalink: /:year/:month/:day/:slug/")}
            {SampleSites.Post("a.md", "Alpha", "2024-05-01", "A.", fields: "aliases: [/2024/05/01/alpha/, /alpha.html]")}
            """);

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().BeEmpty();
        site.Html("2024/05/01/alpha/index.html").QuerySelector("meta[http-equiv=refresh]").Should().BeNull();
        site.ReadText("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Should().Equal("/alpha.html /2024/05/01/alpha/ 301");
    }
}
