using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

public class FrontMatterTests
{
    [Fact]
    public void Reports_a_post_without_a_title()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            date: 2024-05-01
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:1:1: error NG0101: 'title' is missing; add a line such as title: \"What Mistral 7B changed\"");
    }

    [Fact]
    public void Reports_an_empty_title_at_its_own_line()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            date: 2024-05-01
            title: ""
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:3:1: error NG0101: 'title' is empty; write the issue's title");
    }

    [Fact]
    public void Reports_a_bracket_left_open_at_the_bracket_instead_of_crashing()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: [Draft: What Mistral 7B changed
            date: 2024-05-01
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:2:8: error NG0103: malformed YAML: a '[' or '{' is never closed; close it, or quote the value if the bracket is part of the text");
    }

    [Fact]
    public void Reports_a_page_without_a_title()
    {
        using var site = TestSite.Build("""
            -- content/pages/about.md --
            ---
            summary: Who we are.
            ---
            We write about AI.
            """);

        site.Errors.Should().Equal(
            "content/pages/about.md:1:1: error NG0101: 'title' is missing; add a line such as title: \"What Mistral 7B changed\"");
    }

    [Fact]
    public void Does_not_require_a_date_on_a_page()
    {
        using var site = TestSite.Build("""
            -- content/pages/about.md --
            ---
            title: About
            ---
            We write about AI.
            """);

        site.Errors.Should().BeEmpty();
        site.Html("about/index.html").QuerySelector("article h1")!.TextContent.Should().Be("About");
    }

    [Fact]
    public void Reports_a_post_without_a_date_or_a_dated_file_name()
    {
        using var site = TestSite.Build("""
            -- content/posts/launch.md --
            ---
            title: Launch
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/launch.md:1:1: error NG0107: 'date' is missing; add a line such as date: 2024-06-01, or start the file name with the date (2024-06-01-title.md)");
    }

    [Fact]
    public void Takes_the_date_from_the_file_name_when_the_field_is_absent()
    {
        using var site = TestSite.Build("""
            -- content/posts/2024-03-15-spring.md --
            ---
            title: Spring
            ---
            Body.
            """);

        site.Errors.Should().BeEmpty();
        site.Html("posts/spring/index.html").QuerySelector(".byline > time")!.GetAttribute("datetime")
            .Should().Be("2024-03-15T00:00:00+01:00");
    }

    [Fact]
    public void Prefers_the_date_field_to_the_file_name()
    {
        using var site = TestSite.Build("""
            -- content/posts/2024-03-15-spring.md --
            ---
            title: Spring
            date: 2024-04-02
            ---
            Body.
            """);

        site.Html("posts/spring/index.html").QuerySelector(".byline > time")!.GetAttribute("datetime")
            .Should().Be("2024-04-02T00:00:00+02:00");
    }

    [Fact]
    public void Reports_a_file_without_front_matter()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            # Just a heading

            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:1:1: error NG0101: no front matter; start the file with a line '---', then 'title: ...' and 'date: ...', then '---'");
    }

    [Fact]
    public void Reports_a_page_without_front_matter_without_asking_for_a_date()
    {
        using var site = TestSite.Build("""
            -- content/pages/about.md --
            We write about AI.
            """);

        site.Errors.Should().Equal(
            "content/pages/about.md:1:1: error NG0101: no front matter; start the file with a line '---', then 'title: ...', then '---'");
    }

    [Fact]
    public void Reports_front_matter_that_is_never_closed()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Open
            date: 2024-05-01

            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:1:1: error NG0104: the front matter opened here is never closed; add a line '---' after its last field");
    }

    [Fact]
    public void Reports_malformed_yaml_at_the_line_of_the_file()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            date: 2024-05-01
            title: "Mistral, the story
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:3:8: error NG0103: malformed YAML: While scanning a quoted scalar, found unexpected end of stream.");
    }

    [Fact]
    public void Reports_a_field_written_twice_at_the_second_one()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: First
            date: 2024-05-01
            title: Second
            ---
            Body.
            """);

        site.Errors.Should().Equal("content/posts/a.md:4:1: error NG0103: malformed YAML: Duplicate key title");
    }

    [Fact]
    public void Reports_front_matter_that_is_a_list()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            - title
            - date
            ---
            Body.
            """);

        site.Errors.Should().Equal("content/posts/a.md:2:1: error NG0103: front matter must be a list of `key: value` lines");
    }

    [Fact]
    public void Reports_tags_written_as_a_mapping_at_the_mapping()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Tags
            date: 2024-05-01
            tags:
              eu: AI Act
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:5:3: error NG0105: 'tags' must be a list like [a, b] or a single text, not a mapping");
    }

    [Fact]
    public void Reads_a_single_text_of_tags_as_one_tag()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Tags
            date: 2024-05-01
            tags: EU AI Act
            ---
            Body.
            """);

        site.Errors.Should().BeEmpty();
        site.Html("posts/tags/index.html").QuerySelectorAll("ul.tags a").Select(a => (a.TextContent, a.GetAttribute("href")))
            .Should().Equal(("EU AI Act", "/tags/eu-ai-act/"));
    }

    [Fact]
    public void Keeps_a_title_of_no_as_text()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: no
            date: 2024-05-01
            ---
            Body.
            """);

        site.Errors.Should().BeEmpty();
        site.Html("posts/no/index.html").QuerySelector("article h1")!.TextContent.Should().Be("no");
    }

    [Fact]
    public void Keeps_a_numeric_title_as_text()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: 2024
            date: 2024-05-01
            ---
            Body.
            """);

        site.Errors.Should().BeEmpty();
        site.Html("posts/2024/index.html").QuerySelector("article h1")!.TextContent.Should().Be("2024");
    }

    [Fact]
    public void Keeps_the_hash_of_a_quoted_title()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: "Issue #1"
            date: 2024-05-01
            ---
            Body.
            """);

        site.Html("posts/issue-1/index.html").QuerySelector("article h1")!.TextContent.Should().Be("Issue #1");
    }

    [Fact]
    public void Gives_templates_unknown_fields_as_post_extra()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/post.html --
            <p id="sponsor">{{ post.extra.sponsor }}</p><p id="issue">{{ post.extra.issue_number + 1 }}</p>
            -- content/posts/a.md --
            ---
            title: Extra
            date: 2024-05-01
            sponsor: Acme & Co
            issue_number: 41
            ---
            Body.
            """));

        site.Errors.Should().BeEmpty();
        var page = site.Html("posts/extra/index.html");
        page.QuerySelector("#sponsor")!.TextContent.Should().Be("Acme & Co");
        page.QuerySelector("#issue")!.TextContent.Should().Be("42");
    }

    [Fact]
    public void Gives_templates_nested_unknown_fields()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/post.html --
            <a id="sponsor" href="{{ post.extra.sponsor.url }}">{{ post.extra.sponsor.name }}</a>
            -- content/posts/a.md --
            ---
            title: Extra
            date: 2024-05-01
            sponsor:
              name: Acme
              url: https://acme.example/
            ---
            Body.
            """));

        site.Errors.Should().BeEmpty();
        var link = site.Html("posts/extra/index.html").QuerySelector("#sponsor")!;
        (link.TextContent, link.GetAttribute("href")).Should().Be(("Acme", "https://acme.example/"));
    }

    [Fact]
    public void Gives_templates_unknown_fields_of_a_page_as_entry_extra()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/page.html --
            <p id="contact">{{ entry.extra.contact }}</p>
            -- content/pages/about.md --
            ---
            title: About
            contact: team@example.org
            ---
            Body.
            """));

        site.Errors.Should().BeEmpty();
        site.Html("about/index.html").QuerySelector("#contact")!.TextContent.Should().Be("team@example.org");
    }
}
