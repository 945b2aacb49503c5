using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>Code highlighted at build time in the languages blogs use, read back from the post
/// page (and the feeds) of small real sites.</summary>
public class HighlightingTests
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static IElement Code(string language, string code)
    {
        using var site = TestSite.Build(BareTheme.With($"""
            -- content/posts/a.md --
            ---
            title: Code
            date: 2024-05-01
            ---
            ```{language}
            {code}
            ```
            """));

        site.Errors.Should().BeEmpty();
        return site.Html("posts/code/index.html").QuerySelector("pre code")!;
    }

    private static IEnumerable<string> Spans(IElement code, string token) =>
        code.QuerySelectorAll("span." + token).Select(s => s.TextContent);

    [Theory]
    [InlineData("ruby", "def greet(name) # say hello\n  puts \"hi #{name}\"\nend", "def", "\"hi #{name}\"", "# say hello")]
    [InlineData("rust", "fn main() { // entry\n    let s = \"hi\";\n}", "fn", "\"hi\"", "// entry")]
    [InlineData("go", "func main() { /* entry */\n\treturn \"hi\"\n}", "func", "\"hi\"", "/* entry */")]
    [InlineData("bash", "for f in *.md; do # each post\n  echo \"$f done\"\ndone", "for", "\"$f done\"", "# each post")]
    [InlineData("yaml", "# site\ntitle: \"Hello\"\ndraft: false", "false", "\"Hello\"", "# site")]
    [InlineData("toml", "# site\ntitle = 'Hello'\ndraft = true", "true", "'Hello'", "# site")]
    [InlineData("dockerfile", "# build\nFROM alpine AS base\nRUN echo \"hi\"", "FROM", "\"hi\"", "# build")]
    [InlineData("sql", "-- all posts\nSELECT * FROM posts WHERE title = 'Hi'", "SELECT", "'Hi'", "-- all posts")]
    public void Each_language_highlights_its_keywords_strings_and_comments(string language, string code, string keyword, string text, string comment)
    {
        var html = Code(language, code);

        Spans(html, "tok-keyword").Should().Contain(keyword);
        Spans(html, "tok-string").Should().Contain(text);
        Spans(html, "tok-comment").Should().Contain(comment);
        html.TextContent.Should().Be(code + "\n");
    }

    [Fact]
    public void A_keyword_or_comment_sign_inside_a_string_stays_part_of_the_string()
    {
        var html = Code("bash", "echo \"if # not a comment\" # a comment");

        Spans(html, "tok-string").Should().Equal("\"if # not a comment\"");
        Spans(html, "tok-comment").Should().Equal("# a comment");
        Spans(html, "tok-keyword").Should().BeEmpty();
    }

    [Fact]
    public void An_apostrophe_in_console_output_does_not_start_a_string()
    {
        var html = Code("console", "$ echo 'ok'\nDon't panic, it's fine");

        Spans(html, "tok-string").Should().Equal("'ok'");
    }

    [Fact]
    public void An_apostrophe_in_a_yaml_value_does_not_start_a_string()
    {
        var html = Code("yaml", "title: It's here # note\ntags: ['a', 'b']");

        Spans(html, "tok-attribute").Should().Equal("title", "tags");
        Spans(html, "tok-string").Should().Equal("'a'", "'b'");
        Spans(html, "tok-comment").Should().Equal("# note");
    }

    [Fact]
    public void Json_keys_strings_numbers_and_constants_are_highlighted()
    {
        var html = Code("json", "{\"title\": \"Hi\", \"count\": 3, \"draft\": false}");

        html.QuerySelectorAll("span").Should().NotBeEmpty();
        Spans(html, "tok-string").Should().Contain("\"Hi\"");
        html.TextContent.Should().Be("{\"title\": \"Hi\", \"count\": 3, \"draft\": false}\n");
    }

    [Fact]
    public void A_diff_marks_added_and_removed_lines_and_its_headers()
    {
        var html = Code("diff", "--- a/post.md\n+++ b/post.md\n@@ -1,2 +1,2 @@\n-old line\n+new line\n same line");

        Spans(html, "tok-keyword").Should().Equal("--- a/post.md", "+++ b/post.md");
        Spans(html, "tok-function").Should().Equal("@@ -1,2 +1,2 @@");
        Spans(html, "tok-deleted").Should().Equal("-old line");
        Spans(html, "tok-inserted").Should().Equal("+new line");
    }

    [Theory]
    [InlineData("sh", "bash")]
    [InlineData("shell", "bash")]
    [InlineData("console", "bash")]
    [InlineData("zsh", "bash")]
    [InlineData("yml", "yaml")]
    [InlineData("rb", "ruby")]
    [InlineData("rs", "rust")]
    [InlineData("golang", "go")]
    [InlineData("docker", "dockerfile")]
    [InlineData("Dockerfile", "dockerfile")]
    [InlineData("patch", "diff")]
    public void A_language_alias_highlights_as_the_language(string alias, string language)
    {
        const string code = "# note\nif echo \"x\" then return end fn func FROM: true\n-old\n+new";

        var highlighted = Code(alias, code);

        highlighted.QuerySelectorAll("span").Should().NotBeEmpty();
        highlighted.InnerHtml.Should().Be(Code(language, code).InnerHtml);
    }

    [Fact]
    public void Every_language_name_the_writing_guide_lists_is_highlighted()
    {
        var guide = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "docs", "writing.md"));
        var table = guide[guide.IndexOf("## Code blocks", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var names = System.Text.RegularExpressions.Regex.Matches(table, @"^\|[^|]*\|([^|]*)\|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .SelectMany(row => System.Text.RegularExpressions.Regex.Matches(row.Groups[1].Value, "`([^`]+)`").Select(m => m.Groups[1].Value))
            .ToList();

        names.Should().HaveCountGreaterThan(40);
        var highlighter = new NewsletterGen.Markdown.CodeHighlighter();
        names.Where(name => highlighter.Highlight("x = 1", name) is null).Should().BeEmpty();
    }

    [Theory]
    [InlineData("csharp", "if (a < b && b > c) { }")]
    [InlineData("bash", "<in cat a.txt >out && echo '<&>'")]
    [InlineData("python", "x = '<<&&>>' # <b>&amp;</b>")]
    public void Highlighted_code_keeps_every_angle_bracket_and_ampersand_as_text(string language, string code)
    {
        var html = Code(language, code);

        html.QuerySelectorAll("span").Should().NotBeEmpty("the language is highlighted");
        html.QuerySelectorAll("*").Where(e => e.LocalName != "span").Should().BeEmpty();
        html.TextContent.Should().Be(code + "\n");
    }

    [Fact]
    public void Code_in_an_unknown_language_stays_plain_escaped_text()
    {
        var html = Code("cobol", "DISPLAY '<b>hi</b>' & ]]>");

        html.Children.Should().BeEmpty();
        html.TextContent.Should().Be("DISPLAY '<b>hi</b>' & ]]>\n");
        html.ClassName.Should().Be("language-cobol");
    }

    [Fact]
    public void Markup_and_the_cdata_end_marker_in_highlighted_code_stay_text_in_the_page_and_the_feeds()
    {
        const string code = "echo \"<b>]]></b>\" '<i>' # <script>x</script> ]]>\ncat <<EOF > a && b";
        using var site = TestSite.Build($"""
            -- content/posts/a.md --
            ---
            title: Markup
            date: 2024-05-01
            ---
            ```bash
            {code}
            ```
            """);

        site.Errors.Should().BeEmpty();
        var page = site.Html("posts/markup/index.html").QuerySelector("pre code")!;
        page.QuerySelectorAll("span.tok-string").Should().NotBeEmpty();
        page.QuerySelectorAll("b, i, script").Should().BeEmpty();
        page.TextContent.Should().Be(code + "\n");

        using var reader = XmlReader.Create(Path.Combine(site.Output, "feed.xml"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var rss = XDocument.Load(reader).Descendants(Content + "encoded").Single().Value;
        var atom = site.Xml("atom.xml").Descendants(Atom + "content").Single().Value;
        foreach (var feedHtml in new[] { rss, atom })
        {
            var inFeed = new HtmlParser().ParseDocument(feedHtml).QuerySelector("pre code")!;
            inFeed.QuerySelectorAll("b, i, script").Should().BeEmpty();
            inFeed.QuerySelectorAll("span.tok-comment").Should().ContainSingle();
            inFeed.TextContent.Should().Be(code + "\n");
        }
    }
}
