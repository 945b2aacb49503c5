using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

/// <summary>Sections: a sub-folder of content/posts/ declared in site.yml gets its own listing,
/// feeds and URL prefix, and is in the main list unless told otherwise; what else sits in
/// content/posts/ is told about.</summary>
public sealed class SectionTests
{
    private static string Site(string sections, int teamPosts = 2, string extra = "") => $"""
        -- content/site.yml --
        {TestSite.DefaultSiteYml.Replace("posts_per_page: 10", "posts_per_page: 2", StringComparison.Ordinal)}
        {sections}
        -- content/posts/main.md --
        ---
        title: Main issue
        date: 2024-05-01
        ---
        Main.
        {string.Concat(Enumerable.Range(1, teamPosts).Select(i => $"""
        -- content/posts/team-notes/note-{i}.md --
        ---
        title: Team note {i}
        date: 2024-06-0{i}
        ---
        Note {i}.

        """))}
        {extra}
        """;

    [Fact]
    public void A_declared_section_has_its_own_paginated_listing_under_its_prefix()
    {
        using var site = TestSite.Build(Site("sections:\n  team-notes:\n    title: Team notes\n    description: What the team learned.", teamPosts: 3));

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().BeEmpty();
        var first = site.Html("team-notes/index.html");
        first.QuerySelector("h1")!.TextContent.Should().Be("Team notes");
        first.Title.Should().StartWith("Team notes");
        first.QuerySelectorAll("article h2 a, .post-list a").Select(a => a.GetAttribute("href")).Should().Contain(["/team-notes/team-note-3/", "/team-notes/team-note-2/"]);
        first.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be("/team-notes/page/2/");
        first.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")).Should().Contain("/team-notes/feed.xml");
        site.Html("team-notes/page/2/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/team-notes/team-note-1/");
        site.Html("team-notes/team-note-1/index.html").QuerySelector("article h1")!.TextContent.Should().Be("Team note 1");
        site.ReadText("sitemap.xml").Should().Contain("<loc>https://example.org/team-notes/</loc>");
    }

    [Fact]
    public void The_themes_section_page_has_one_heading_a_main_landmark_a_labelled_pagination_and_named_links()
    {
        using var site = TestSite.Build(Site("sections:\n  team-notes: { title: Team notes }", teamPosts: 3));

        var page = site.Html("team-notes/page/2/index.html");
        page.DocumentElement.GetAttribute("lang").Should().Be("en");
        page.QuerySelectorAll("h1").Select(h => h.TextContent).Should().Equal("Team notes, page 2");
        page.QuerySelectorAll("main").Should().HaveCount(1);
        page.QuerySelector("nav.pagination")!.GetAttribute("aria-label").Should().Be("Pagination");
        page.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/team-notes/");
        page.QuerySelectorAll("a").Should().AllSatisfy(a => a.TextContent.Trim().Should().NotBeEmpty());
        page.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_section_has_its_own_rss_atom_and_json_feeds_with_only_its_posts()
    {
        using var site = TestSite.Build(Site("sections:\n  team-notes: { title: Team notes }"));

        site.Errors.Should().BeEmpty();
        foreach (var file in new[] { "team-notes/feed.xml", "team-notes/atom.xml" })
        {
            using var reader = XmlReader.Create(Path.Combine(site.Output, file));
            var feed = SyndicationFeed.Load(reader);
            feed.Title.Text.Should().Be("Test Letter: Team notes");
            feed.Items.Select(i => i.Title.Text).Should().Equal("Team note 2", "Team note 1");
        }

        using var json = JsonDocument.Parse(site.ReadText("team-notes/feed.json"));
        json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString())
            .Should().Equal("https://example.org/team-notes/team-note-2/", "https://example.org/team-notes/team-note-1/");
    }

