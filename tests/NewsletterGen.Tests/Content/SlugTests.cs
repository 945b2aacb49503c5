using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

public class SlugTests
{
    [Fact]
    public void Makes_a_posts_url_from_its_title_transliterated()
    {
        using var site = TestSite.Build("""
            -- content/posts/2024-05-01-x.md --
            ---
            title: Souveraineté numérique
            date: 2024-05-01
            ---
            Body.
            """);

        site.Errors.Should().BeEmpty();
        site.Html("index.html").QuerySelector(".post-list h2 a")!.GetAttribute("href").Should().Be("/posts/souverainete-numerique/");
        site.Html("posts/souverainete-numerique/index.html").QuerySelector("article h1")!.TextContent.Should().Be("Souveraineté numérique");
    }

    [Fact]
    public void Leaves_ascii_text_to_the_slug_rules_alone_as_transliteration_would()
    {
        // Slug.From skips AnyAscii for ASCII text: that is only right if AnyAscii keeps every
        // ASCII character as it is.
        var ascii = new string(Enumerable.Range(0, 128).Select(c => (char)c).ToArray());
        AnyAscii.Transliteration.Transliterate(ascii).Should().Be(ascii);
        NewsletterGen.Content.Slug.From("Mistral's 7B: Open Weights, EU-AI-Act & GDPR!").Should().Be("mistral-s-7b-open-weights-eu-ai-act-gdpr");
    }

    [Fact]
    public void Uses_an_explicit_slug()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: A very long title about the launch
            slug: launch
            date: 2024-05-01
            ---
            Body.
            """);

        site.Errors.Should().BeEmpty();
        site.Html("index.html").QuerySelector(".post-list h2 a")!.GetAttribute("href").Should().Be("/posts/launch/");
        site.Exists("posts/launch/index.html").Should().BeTrue();
    }

    [Theory]
    [InlineData("../x", "x")]
    [InlineData("a/b", "a-b")]
    [InlineData("a b", "a-b")]
    public void Rejects_a_slug_that_is_not_one_url_segment_at_its_value(string slug, string suggestion)
    {
        using var site = TestSite.Build($"""
            -- content/posts/a.md --
            ---
            title: Unsafe
            date: 2024-05-01
            slug: "{slug}"
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            $"content/posts/a.md:4:7: error NG0202: slug '{slug}' is not a single URL segment; use letters, digits and hyphens, e.g. '{suggestion}'");
        site.OutputFiles().Should().BeEmpty();
    }

    [Fact]
    public void Rejects_a_slug_that_windows_reserves()
    {
        using var site = TestSite.Build("""
            -- content/pages/aux.md --
            ---
            title: Auxiliary
            slug: aux.txt
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/pages/aux.md:3:7: error NG0204: slug 'aux.txt' cannot be published: 'aux.txt' is a name Windows reserves for a device, so the site could not be checked out or built there; use letters, digits and hyphens, e.g. 'aux-txt'");
    }

    [Fact]
    public void Reports_two_posts_with_the_same_slug_naming_both_files()
    {
        using var site = TestSite.Build("""
            -- content/posts/first.md --
            ---
            title: Weekly notes
            date: 2024-05-01
            ---
            One.
            -- content/posts/second.md --
            ---
            title: Weekly Notes!
            date: 2024-05-08
            ---
            Two.
            """);

        site.Errors.Should().Equal(
            "content/posts/first.md:2:1: error NG0206: content/posts/first.md and content/posts/second.md would all be published at /posts/weekly-notes/; put the date in the URL (in site.yml, permalink: /:year/:month/:day/:slug/) or give this one its own slug, e.g. slug: weekly-notes-2024-05-01",
            "content/posts/second.md:2:1: error NG0206: content/posts/first.md and content/posts/second.md would all be published at /posts/weekly-notes/; put the date in the URL (in site.yml, permalink: /:year/:month/:day/:slug/) or give this one its own slug, e.g. slug: weekly-notes-2024-05-08");
    }

    [Fact]
    public void Reports_a_page_that_would_replace_a_generated_page()
    {
        using var site = TestSite.Build("""
            -- content/pages/archive.md --
            ---
            title: Our archive
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/pages/archive.md:1:1: error NG0201: content/pages/archive.md and the archive would all be published as /archive/index.html; give one of them another slug");
    }

    [Fact]
    public void Makes_a_pages_url_from_its_file_name()
    {
        using var site = TestSite.Build("""
            -- content/pages/about.md --
            ---
            title: Who we are
            ---
            We write about AI.
            """);

        site.Errors.Should().BeEmpty();
        site.Html("about/index.html").QuerySelector("article h1")!.TextContent.Should().Be("Who we are");
        site.Html("index.html").QuerySelectorAll(".site-nav a").Where(a => a.TextContent == "Who we are")
            .Select(a => a.GetAttribute("href")).Should().Equal("/about/");
    }

    [Fact]
    public void Makes_tag_urls_from_tag_names_transliterated()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Tags
            date: 2024-05-01
            tags: [Données personnelles]
            ---
            Body.
            """);

        site.Html("tags/donnees-personnelles/index.html").QuerySelector("main h1")!.TextContent.Should().Be("Issues tagged “Données personnelles”");
    }
}
