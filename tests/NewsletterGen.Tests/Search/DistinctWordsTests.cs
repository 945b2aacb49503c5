using System.Text;
using AwesomeAssertions;
using NewsletterGen.Search;

namespace NewsletterGen.Tests.Search;

/// <summary>The search index's words were once found with string.Split, Trim and
/// ToLowerInvariant; the span-based version must find the same words in the same order.</summary>
public class DistinctWordsTests
{
    private static string Reference(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '“', '”', '‘', '’', '«', '»', '—', '–', '*').ToLowerInvariant();
            if (word.Length >= 3 && seen.Add(word))
            {
                words.Add(word);
                if (words.Count == SearchIndexWriter.MaxWords)
                {
                    break;
                }
            }
        }

        return string.Join(' ', words);
    }

    [Theory]
    [InlineData("The quick brown fox. The QUICK fox! (quick) “Quick”—and— so on")]
    [InlineData("  tabs\tand\nnew\r\nlines\u00A0nbsp\u2003em\u3000ideographic  ")]
    [InlineData("a an the ... !!! *** Émile ÉMILE straße STRASSE İstanbul")]
    [InlineData("")]
    public void Finds_the_words_Split_and_Trim_found(string text) => SearchIndexWriter.DistinctWords(text).Should().Be(Reference(text));

    [Fact]
    public void Finds_the_words_Split_and_Trim_found_in_random_text()
    {
        string[] pieces = ["word", "Word", "WORD", "other", "ab", "abc", " ", "  ", "\t", "\n", "\u00A0", "\u2028", "\u0085", ".", ",", "(", ")", "“", "”", "—", "*", "é", "İ", "x", "1234"];
        var random = new Random(20261127);
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            for (var i = random.Next(0, 60); i > 0; i--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            SearchIndexWriter.DistinctWords(text).Should().Be(Reference(text), $"for \"{text}\"");
        }
    }

    [Fact]
    public void Stops_at_the_word_limit()
    {
        var text = string.Join(' ', Enumerable.Range(0, SearchIndexWriter.MaxWords + 50).Select(i => $"word{i}"));

        SearchIndexWriter.DistinctWords(text).Should().Be(Reference(text));
        SearchIndexWriter.DistinctWords(text).Split(' ').Should().HaveCount(SearchIndexWriter.MaxWords);
    }

    [Fact]
    public void Separates_words_at_every_character_char_IsWhiteSpace_accepts()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsWhiteSpace(c))
            {
                SearchIndexWriter.DistinctWords($"one{c}two").Should().Be("one two", $"U+{(int)c:X4} is white space");
            }
        }
    }
}