    [Fact]
    public void A_sections_posts_are_in_the_main_list_and_feed_unless_in_main_feed_is_false()
    {
        using var shown = TestSite.Build(Site("sections:\n  team-notes: { title: Team notes }"));
        using var hidden = TestSite.Build(Site("sections:\n  team-notes: { title: Team notes, in_main_feed: false }"));

        Titles(shown, "feed.xml").Should().Equal("Team note 2", "Team note 1", "Main issue");
        Titles(hidden, "feed.xml").Should().Equal("Main issue");
        hidden.Html("index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().NotContain("/team-notes/team-note-1/");
        hidden.Html("archive/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/team-notes/team-note-1/", "the archive lists every issue");
        Titles(hidden, "team-notes/feed.xml").Should().Equal("Team note 2", "Team note 1");

        static List<string> Titles(TestSite site, string feed)
        {
            using var reader = XmlReader.Create(Path.Combine(site.Output, feed));
            return SyndicationFeed.Load(reader).Items.Select(i => i.Title.Text).ToList();
        }
    }

    [Fact]
    public void A_sections_permalink_or_the_sites_section_word_places_its_posts()
    {
        using var own = TestSite.Build(Site("sections:\n  team-notes: { title: Team notes, permalink: '/team/:year/:slug/' }"));
        using var sitewide = TestSite.Build(Site("permalink: /:section/:year/:slug/\nsections:\n  team-notes: { title: Team notes }"));
        using var without = TestSite.Build(Site("permalink: /:year/:slug/\nsections:\n  team-notes: { title: Team notes }"));

        own.Exists("team/2024/team-note-1/index.html").Should().BeTrue();
        sitewide.Exists("team-notes/2024/team-note-1/index.html").Should().BeTrue();
        sitewide.Exists("posts/2024/main-issue/index.html").Should().BeTrue("a post outside any section is in the section 'posts'");
        without.Exists("team-notes/team-note-1/index.html").Should().BeTrue("a site pattern without :section leaves a section's posts below its prefix");
        without.Exists("2024/main-issue/index.html").Should().BeTrue();
    }

    [Fact]
    public void An_undeclared_sub_folder_is_merged_into_the_list_with_one_note_suggesting_a_section()
    {
        using var site = TestSite.Build(Site(string.Empty));

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().Equal("content/posts/team-notes/note-1.md:1:1: warning NG0208: the posts in content/posts/team-notes/ are listed with all the others; to give them their own listing, feeds and /team-notes/ URLs, declare the folder in site.yml:\n  sections:\n    team-notes:\n      title: Team notes");
        site.Exists("posts/team-note-1/index.html").Should().BeTrue();
        site.Exists("team-notes/index.html").Should().BeFalse();
    }

    [Fact]
    public void Files_beside_posts_that_are_neither_markdown_nor_assets_are_not_published_with_a_note()
    {
        using var site = TestSite.Build(Site("sections:\n  team-notes: { title: Team notes }", extra: """
            -- content/posts/blog.yml --
            name: old blog
            -- content/posts/team-notes/README --
            Notes about notes.
            -- content/posts/team-notes/diagram.png --
            not really a png
            """));

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().Equal(
            "content/posts/blog.yml:1:1: warning NG0209: content/posts/blog.yml is not published: beside posts, only Markdown and the images, media and documents posts show are; move it to content/static/ to publish it as it is, or delete it",
            "content/posts/team-notes/README:1:1: warning NG0209: content/posts/team-notes/README is not published: beside posts, only Markdown and the images, media and documents posts show are; move it to content/static/ to publish it as it is, or delete it");
        site.Exists("posts/blog.yml").Should().BeFalse();
        site.Exists("posts/team-notes/README").Should().BeFalse();
        site.Exists("posts/team-notes/diagram.png").Should().BeTrue();
    }

    [Theory]
    [InlineData("sections:\n  tags: { title: Tags }", "content/site.yml:12:3: error NG0207: section 'tags' cannot be used: /tags/ is already one of the site's own URLs; name the folder with lower-case letters, digits and hyphens, e.g. 'tags-notes'")]
    [InlineData("sections:\n  team-notes: { title: T, feed: no }", "content/site.yml:12:33: error NG0207: unknown section field 'feed'; a section has title, description, in_main_feed and permalink")]
    [InlineData("sections: [team-notes]", "content/site.yml:11:11: error NG0207: 'sections' must map a folder of content/posts/ to its settings, e.g.\n  sections:\n    team-notes:\n      title: Team notes")]
    [InlineData("sections:\n  team-notes: { title: T, permalink: '/team/' }", "content/site.yml:12:38: error NG0205: permalink '/team/' has no :slug, :title or :filename, so posts would share one URL; add one, e.g. /team/:slug/")]
    public void An_unusable_section_is_an_error_at_its_line_in_site_yml(string yaml, string expected)
    {
        using var site = TestSite.Build(Site(yaml));

        site.Errors.Should().Equal(expected);
    }
}
