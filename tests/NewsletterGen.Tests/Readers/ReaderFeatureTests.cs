using System.Text.Json;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Readers;

/// <summary>What the engine gives readers inside post pages: anchors, a table of contents,
/// highlighted code, related issues, search data and structured data for search engines.</summary>
public class ReaderFeatureTests
{
    /// <summary>A post template showing what the engine hands it, independent of the real theme.</summary>
    private const string ReaderTheme = """
        -- templates/post.html --
        <article>
        {{ if post.has_toc }}<nav class="toc">{{ for e in post.toc }}<a href="#{{ e.id }}" data-level="{{ e.level }}">{{ e.text }}</a>{{ end }}</nav>{{ end }}
        <div class="prose">{{ post.content }}</div>
        <ul class="related">{{ for r in post.related }}<li><a href="{{ r.url }}">{{ r.title }}</a></li>{{ end }}</ul>
        </article>
        -- templates/layout.html --
        <!DOCTYPE html>
        <html lang="en"><head><title>{{ page.title }}</title>{{ if page.json_ld }}<script type="application/ld+json">{{ page.json_ld }}</script>{{ end }}</head>
        <body>{{ content }}</body></html>

        """;

    private static string WithReaderTheme(string files) => BareTheme.With(ReaderTheme + files);

    private const string LongPost = """
        -- content/posts/long.md --
        ---
        title: A long issue
        date: 2024-05-01
        tags: [Mistral, compute]
        ---
        Intro.

        ## First part

        Text.

        ### A detail

        More.

        ## Second part

        ```python
        def route(x):
            return "expert"  # pick one
        ```

        ```cobol
        DISPLAY unknown-to-the-highlighter
        ```
        """;

    [Fact]
    public void Every_heading_ends_with_a_link_to_itself()
    {
        using var site = TestSite.Build(WithReaderTheme(LongPost));

        var heading = site.Html("posts/a-long-issue/index.html").QuerySelector(".prose h2#first-part")!;
        var anchor = heading.QuerySelector("a.anchor")!;
        anchor.GetAttribute("href").Should().Be("#first-part");
        anchor.GetAttribute("aria-label").Should().Be("Link to this section");
    }

