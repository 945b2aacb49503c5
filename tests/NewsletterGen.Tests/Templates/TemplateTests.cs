using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Templates;

public class TemplateTests
{
    [Fact]
    public void Escapes_a_script_in_a_title_in_the_page_body()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: "<script>alert('x')</script> Mistral"
            slug: xss
            date: 2024-05-01
            ---
            Body.
            """);

        site.Errors.Should().BeEmpty();
        var page = site.Html("posts/xss/index.html");
        page.QuerySelector("article h1")!.TextContent.Should().Be("<script>alert('x')</script> Mistral");
        page.QuerySelectorAll("script:not([type='application/ld+json'])").Should().BeEmpty();
    }

    [Fact]
    public void Escapes_a_title_in_the_title_element_and_attributes()
    {
        // In <title> a parser reads "&amp;" as "&" and tags as text, so only an escaped title
        // reads back exactly as written.
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: "Fish &amp; <b>\"chips\"</b>"
            slug: chips
            date: 2024-05-01
            ---
            Body.
            """);

        var page = site.Html("posts/chips/index.html");
        page.Title.Should().Be("Fish &amp; <b>\"chips\"</b> — Test Letter");
        page.QuerySelector("meta[property='og:title']")!.GetAttribute("content").Should().Be("Fish &amp; <b>\"chips\"</b>");
    }

    [Fact]
    public void Escapes_a_title_in_lists_of_posts()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: "<img src=x onerror=alert(1)>"
            slug: xss
            date: 2024-05-01
            tags: [x]
            ---
            Body.
            """);

        foreach (var path in new[] { "index.html", "tags/x/index.html", "archive/index.html" })
        {
            var page = site.Html(path);
            page.QuerySelectorAll("main img").Should().BeEmpty(path);
            page.QuerySelector("main a[href='/posts/xss/']")!.TextContent.Should().Be("<img src=x onerror=alert(1)>", path);
        }
    }

    [Fact]
    public void Prints_template_syntax_in_a_title_as_text()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: "{{ site.title }} and {% if draft %}"
            slug: syntax
            date: 2024-05-01
            ---
            Body.
            """);

        site.Errors.Should().BeEmpty();
        site.Html("posts/syntax/index.html").QuerySelector("article h1")!.TextContent.Should().Be("{{ site.title }} and {% if draft %}");
    }

    [Fact]
    public void Reports_a_template_syntax_error_at_its_line_and_column()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/post.html --
            <article>
              <h1>{{ post.title }}</h1>
              <p>{{ post.title + }}</p>
            </article>
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            ---
            Body.
            """));

        site.Errors.Should().Equal("templates/post.html:3:22: error NG0501: Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>");
    }

    [Fact]
    public void Reports_an_unknown_variable_at_its_template_line()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/post.html --
            <article>
              <h1>{{ post.title }}</h1>
              <p>{{ psot.summary }}</p>
            </article>
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            ---
            Body.
            """));

        site.Errors.Should().Equal("templates/post.html:3:9: error NG0502: The variable or function `psot` was not found");
    }

    [Fact]
    public void Reports_a_missing_required_template()
    {
        using var site = TestSite.Create(BareTheme.Files);
        File.Delete(Path.Combine(site.Root, "templates", "archive.html"));
        site.Rebuild();

        site.Errors.Should().Equal(
            "templates/archive.html:1:1: error NG0503: the theme has no archive.html; every theme needs layout.html, post.html, home.html, tag.html, tags.html, archive.html, page.html, 404.html");
    }

    [Fact]
    public void Reports_an_include_of_a_missing_partial_at_the_include()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/home.html --
            <h1>Home</h1>
            {{ include "partials/nope.html" }}
            """));

        site.Errors.Should().Equal("templates/home.html:2:4: error NG0502: there is no template 'partials/nope.html' in templates/");
    }
}
