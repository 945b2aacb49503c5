using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using NewsletterGen.Markdown;

namespace NewsletterGen.Tests.Markdown;

/// <summary>HtmlText replaced three regular-expression replacements; it must give what they gave,
/// on real HTML and on malformed or adversarial fragments alike.</summary>
public partial class HtmlTextTests
{
    [GeneratedRegex(@"</?(?:p|div|h[1-6]|li|ul|ol|br|hr|tr|td|th|table|thead|tbody|blockquote|pre|figure|figcaption|dl|dt|dd|section|aside|details|summary|img)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    private static string Reference(string html) =>
        Space().Replace(WebUtility.HtmlDecode(Tag().Replace(BlockTag().Replace(html, " "), string.Empty)), " ").Trim();

    [Theory]
    [InlineData("<p>One <em>two</em></p>\n<p>three</p>")]
    [InlineData("<h2 id=\"a\">Title <a href=\"#a\" class=\"anchor\">#</a></h2><ul><li>x</li><li>y</li></ul>")]
    [InlineData("a<br>b<BR/>c<Pre>d</PRE>e<preview>f</preview>g<p_x>h")]
    [InlineData("<a title=\"<p>\">X</a> and <p title='>'>Y")]
    [InlineData("no tags &amp; an entity &lt;p&gt; &#233;")]
    [InlineData("  lead\t\ttabs\r\nand\u00A0nbsp\u2003em  ")]
    [InlineData("unclosed <p and < more")]
    [InlineData("<bloc\u212Aquote>kelvin</bloc\u212Aquote> <\u017Fection>long s</\u017Fection> <p\u200D>zwj")]
    [InlineData("<h7>no</h7><h1>yes</h1><td>cell</td><tda>not</tda>")]
    [InlineData("")]
    public void Gives_what_the_regular_expressions_gave(string html) => HtmlText.Of(html).Should().Be(Reference(html));

    [Fact]
    public void Counts_words_eight_characters_at_a_time_as_it_would_one_by_one()
    {
        // Long runs of ASCII go through the vectorised count, blocks with other characters and
        // the tail one character at a time; the boundaries between them must not matter.
        char[] alphabet = ['a', 'Z', '1', ' ', ' ', '\t', '\n', '\v', '\f', '\r', '\u0001', '\u0008', '\u000E', '\u001F', '!', '~', '\u007F', '\u0085', '\u00A0', '\u2003', '\u3000', 'é'];
        var random = new Random(20261128);
        for (var n = 0; n < 20000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 90)).Select(_ => alphabet[random.Next(n % 2 == 0 ? 7 : alphabet.Length)]).ToArray());
            var expected = 0;
            for (var i = 0; i < text.Length; i++)
            {
                expected += !char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])) ? 1 : 0;
            }

            HtmlText.CountWords(text).Should().Be(expected, $"the words of \"{text}\"");
        }
    }

    [Theory]
    [InlineData("<p>One <em>two</em></p>\n<p>three</p>", 3)]
    [InlineData("<h2>Title<a href=\"#a\">#</a></h2><ul><li>x</li><li>y</li></ul>", 3)]
    [InlineData("wo<em>rd</em> a&nbsp;b &amp; c", 5)]
    [InlineData("  lead\t\ttabs\r\nand\u00A0nbsp\u2003em  ", 5)]
    [InlineData("<p></p><br>", 0)]
    [InlineData("", 0)]
    public void Counts_the_words_of_the_text(string html, int words) => HtmlText.CountWords(html).Should().Be(words);

    [Fact]
    public void Gives_what_the_regular_expressions_gave_on_random_fragments()
    {
        string[] pieces = ["<", ">", "/", "p", "P", "pre", "li", "h2", "img", "a", " ", "  ", "\n", "\t", "&amp;", "&lt;", "x", "word", "\"", "=", "\u212A", "é", "_", "1", "blockquote", "summary", "&nbsp;", "&#x1F600;", "\u2003", "&#10;", "div", "<p>", "</li>", "&rsquo;", "&emsp;", "&thinsp;", "&ensp;", "&#32;", "&#x2003;", "&NBSP;", "&nbsp"];
        var random = new Random(20261127);
        for (var n = 0; n < 5000; n++)
        {
            var builder = new StringBuilder();
            for (var i = random.Next(0, 30); i > 0; i--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var html = builder.ToString();
            var text = HtmlText.Of(html);
            text.Should().Be(Reference(html), $"for \"{html}\"");

            // Words are separated by one space, none at either end; the count is of those words.
            text.Should().NotStartWith(" ").And.NotEndWith(" ").And.NotContain("  ");
            text.Where(char.IsWhiteSpace).Should().OnlyContain(c => c == ' ');
            HtmlText.CountWords(html).Should().Be(text.Length == 0 ? 0 : text.Split(' ').Length, $"the words of \"{html}\"");
        }
    }
}
