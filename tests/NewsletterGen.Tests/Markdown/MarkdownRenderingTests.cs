using AngleSharp.Dom;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>The Markdown extensions writers rely on, read back from the post page's HTML.</summary>
public class MarkdownRenderingTests
{
    private static IElement RenderBody(string markdown)
    {
        using var site = TestSite.Build($"""
            -- content/posts/a.md --
            ---
            title: Body
            date: 2024-05-01
            ---
            {markdown}
            """);

        site.Errors.Should().BeEmpty();
        return site.Html("posts/body/index.html").QuerySelector("article .prose")!;
    }

    [Fact]
    public void Renders_pipe_tables()
    {
        var body = RenderBody("""
            | Model   | Parameters |
            |---------|-----------:|
            | Mistral | 7B         |
            """);

        body.QuerySelectorAll("table thead th").Select(th => th.TextContent).Should().Equal("Model", "Parameters");
        body.QuerySelectorAll("table tbody td").Select(td => td.TextContent).Should().Equal("Mistral", "7B");
    }

    [Fact]
    public void Renders_footnotes_linked_both_ways()
    {
        var body = RenderBody("""
            The act passed.[^vote]

            [^vote]: By 523 votes to 46.
            """);

        var reference = body.QuerySelector("p a.footnote-ref")!;
        var note = body.QuerySelector(".footnotes li")!;
        reference.GetAttribute("href").Should().Be("#" + note.Id);
        note.QuerySelector("p")!.TextContent.Should().StartWith("By 523 votes to 46.");
        note.QuerySelector("a.footnote-back-ref")!.GetAttribute("href").Should().Be("#" + reference.Id);
    }

    [Fact]
    public void Renders_task_lists_as_disabled_checkboxes()
    {
        var body = RenderBody("""
            - [x] Read the act
            - [ ] Write the issue
            """);

        var boxes = body.QuerySelectorAll("li input[type=checkbox]");
        boxes.Select(b => b.HasAttribute("checked")).Should().Equal(true, false);
        boxes.Should().OnlyContain(b => b.HasAttribute("disabled"));
    }

    [Fact]
    public void Gives_headings_ids_to_link_to()
    {
        var body = RenderBody("""
            ## What the AI Act says

            Text.
            """);

        body.QuerySelector("h2")!.Id.Should().Be("what-the-ai-act-says");
    }

    [Fact]
    public void Turns_straight_quotes_and_dashes_into_typographic_ones()
    {
        var body = RenderBody("""
            "Open" weights -- a 'first' step --- or not?
            """);

        body.QuerySelector("p")!.TextContent.Should().Be("“Open” weights – a ‘first’ step — or not?");
    }

    [Fact]
    public void Keeps_template_syntax_written_in_a_post_verbatim()
    {
        var body = RenderBody("""
            Write {{ title }} and {% if draft %}hidden{% endif %} in your theme.

                {{ post.content }}
            """);

        body.QuerySelector("p")!.TextContent.Should().Be("Write {{ title }} and {% if draft %}hidden{% endif %} in your theme.");
        body.QuerySelector("pre code")!.TextContent.Should().Be("{{ post.content }}\n");
    }

    [Fact]
    public void Keeps_braces_written_in_prose()
    {
        var body = RenderBody("""
            The set {a, b} is small {.red}.
            """);

        body.QuerySelector("p")!.TextContent.Should().Be("The set {a, b} is small {.red}.");
    }

    [Fact]
    public void A_body_with_headings_starts_with_its_first_block_and_nothing_before_it()
    {
        // The headings' text is rendered first (for the table of contents) by the same renderer:
        // the body must not inherit a line break from it.
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Body
            date: 2024-05-01
            ---
            Intro.

            ## Part one

            Text.
            """);

        using var feed = System.Text.Json.JsonDocument.Parse(site.ReadText("feed.json"));
        var html = feed.RootElement.GetProperty("items")[0].GetProperty("content_html").GetString();
        html.Should().StartWith("<p>Intro.</p>\n<h2 id=\"part-one\">Part one</h2>");
    }
}
