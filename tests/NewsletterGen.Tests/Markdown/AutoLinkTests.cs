using AngleSharp.Html.Parser;
using AwesomeAssertions;
using NewsletterGen.Diagnostics;
using NewsletterGen.Markdown;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>The renderer parses a document without the autolink parser first, and again with it
/// only when some text could be a bare URL. Whatever it skips, the HTML must be what parsing
/// with autolinks from the start gives.</summary>
public class AutoLinkTests
{
    private static LinkResolver Links() => new("/", new Dictionary<string, string>(StringComparer.Ordinal));

    private static string Render(MarkdownRenderer renderer, string markdown) =>
        renderer.Render(markdown, "content/posts/a.md", 5, null, new DiagnosticBag()).Html.Value;

    [Theory]
    [InlineData("Read it at https://eur-lex.europa.eu/eli/reg/2024/1689 today.", "https://eur-lex.europa.eu/eli/reg/2024/1689")]
    [InlineData("Read it at http://example.eu.", "http://example.eu")]
    [InlineData("Mirrors: ftp://ftp.example.eu/weights", "ftp://ftp.example.eu/weights")]
    [InlineData("Write to mailto:press@example.eu for a copy.", "mailto:press@example.eu")]
    [InlineData("See www.example.eu for the list.", "http://www.example.eu")]
    [InlineData("Wait... www.example.eu has it.", "http://www.example.eu")]
    [InlineData("*www.example.eu* in emphasis", "http://www.example.eu")]
    [InlineData("(https://example.eu) in brackets", "https://example.eu")]
    [InlineData("- a list item with https://EXAMPLE.EU/Caps", "https://EXAMPLE.EU/Caps")]
    [InlineData("| a | table |\n|---|---|\n| https://example.eu | cell |", "https://example.eu")]
    [InlineData("Text.[^1]\n\n[^1]: Source: https://example.eu/source", "https://example.eu/source")]
    public void A_bare_url_in_text_still_becomes_a_link(string markdown, string href)
    {
        var html = Render(new MarkdownRenderer(Links()), markdown);

        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(href, html);
    }

    [Theory]
    [InlineData("A [link](https://example.eu) written as Markdown.")]
    [InlineData("A URL in `https://example.eu` code.")]
    [InlineData("```\ncurl https://example.eu\n```")]
    [InlineData("An <a href=\"https://example.eu\">HTML link</a>.")]
    [InlineData("[link text with https://example.eu inside](https://example.eu/other)")]
    [InlineData("Not a link: https:// alone, www. alone, mailto: alone.")]
    [InlineData("http://example.eu")]
    [InlineData("Prose with no address at all, only 'quotes' -- and dashes...")]
    [InlineData("Unclosed ](https://example.eu) bracket.")]
    [InlineData("<https://example.eu> in angle brackets.")]
    [InlineData("\"https://example.eu\" in quotes (Markdig makes no link after a quote)")]
    [InlineData("HTTPS://EXAMPLE.EU (nor of capitals)")]
    [InlineData("see www...example.eu and www....eu, dots that may become an ellipsis")]
    public void Renders_the_same_html_as_parsing_with_autolinks_from_the_start(string markdown)
    {
        Render(new MarkdownRenderer(Links()), markdown).Should().Be(Render(MarkdownRenderer.WithAutoLinksAlways(Links()), markdown));
    }

    [Fact]
    public void Renders_the_newsletters_own_posts_as_parsing_with_autolinks_from_the_start()
    {
        var renderer = new MarkdownRenderer(Links());
        var reference = MarkdownRenderer.WithAutoLinksAlways(Links());
        var posts = Directory.GetFiles(Path.Combine(TestSite.RepositoryRoot, "content", "posts"), "*.md");
        posts.Should().NotBeEmpty();

        foreach (var post in posts)
        {
            var text = File.ReadAllText(post);
            Render(renderer, text).Should().Be(Render(reference, text), post);
        }
    }

    [Fact]
    public void Renders_random_text_full_of_near_urls_as_parsing_with_autolinks_from_the_start()
    {
        // Pieces of addresses and of Markdown syntax thrown together, so that addresses land
        // next to, inside and across every kind of inline: emphasis, quotes, links, code,
        // ellipses, entities, line ends.
        string[] pieces =
        [
            "http", "https", "ftp", "mailto", "www", "WWW", "Http", "://", ":", "/", ".", "..", "...", "@",
            "example.eu", "press@example.eu", " ", " ", " ", "\n", "\n\n", "*", "**", "_", "~~", "`", "[", "]",
            "(", ")", "](", "<", ">", "\"", "'", "-", "--", "&amp;", "\\", "!", "|", "# ", "> ", "- ", "text",
            "Mistral", "h", "f", "m", "w", "ww", "ailto", "tp", "tps",
        ];
        var random = new Random(20261128);
        var renderer = new MarkdownRenderer(Links());
        var reference = MarkdownRenderer.WithAutoLinksAlways(Links());
        var withLinks = 0;

        for (var i = 0; i < 5000; i++)
        {
            var markdown = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Render(reference, markdown);
            Render(renderer, markdown).Should().Be(expected, $"the HTML of:\n{markdown}");
            withLinks += expected.Contains("<a href=", StringComparison.Ordinal) ? 1 : 0;
        }

        // The comparison means something only if many of the documents did get autolinks.
        withLinks.Should().BeGreaterThan(150);
    }
}
