using AwesomeAssertions;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Import;

namespace NewsletterGen.Tests.Archives;

public sealed class YamlWriterTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("2024")]
    [InlineData("1.10")]
    [InlineData("2024-06-01")]
    [InlineData("Re: the plan")]
    [InlineData("#1 in the charts")]
    [InlineData("Issue #1")]
    [InlineData("- a dash")]
    [InlineData("[not a list]")]
    [InlineData("{not: a map}")]
    [InlineData("\"quoted\" and \\ back")]
    [InlineData("two\nlines")]
    [InlineData(" padded ")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("Café & code: 100% *done*")]
    [InlineData("")]
    public void Text_written_by_the_import_reads_back_as_the_same_text(string title)
    {
        var yaml = YamlWriter.Write([new ImportField("title", ImportScalar.Quote(title), 1), new ImportField("tags", new ImportList([ImportScalar.Quote(title)]), 2)]);

        var map = new YamlValues("x.md", 2, new DiagnosticBag()).ParseMapping(yaml, SourceLocation.StartOf("x.md"));

        map.Should().NotBeNull(yaml);
        var text = map!.Entries[0].Value.Should().BeOfType<YamlText>().Which;
        text.Value.Should().Be(title, yaml);
        (text.IsPlain && title.Length > 0 && (title is "yes" or "No" or "2024" or "1.10" or "null" or "~" || title.StartsWith("2024", StringComparison.Ordinal))).Should().BeFalse("text that YAML would read as another type is quoted: " + yaml);
        map.Entries[1].Value.Should().BeOfType<YamlList>().Which.Items.Single().Should().BeOfType<YamlText>().Which.Value.Should().Be(title);
    }
}
