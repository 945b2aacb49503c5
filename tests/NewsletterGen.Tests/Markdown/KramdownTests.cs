using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>Kramdown's attribute lists and definition lists, as Jekyll archives use them.</summary>
public class KramdownTests
{
    private static TestSite Post(string body) => TestSite.Build($"""
        -- content/posts/a.md --
        ---
        title: Kramdown
        date: 2024-05-01
        ---
        {body}
        """);

    [Fact]
    public void Gives_a_block_attribute_list_to_the_block_before_it()
    {
        using var site = Post("""
            A note.
            {: .note #first}

            ## A heading
            {: #custom-id}

            Text.
            """);

        var prose = site.Html("posts/kramdown/index.html").QuerySelector(".prose")!;
        var paragraph = prose.QuerySelector("p.note")!;
        paragraph.Id.Should().Be("first");
        paragraph.TextContent.Should().Be("A note.");
        prose.QuerySelector("h2")!.Id.Should().Be("custom-id");
        prose.TextContent.Should().NotContain("{:");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Gives_a_span_attribute_list_to_the_link_before_it()
    {
        using var site = Post("""See [the docs](https://example.com/){: .external target="_blank"} now.""");

        var link = site.Html("posts/kramdown/index.html").QuerySelector(".prose a")!;
        link.ClassName.Should().Be("external");
        link.GetAttribute("target").Should().Be("_blank");
        site.Html("posts/kramdown/index.html").QuerySelector(".prose p")!.TextContent.Should().Be("See the docs now.");
    }

    [Fact]
    public void Drops_style_and_event_attributes_with_a_warning()
    {
        using var site = Post("""
            Red text.
            {: style="color: red" onclick="alert(1)" .warn}
            """);

        var paragraph = site.Html("posts/kramdown/index.html").QuerySelector(".prose p")!;
        paragraph.ClassName.Should().Be("warn");
        paragraph.HasAttribute("style").Should().BeFalse();
        paragraph.HasAttribute("onclick").Should().BeFalse();
        site.Warnings.Should().ContainSingle(w => w.Contains("NG0823") && w.Contains("content/posts/a.md:6:1") && w.Contains("'style'") && w.Contains("'onclick'"));
    }

    [Fact]
    public void Leaves_prose_that_starts_with_a_brace_colon_as_text()
    {
        using var site = Post("""
            {: this is not a list of attributes, just a smiley {:}
            """);

        site.Html("posts/kramdown/index.html").QuerySelector(".prose p")!.TextContent.Should().Contain("{: this is not");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Renders_a_definition_list()
    {
        using var site = Post("""
            Apple
            :   A fruit.

            Text after.
            """);

        var list = site.Html("posts/kramdown/index.html").QuerySelector(".prose dl")!;
        list.QuerySelector("dt")!.TextContent.Should().Be("Apple");
        list.QuerySelector("dd")!.TextContent.Trim().Should().Be("A fruit.");
    }

    [Fact]
    public void Leaves_ordinary_text_with_colons_as_paragraphs()
    {
        using var site = Post("""
            Note: this is prose.
            Time 10:30, ratio 1:2 and a smiley :)

            :colon at the start of a paragraph
            """);

        var prose = site.Html("posts/kramdown/index.html").QuerySelector(".prose")!;
        prose.QuerySelector("dl").Should().BeNull();
        prose.QuerySelectorAll("p").Should().HaveCount(2);
    }
}
