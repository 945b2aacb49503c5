using System.Text;
using AwesomeAssertions;
using NewsletterGen.Content;
using NewsletterGen.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace NewsletterGen.Tests.Content;

/// <summary>PlainYaml reads common front matter without YamlDotNet. Whatever it reads must be
/// exactly what YamlDotNet reads (values, quoting, line and column of every node), and whatever
/// it is not sure of it must leave to YamlDotNet.</summary>
public class PlainYamlTests
{
    /// <summary>YamlDotNet's reading of the block, or null when YamlDotNet rejects it.</summary>
    private static YamlMap? Reference(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or ArgumentException or InvalidOperationException)
        {
            return null;
        }

        return stream.Documents.Count == 0 ? new YamlMap([], new YamlMark(1, 1))
            : stream.Documents[0].RootNode is YamlMappingNode map ? YamlTree.Map(map) : null;
    }

    /// <summary>A node written out with everything the site reads of it.</summary>
    private static string Describe(YamlValue value) => value switch
    {
        YamlText t => $"{(t.IsPlain ? "plain" : "quoted")} \"{t.Value}\" @{t.Start.Line}:{t.Start.Column}",
        YamlList l => $"list @{l.Start.Line}:{l.Start.Column} [{string.Join(", ", l.Items.Select(Describe))}]",
        YamlMap m => $"map {{{string.Join("; ", m.Entries.Select(e => $"{e.Key} @{e.KeyStart.Line}:{e.KeyStart.Column} = {Describe(e.Value)}"))}}}",
        _ => throw new InvalidOperationException(),
    };

    [Theory]
    [InlineData("title: \"Mistral 7B and the case for small, open models\"\ndate: 2023-10-06T08:00:00+02:00\nauthors: [claire]\ntags: [Mistral, open weights]\nsummary: \"A Paris start-up: who is behind it\"")]
    [InlineData("title: Plain title with it's quotes, [brackets] and C# too\ndraft: true\nslug: my-post")]
    [InlineData("tags:\n  - EU AI Act\n  - \"GDPR\"\n  - 'open weights'\ntitle: x")]
    [InlineData("tags:\n- one\n- two\n\n# a comment\nauthor: camille")]
    [InlineData("# leading comment\n\ntitle: 'single \\ quoted # with a hash: and colon'\n  # indented comment\nempty_quoted: \"\"")]
    [InlineData("image: https://example.org/a.png\nid: tag:example.org,2024:post\nupdated: 2024-08-01")]
    [InlineData("tags: []\naliases: [ /old/one/ ,  \"/old/two/\" ]\nnull_value: ~\nnumber: 42")]
    [InlineData("title:    spaced out   \nsummary:   \"quoted, spaced\"   ")]
    [InlineData("Title_2-x: Résumé — en français, 東京\nsummary: 'an emoji 🇪🇺 here'")]
    [InlineData("title: \"Mistral's \\\"open\\\" weights\"\nsummary: 'it''s a back\\slash'\npath: \"C:\\\\models\"")]
    [InlineData("tags: [\"a \\\"b\\\"\", 'it''s', \"c, d\"]")]
    [InlineData("")]
    [InlineData("\n# only a comment\n")]
    public void Reads_common_front_matter_exactly_as_YamlDotNet_does(string yaml)
    {
        var plain = PlainYaml.TryParse(yaml);
        plain.Should().NotBeNull("this front matter is in the plain subset");
        var reference = Reference(yaml);
        reference.Should().NotBeNull();
        Describe(plain!).Should().Be(Describe(reference!));
    }

    [Theory]
    [InlineData("title: \"a new\\nline\"", "an escape other than \\\" and \\\\")]
    [InlineData("title: \"caf\\u00e9\"", "a Unicode escape")]
    [InlineData("title: \"ends in a backslash\\\"", "a closing quote escaped")]
    [InlineData("title: Mistral: the story", "': ' in plain text (an error in YAML)")]
    [InlineData("title: Mistral:", "a plain text ending with ':'")]
    [InlineData("title: text # comment", "a comment after a value")]
    [InlineData("title:\ttabbed", "a tab")]
    [InlineData("title: &a anchored\nother: *a", "anchors and aliases")]
    [InlineData("summary: |\n  block\n  scalar", "a block scalar")]
    [InlineData("summary: >\n  folded", "a folded scalar")]
    [InlineData("title: first line\n  continued", "a plain text on two lines")]
    [InlineData("title: \"open\nclosed\"", "a quoted text on two lines")]
    [InlineData("author:\n  name: Camille\n  url: https://x", "a nested mapping")]
    [InlineData("title: a\ntitle: b", "a key written twice")]
    [InlineData("title:", "an empty value")]
    [InlineData("tags: [a, b,]", "a trailing comma")]
    [InlineData("tags: [a, [b]]", "a nested list")]
    [InlineData("tags: {a: b}", "a flow mapping")]
    [InlineData("tags: [a: b]", "a mapping in a flow list")]
    [InlineData("tags: [a, b] extra", "text after a flow list")]
    [InlineData("title: \"a\" b", "text after a quoted value")]
    [InlineData("key:value", "no space after the colon")]
    [InlineData("key : value", "a space before the colon")]
    [InlineData("\"quoted key\": value", "a quoted key")]
    [InlineData("tags:\n  - a\n    - b", "list items at two indentations")]
    [InlineData("tags:\n  - a\n  -", "an empty list item")]
    [InlineData("tags:\n  - a: b", "a mapping in a list")]
    [InlineData("tags:\n  - - a", "a list in a list")]
    [InlineData("title: !!str 1", "a tag")]
    [InlineData("%YAML 1.1\n---\ntitle: x", "a directive")]
    [InlineData("title: next\u0085line", "YAML's NEL line break")]
    [InlineData("title: x\u2028y", "a Unicode line separator")]
    [InlineData("- a\n- b", "a list instead of a mapping")]
    [InlineData("title: @reserved", "a reserved indicator")]
    public void Leaves_to_YamlDotNet_what_it_is_not_sure_of(string yaml, string because) =>
        PlainYaml.TryParse(yaml).Should().BeNull(because);

    [Fact]
    public void Reads_every_front_matter_of_the_newsletter_itself_and_agrees_with_YamlDotNet()
    {
        var posts = Directory.GetFiles(Path.Combine(TestSite.RepositoryRoot, "content", "posts"), "*.md");
        posts.Should().NotBeEmpty();
        foreach (var post in posts)
        {
            var text = File.ReadAllText(post).Replace("\r\n", "\n", StringComparison.Ordinal);
            var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            var yaml = text[4..end];
            var plain = PlainYaml.TryParse(yaml);
            plain.Should().NotBeNull($"{Path.GetFileName(post)} is written in the plain subset");
            Describe(plain!).Should().Be(Describe(Reference(yaml)!), Path.GetFileName(post));
        }
    }

    [Fact]
    public void Agrees_with_YamlDotNet_on_thousands_of_random_blocks_it_reads()
    {
        // Blocks made of pieces that are nearly right: mostly well-formed lines (keys, quoted and
        // plain texts, lists), with YAML's special characters, odd spacing and indentation
        // dropped in. Whatever the fast reader accepts must be valid YAML that YamlDotNet reads
        // the same way.
        string[] keys = ["title", "tags", "date", "summary", "x", "_k", "a-b", "T2", "authors", "draft", "-x", "1a"];
        string[] separators = [": ", ": ", ": ", ":", ":  ", " : ", ":\t", "::"];
        string[] words = ["a", "b c", "Mistral", "true", "null", "~", "42", "-1", "2024-01-02", "http://x.y/z", "C#", "it's", "é", "東", "🇪🇺"];
        string[] specials = [" ", "  ", "\"", "'", "''", "\\", "[", "]", ",", ", ", "{", "}", "#", " #", ":", ": ", "-", "- ", "&", "*", "!", "|", ">", "%", "@", "`", "\u0085", "\t", "\\n", "\\\""];
        string[] indents = ["", " ", "  ", "    "];
        var random = new Random(20261128);
        string Piece() => random.Next(5) == 0 ? specials[random.Next(specials.Length)] : words[random.Next(words.Length)];
        string Text()
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Piece()));
            return random.Next(4) switch
            {
                0 => "\"" + text + "\"",
                1 => "'" + text + "'",
                _ => text,
            };
        }

        var accepted = 0;
        for (var n = 0; n < 30000; n++)
        {
            var yaml = new StringBuilder();
            var lines = random.Next(1, 5);
            for (var l = 0; l < lines; l++)
            {
                switch (random.Next(10))
                {
                    case 0:
                        yaml.Append(indents[random.Next(indents.Length)]).Append("# ").Append(Piece());
                        break;
                    case 1:
                        yaml.Append(indents[random.Next(indents.Length)]);
                        break;
                    case 2 or 3:
                        // A key with a block list under it.
                        yaml.Append(keys[random.Next(keys.Length)]).Append(':');
                        var indent = indents[random.Next(indents.Length)];
                        for (var item = random.Next(0, 4); item > 0; item--)
                        {
                            yaml.Append('\n').Append(random.Next(8) == 0 ? indents[random.Next(indents.Length)] : indent).Append("- ").Append(Text());
                        }

                        break;
                    case 4 or 5:
                        yaml.Append(keys[random.Next(keys.Length)]).Append(separators[random.Next(separators.Length)])
                            .Append('[').AppendJoin(random.Next(6) == 0 ? "," : ", ", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Text())).Append(']');
                        break;
                    default:
                        yaml.Append(keys[random.Next(keys.Length)]).Append(separators[random.Next(separators.Length)]).Append(Text());
                        break;
                }

                if (random.Next(6) == 0)
                {
                    yaml.Append(Piece());
                }

                yaml.Append('\n');
            }

            var text = yaml.ToString();
            if (PlainYaml.TryParse(text) is not { } plain)
            {
                continue;
            }

            accepted++;
            var reference = Reference(text);
            reference.Should().NotBeNull($"YamlDotNet must read what PlainYaml read:\n{text}");
            Describe(plain).Should().Be(Describe(reference!), text);
        }

        // The generator must reach the fast path often enough for the comparison to mean much.
        accepted.Should().BeGreaterThan(2000);
    }
}
