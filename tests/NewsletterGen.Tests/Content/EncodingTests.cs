using System.Text;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

/// <summary>Source files as editors save them: UTF-8 with or without a BOM, LF or CRLF. Anything
/// else is a diagnostic that names the place, never a crash or mojibake.</summary>
public class EncodingTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static TestSite BuildWithPostBytes(byte[] bytes, string path = "content/posts/a.md")
    {
        var site = TestSite.Create("");
        site.WriteBytes(path, bytes);
        site.Rebuild();
        return site;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Reads_a_post_saved_with_a_bom_and_crlf_line_endings()
    {
        using var site = BuildWithPostBytes([.. Bom, .. Utf8("---\r\ntitle: Souveraineté\r\ndate: 2024-05-01\r\n---\r\nFirst line\r\nsame paragraph.\r\n")]);

        site.Errors.Should().BeEmpty();
        var page = site.Html("posts/souverainete/index.html");
        page.QuerySelector("article h1")!.TextContent.Should().Be("Souveraineté");
        page.QuerySelector(".prose p")!.TextContent.Should().Be("First line\nsame paragraph.");
    }

    [Fact]
    public void Counts_lines_right_in_a_file_with_crlf_line_endings()
    {
        using var site = BuildWithPostBytes(Utf8("---\r\ntitle: Crlf\r\nsummary: A post.\r\ndate: 2024-02-30\r\n---\r\nBody.\r\n"));

        site.Errors.Should().Equal(
            "content/posts/a.md:4:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not '2024-02-30'");
    }

    [Fact]
    public void Counts_lines_right_in_a_file_with_a_bom()
    {
        using var site = BuildWithPostBytes([.. Bom, .. Utf8("---\ntitle: Bom\ndate: 2024-02-30\n---\nBody.\n")]);

        site.Errors.Should().Equal(
            "content/posts/a.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not '2024-02-30'");
    }

    [Fact]
    public void Counts_body_lines_right_in_a_file_with_crlf_line_endings()
    {
        using var site = BuildWithPostBytes(Utf8("---\r\ntitle: Crlf\r\ndate: 2024-05-01\r\n---\r\n\r\nFirst.\r\n\r\nSee [the lost issue](lost.md).\r\n"));

        site.Warnings.Should().Equal("content/posts/a.md:8:5: warning NG0301: 'lost.md' is not a post or page of this site");
    }

    [Fact]
    public void Reports_latin_1_bytes_at_their_line_and_column()
    {
        // "Café" saved as Latin-1: é is the single byte 0xE9.
        using var site = BuildWithPostBytes([.. Utf8("---\ntitle: Caf"), 0xE9, .. Utf8("\ndate: 2024-05-01\n---\nBody.\n")]);

        site.Errors.Should().Equal(
            "content/posts/a.md:2:11: error NG0002: invalid UTF-8 (byte 0xE9); save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
    }

    [Fact]
    public void Reports_latin_1_bytes_in_the_body_at_their_line()
    {
        using var site = BuildWithPostBytes([.. Utf8("---\ntitle: Body\ndate: 2024-05-01\n---\nFirst.\n\nA na"), 0xEF, .. Utf8("ve reader.\n")]);

        site.Errors.Should().Equal(
            "content/posts/a.md:7:5: error NG0002: invalid UTF-8 (byte 0xEF); save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
    }

    [Fact]
    public void Reports_a_binary_file_with_a_nul_byte()
    {
        using var site = BuildWithPostBytes([.. Utf8("---\ntitle: Bin\n"), 0x00, 0x01, 0x02, 0xFF]);

        site.Errors.Should().Equal(
            "content/posts/a.md:3:1: error NG0002: this file contains a NUL byte and looks binary; Markdown files must be UTF-8 text");
    }

    [Fact]
    public void Reports_an_empty_markdown_file()
    {
        using var site = BuildWithPostBytes([]);

        site.Result.Succeeded.Should().BeFalse();
        site.Errors.Should().Equal(
            "content/posts/a.md:1:1: error NG0101: no front matter; start the file with a line '---', then 'title: ...' and 'date: ...', then '---'");
    }

    [Fact]
    public void Reports_an_empty_page_file()
    {
        using var site = BuildWithPostBytes([], "content/pages/empty.md");

        site.Errors.Should().Equal(
            "content/pages/empty.md:1:1: error NG0101: no front matter; start the file with a line '---', then 'title: ...', then '---'");
    }
}