    [Fact]
    public void A_post_with_three_headings_has_a_table_of_contents_in_heading_order()
    {
        using var site = TestSite.Build(WithReaderTheme(LongPost));

        var links = site.Html("posts/a-long-issue/index.html").QuerySelectorAll("nav.toc a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        links.Should().Equal(("#first-part", "First part"), ("#a-detail", "A detail"), ("#second-part", "Second part"));
    }

    [Fact]
    public void A_post_with_fewer_than_three_headings_has_no_table_of_contents()
    {
        using var site = TestSite.Build(WithReaderTheme("""
            -- content/posts/short.md --
            ---
            title: Short
            date: 2024-05-01
            ---
            ## Only one

            Text.
            """));

        site.Html("posts/short/index.html").QuerySelector("nav.toc").Should().BeNull();
    }

    [Fact]
    public void Code_in_a_known_language_is_highlighted_at_build_time_and_other_code_is_left_plain()
    {
        using var site = TestSite.Build(WithReaderTheme(LongPost));

        var page = site.Html("posts/a-long-issue/index.html");
        var python = page.QuerySelector("code.language-python")!;
        python.QuerySelectorAll("span.tok-keyword").Select(s => s.TextContent).Should().Contain(["def", "return"]);
        python.QuerySelector("span.tok-comment")!.TextContent.Should().Be("# pick one");
        python.TextContent.Should().Be("def route(x):\n    return \"expert\"  # pick one\n");
        var cobol = page.QuerySelector("code.language-cobol")!;
        cobol.Children.Should().BeEmpty();
        cobol.TextContent.Should().Be("DISPLAY unknown-to-the-highlighter\n");
    }

    [Fact]
    public void Related_issues_are_those_sharing_the_most_tags()
    {
        using var site = TestSite.Build(WithReaderTheme("""
            -- content/posts/a.md --
            ---
            title: Alpha
            date: 2024-05-01
            tags: [Mistral, compute, GDPR]
            ---
            A.
            -- content/posts/b.md --
            ---
            title: Bravo
            date: 2024-04-01
            tags: [Mistral, compute]
            ---
            B.
            -- content/posts/c.md --
            ---
            title: Charlie
            date: 2024-06-01
            tags: [GDPR]
            ---
            C.
            -- content/posts/d.md --
            ---
            title: Delta
            date: 2024-07-01
            tags: [elsewhere]
            ---
            D.
            """));

        var related = site.Html("posts/alpha/index.html").QuerySelectorAll(".related a").Select(a => a.TextContent.Trim()).ToList();
        related.Should().Equal("Bravo", "Charlie");
    }

    [Fact]
    public void The_search_index_holds_every_post_with_the_words_of_its_body()
    {
        using var site = TestSite.Build(WithReaderTheme(LongPost));

        using var manifest = JsonDocument.Parse(site.ReadText("search/index.json"));
        var shard = manifest.RootElement.GetProperty("shards").EnumerateArray().Single().GetString()!;
        using var index = JsonDocument.Parse(site.ReadText("search/" + shard));
        var entry = index.RootElement.EnumerateArray().Single();
        entry.GetProperty("title").GetString().Should().Be("A long issue");
        entry.GetProperty("url").GetString().Should().Be("/posts/a-long-issue/");
        entry.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("Mistral", "compute");
        entry.GetProperty("headings").EnumerateArray().Select(t => t.GetString()).Should().Equal("First part", "A detail", "Second part");
        entry.GetProperty("text").GetString()!.Split(' ').Should().Contain(["intro", "expert", "unknown-to-the-highlighter"]);
    }

    [Fact]
    public void A_site_yml_with_search_index_false_writes_no_search_index_and_tells_templates_so()
    {
        using var site = TestSite.Build(WithReaderTheme("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            search_index: false
            -- templates/search.html --
            <p id="index">[{{ site.search_index_url }}]</p>

            """ + LongPost));

        site.Errors.Should().BeEmpty();
        site.Exists("posts/a-long-issue/index.html").Should().BeTrue();
        site.Exists("search/index.json").Should().BeFalse();
        site.Html("search/index.html").QuerySelector("#index")!.TextContent.Should().Be("[]");
    }

    [Fact]
    public void The_default_themes_search_page_points_to_the_archive_when_the_site_has_no_search_index()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            search_index: false
            """);

        var page = site.Html("search/index.html");
        page.QuerySelector("form.search-form").Should().BeNull();
        page.QuerySelector("script[src$='search.js']").Should().BeNull();
        page.QuerySelector(".search-off a")!.GetAttribute("href").Should().Be("/archive/");
    }

    [Fact]
    public void A_post_page_describes_itself_as_a_blog_posting_in_json_ld()
    {
        using var site = TestSite.Build(WithReaderTheme("""
            -- content/posts/a.md --
            ---
            title: "Mistral </script> & friends"
            date: 2024-05-01T09:30:00+02:00
            authors: [ada]
            tags: [Mistral]
            image: /images/cover.png
            summary: A summary.
            ---
            Body.
            """));

        var script = site.Html("posts/mistral-script-friends/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        root.GetProperty("@type").GetString().Should().Be("BlogPosting");
        root.GetProperty("headline").GetString().Should().Be("Mistral </script> & friends");
        root.GetProperty("datePublished").GetString().Should().Be("2024-05-01T09:30:00+02:00");
        root.GetProperty("author")[0].GetProperty("name").GetString().Should().Be("Ada Example");
        root.GetProperty("image").GetString().Should().Be("https://example.org/images/cover.png");
        root.GetProperty("url").GetString().Should().Be("https://example.org/posts/mistral-script-friends/");
    }

    [Fact]
    public void An_embed_from_another_origin_in_a_post_is_an_error_at_its_line()
    {
        using var site = TestSite.Build("""
            -- content/posts/embed.md --
            ---
            title: Embed
            date: 2024-05-01
            ---
            Watch this:

            <iframe src="https://maps.example.net/embed/xyz" title="Map"></iframe>

            A [link elsewhere](https://example.com/) is fine.
            """);

        site.Errors.Should().Equal(
            "content/posts/embed.md:7:14: error NG0701: /posts/embed/index.html would load https://maps.example.net/embed/xyz from another origin; readers' browsers must contact no one but this site (copy the file into content/static/ or remove it; to keep it in an old post, list https://maps.example.net in allow_origins in site.yml)");
        Directory.Exists(site.Output).Should().BeFalse();
    }

    [Fact]
    public void A_stylesheet_from_a_cdn_in_a_template_is_an_error()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/layout.html --
            <!DOCTYPE html><html lang="en"><head><title>x</title><link rel="stylesheet" href="https://cdn.example.net/a.css"></head><body>{{ content }}</body></html>
            """));

        site.Errors.Should().Contain(e => e.Contains("error NG0701: /index.html would load https://cdn.example.net/a.css from another origin", StringComparison.Ordinal));
    }
}
