using System.Text;
using AwesomeAssertions;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Performance;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

/// <summary>A build that keeps nothing decodes a plain file's front matter only and leaves its
/// body as bytes until its Markdown is rendered. Whatever the file, the document must be the
/// one the whole file gives, and every file that is not plain must be read whole.</summary>
public class FrontMatterSplitTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody.\n", 17)]
    [InlineData("---\ntitle: A\n...\nBody.\n", 17)]
    [InlineData("---  \ntitle: A\n---\t \n\nBody.\n", 21)]
    [InlineData("---\ntitle: A\n---\u00A0\nBody.\n", 19)]
    [InlineData("---\ntitle: A\n---\n", 17)]
    [InlineData("---\ntitle: A\n----\nx: 1\n---\nBody.\n", 27)]
    public void Splits_a_plain_file_after_the_line_that_closes_its_front_matter(string text, int bodyStart)
    {
        FrontMatterSplit.BodyStart(Encoding.UTF8.GetBytes(text)).Should().Be(bodyStart);
    }

    [Theory]
    [InlineData("---\r\ntitle: A\r\n---\r\nBody.\r\n")]
    [InlineData("---\ntitle: A\n---\nBody with a \u0001 pasted from a PDF.\n")]
    [InlineData("---\ntitle: A\n---\nA NUL \0 here.\n")]
    [InlineData("---\ntitle: A\n---\nA non-character \uFFFE here.\n")]
    [InlineData("---\ntitle: A\n---\nA non-character \uFFFF here.\n")]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---\ntitle: A\nBody, and no fence.\n")]
    [InlineData("title: A\n---\nBody.\n")]
    [InlineData("--- x\ntitle: A\n---\nBody.\n")]
    [InlineData(" ---\ntitle: A\n---\nBody.\n")]
    [InlineData("---\ntitle: A\n --- \nBody.\n")]
    [InlineData("")]
    public void Reads_whole_a_file_that_is_not_plain(string text)
    {
        FrontMatterSplit.BodyStart(Encoding.UTF8.GetBytes(text)).Should().Be(-1);
    }

    [Fact]
    public void Reads_whole_a_file_with_a_byte_order_mark_or_invalid_utf8()
    {
        FrontMatterSplit.BodyStart([0xEF, 0xBB, 0xBF, .. "---\ntitle: A\n---\nBody.\n"u8]).Should().Be(-1);
        FrontMatterSplit.BodyStart([.. "---\ntitle: A\n---\nCaf"u8, 0xE9, .. "\n"u8]).Should().Be(-1);
    }

    [Fact]
    public void Keeps_a_non_character_lookalike_that_xml_allows()
    {
        // U+FFFD (EF BF BD) is allowed; only U+FFFE and U+FFFF are not.
        FrontMatterSplit.BodyStart(Encoding.UTF8.GetBytes("---\ntitle: A\n---\nReplacement \uFFFD and \uFFEF.\n")).Should().Be(17);
    }

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>
        {
            "---\ntitle: \"Souveraineté numérique\"\ndate: 2024-05-01\ntags: [gdpr, mistral]\n---\n\nÜber *alles*, naïve café — 🇪🇺.\n",
            "---\ntitle: A\ndate: 2024-05-01\n...\n# Heading\n\n---\n\nA rule above, not a fence.\n",
            "---\ntitle: A\ndate: 2024-05-01\n---\u2003\n\nAn em space after the fence.\n",
            "---\ntitle: A\ndate: 2024-05-01\n---\n",
            "---\ntitle: A\ndate: 2024-05-01\n---\n\n\n\nThree blank lines first.\n",
            "---\ntitle: A\ndate: 2024-05-01\nsummary: |\n  Two lines\n  of summary.\n---\nBody.\n",
            "---\ntitle: A\ndate: 2024-05-01\n---\nNo final newline",
            "---\ntitle: Bad date\ndate: 2024-02-30\n---\nBody.\n",
            "---\ndate: 2024-05-01\n---\nNo title.\n",
        };
        foreach (var post in Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "content", "posts"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(File.ReadAllText(post));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Gives_the_document_and_diagnostics_the_whole_file_gives(string text)
    {
        var folder = Directory.CreateTempSubdirectory("nlg-split-");
        try
        {
            Compare(folder.FullName, text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Compare(string root, string text)
    {
        var file = Path.Combine(root, "content", "posts", "a.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text, new UTF8Encoding(false));

        var wholeDiagnostics = new DiagnosticBag();
        var whole = FrontMatterParser.Parse(ContentLoader.Read(root, file, wholeDiagnostics)!, Utc, isPost: true, wholeDiagnostics);
        var splitDiagnostics = new DiagnosticBag();
        var (head, body) = ContentLoader.ReadHeadAndBody(root, file, splitDiagnostics);
        var split = FrontMatterParser.Parse(head!, Utc, isPost: true, splitDiagnostics);

        splitDiagnostics.ToSortedList().Select(d => d.ToString()).Should().Equal(wholeDiagnostics.ToSortedList().Select(d => d.ToString()));
        if (whole is null)
        {
            split.Should().BeNull();
            return;
        }

        split.Should().NotBeNull();
        var splitBody = body is null ? split!.Body : body.Decode();
        splitBody.Should().Be(whole.Body);
        split!.BodyLine.Should().Be(whole.BodyLine);
        split.FrontMatter.Title.Should().Be(whole.FrontMatter.Title);
        split.FrontMatter.Date.Should().Be(whole.FrontMatter.Date);
        split.FrontMatter.Summary.Should().Be(whole.FrontMatter.Summary);
        split.FrontMatter.Tags.Should().Equal(whole.FrontMatter.Tags);
        split.FrontMatter.Locations.Should().BeEquivalentTo(whole.FrontMatter.Locations);
    }

    [Fact]
    public void Splits_the_newsletters_own_posts()
    {
        // The test above would pass if nothing were ever split: the newsletter's posts must be.
        var posts = Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "content", "posts"), "*.md").ToList();
        posts.Should().NotBeEmpty();
        posts.Should().OnlyContain(p => FrontMatterSplit.BodyStart(File.ReadAllBytes(p)) > 0);
    }

    [Fact]
    public void Builds_a_split_post_with_its_body_lines_counted_from_the_file()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Lines
            date: 2024-05-01
            ---

            Über alles.

            See [the lost issue](lost.md).
            """);

        site.Warnings.Should().Equal("content/posts/a.md:8:5: warning NG0301: 'lost.md' is not a post or page of this site");
        site.Html("posts/lines/index.html").QuerySelector(".prose p")!.TextContent.Should().Be("Über alles.");
    }
}
