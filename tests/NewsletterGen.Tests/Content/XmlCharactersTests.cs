using System.Text;
using AwesomeAssertions;
using NewsletterGen.Content;
using NewsletterGen.Feeds;

namespace NewsletterGen.Tests.Content;

/// <summary>XmlCharacters.FirstForbidden skips allowed ranges with a vectorised scan; it must find the
/// same first forbidden character as a test of every character.</summary>
public class XmlCharactersTests
{
    private static int Reference(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : System.Xml.XmlConvert.IsXmlChar(c);
            if (!valid)
            {
                return i;
            }
        }

        return -1;
    }

    [Fact]
    public void Finds_the_first_forbidden_character_a_character_by_character_test_finds()
    {
        char[] pieces = ['a', ' ', '\t', '\n', '\r', '\u0001', '\u001F', '\u0085', '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFFFD', '\uFFFE', '\uFFFF', 'é', '—'];
        var random = new Random(20261127);
        for (var n = 0; n < 20000; n++)
        {
            var builder = new StringBuilder();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                builder.Append(random.Next(3) == 0 ? pieces[random.Next(pieces.Length)] : 'x');
            }

            var text = builder.ToString();
            XmlCharacters.FirstForbidden(text).Should().Be(Reference(text), $"for \"{string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}\"");
        }
    }
}
