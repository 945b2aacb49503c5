using System.Text;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

/// <summary>Blank lines and a byte order mark before the opening `---`, as archives and editors
/// leave them: the front matter is still found, and every diagnostic keeps its file's line.</summary>
public class FrontMatterStartTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n\n")]
    [InlineData("  \n\t\n")]
    public void Finds_the_front_matter_after_blank_lines(string before)
    {
        using var site = TestSite.Build($"""
            -- content/posts/a.md --
            {before}---
            title: After blank lines
            date: 2024-05-01
            ---
            Body.
            """);

        site.Diagnostics.Should().BeEmpty();
        site.Html("posts/after-blank-lines/index.html").QuerySelector("h1")!.TextContent.Trim().Should().Be("After blank lines");
    }

    [Theory]
    [InlineData("\n\n---\ntitle: Late\ndate: someday\n---\nBody.\n",
        "content/posts/a.md:5:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not 'someday'")]
    [InlineData("\n---\ndate: 2024-05-01\n---\nBody.\n",
        "content/posts/a.md:2:1: error NG0101: 'title' is missing; add a line such as title: \"What Mistral 7B changed\"")]
    [InlineData("\n---\ntitle: Never closed\n",
        "content/posts/a.md:2:1: error NG0104: the front matter opened here is never closed; add a line '---' after its last field")]
    public void Reports_a_front_matter_error_after_blank_lines_at_its_line_or_at_the_opening_fence(string text, string expected)
    {
        using var site = TestSite.Create(string.Empty);
        site.Write("content/posts/a.md", text);
        site.Rebuild();

        site.Errors.Should().Equal(expected);
    }

    [Fact]
    public void Reports_a_body_link_after_a_byte_order_mark_and_blank_crlf_lines_at_its_line()
    {
        using var site = TestSite.Create(string.Empty);
        site.WriteBytes("content/posts/a.md", [.. Bom, .. Encoding.UTF8.GetBytes("\r\n\r\n---\r\ntitle: Marked\r\ndate: 2024-05-01\r\n---\r\nBody.\r\n\r\n[Lost](/nowhere/).\r\n")]);
        site.Rebuild();

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().Equal("content/posts/a.md:9:1: warning NG0301: the link '/nowhere/' leads to no page or file of the built site");
        site.Html("posts/marked/index.html").QuerySelector("h1")!.TextContent.Trim().Should().Be("Marked");
    }

    [Fact]
    public void Reports_a_date_after_a_byte_order_mark_at_its_line()
    {
        using var site = TestSite.Create(string.Empty);
        site.WriteBytes("content/posts/a.md", [.. Bom, .. Encoding.UTF8.GetBytes("---\ntitle: Marked\ndate: someday\n---\nBody.\n")]);
        site.Rebuild();

        site.Errors.Should().Equal(
            "content/posts/a.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not 'someday'");
    }

    [Fact]
    public void Still_calls_a_file_without_a_fence_after_its_blank_lines_one_without_front_matter()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --

            title: No fence
            """);

        site.Errors.Should().ContainSingle().Which.Should().StartWith("content/posts/a.md:1:1: error NG0101: no front matter;");
    }
}
