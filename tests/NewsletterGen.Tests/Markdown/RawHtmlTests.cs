using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>HTML typed into Markdown follows the same link rules as Markdown itself.</summary>
public class RawHtmlTests
{
    [Fact]
    public void Resolves_a_relative_image_in_raw_html_like_a_markdown_image()
    {
        using var site = TestSite.Create("""
            -- content/posts/links.md --
            ---
            title: Links
            date: 2024-05-01
            ---
            ![A](img/x.png)

            <img src="img/x.png" alt="B" srcset="img/x.png 1x, img/x2.png 2x">
            """);
        site.WriteBytes("content/posts/img/x.png", [1, 2, 3]);
        site.WriteBytes("content/posts/img/x2.png", [4, 5, 6]);
        site.Rebuild();

        var images = site.Html("posts/links/index.html").QuerySelectorAll("main img").ToList();
        images.Select(i => i.GetAttribute("src")).Should().Equal("/posts/img/x.png", "/posts/img/x.png");
        images[1].GetAttribute("srcset").Should().Be("/posts/img/x.png 1x, /posts/img/x2.png 2x");
        site.Exists("posts/img/x.png").Should().BeTrue();
    }

    [Fact]
    public void Removes_control_characters_from_pages_with_a_warning_at_their_place()
    {
        using var site = TestSite.Build("""
            -- content/posts/c.md --
            ---
            title: Control
            date: 2024-05-01
            ---

            """ + "A \u0001 b.\n");

        site.Warnings.Should().Equal("content/posts/c.md:5:3: warning NG0004: the character U+0001 is not allowed in HTML or XML; it was removed");
        site.ReadText("posts/control/index.html").Should().NotContain("\u0001");
        site.Html("posts/control/index.html").QuerySelector(".prose p")!.TextContent.Should().Be("A  b.");
    }
}
