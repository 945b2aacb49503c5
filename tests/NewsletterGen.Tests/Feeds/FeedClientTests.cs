using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using AwesomeAssertions;
using NewsletterGen.Content;
using NewsletterGen.Tests.Infrastructure;
using CodeHollowReader = CodeHollow.FeedReader.FeedReader;

namespace NewsletterGen.Tests.Feeds;

/// <summary>The repository's own newsletter, built once into a temp folder (never into the
/// repository) for the tests that read it as feed clients do.</summary>
public sealed class RepositoryNewsletter : IDisposable
{
    public RepositoryNewsletter()
    {
        Root = Path.Combine(Path.GetTempPath(), "nlg-repo-" + Guid.NewGuid().ToString("N")[..12]);
        Output = Path.Combine(Root, "_site");
        Result = SiteBuild.Run(new BuildOptions(TestSite.RepositoryRoot, Output, Now: TestSite.Now));
        var siteYml = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "content", "site.yml"));
        var feedSize = Regex.Match(siteYml, @"^feed_size:\s*(\d+)", RegexOptions.Multiline);
        FeedSize = feedSize.Success ? int.Parse(feedSize.Groups[1].Value, CultureInfo.InvariantCulture) : 20;
    }

    public string Root { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    public int FeedSize { get; }

    /// <summary>Every published issue of the default language: a page under posts/ that is not a
    /// redirect left at an alias.</summary>
    public int PostPages => Issues(Path.Combine(Output, "posts"));

    /// <summary>Every published issue in every language: the default's, and those under
    /// &lt;lang&gt;/posts/ of each other language's edition.</summary>
    public int AllPostPages => PostPages + Directory.EnumerateDirectories(Output)
        .Select(edition => Path.Combine(edition, "posts"))
        .Where(Directory.Exists)
        .Sum(Issues);

    private static int Issues(string folder) => Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
        .Count(f => !File.ReadAllText(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));

    public string OutputPath(string relative) => Path.Combine(Output, relative);

    public IReadOnlyList<string> TagFolders => Directory.EnumerateDirectories(Path.Combine(Output, "tags"))
        .Select(d => "tags/" + Path.GetFileName(d) + "/")
        .Order(StringComparer.Ordinal)
        .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Feeds as clients read them: .NET's System.ServiceModel.Syndication and
/// CodeHollow.FeedReader load the RSS and Atom feeds, XDocument checks what they may forgive.
/// First the repository's real newsletter, then small sites for characters that break feeds.</summary>
public class FeedClientTests(RepositoryNewsletter newsletter) : IClassFixture<RepositoryNewsletter>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static SyndicationFeed Load(string path)
    {
        using var reader = XmlReader.Create(path);
        return SyndicationFeed.Load(reader);
    }

    private static bool IsAbsoluteHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    /// <summary>Every URL in an HTML fragment: href, src, poster and each srcset candidate.</summary>
    private static IEnumerable<string> UrlsIn(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("[href], [src], [poster], [srcset]"))
        {
            foreach (var name in new[] { "href", "src", "poster" })
            {
                if (element.GetAttribute(name) is { } value)
                {
                    yield return value;
                }
            }

            if (element.GetAttribute("srcset") is { } srcset)
            {
                foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return candidate.Split(' ')[0];
                }
            }
        }
    }

    private int ExpectedItems => Math.Min(newsletter.PostPages, newsletter.FeedSize);

    [Fact]
    public void The_repository_newsletter_builds_without_errors_or_warnings()
    {
        newsletter.Result.Succeeded.Should().BeTrue();
        newsletter.Result.Diagnostics.Should().BeEmpty();
        newsletter.PostPages.Should().BeGreaterThan(0);
        newsletter.AllPostPages.Should().Be(newsletter.Result.PostCount);
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Syndication_reader_loads_every_issue_of_the_repository_newsletter(string file)
    {
        var feed = Load(newsletter.OutputPath(file));

        feed.Title.Text.Should().Be("Sovereign Signal");
        feed.Items.Should().HaveCount(ExpectedItems);
        feed.Items.Should().AllSatisfy(i => i.Title.Text.Should().NotBeNullOrWhiteSpace());
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Syndication_reader_finds_only_absolute_links_in_the_repository_newsletter(string file)
    {
        var feed = Load(newsletter.OutputPath(file));

        var links = feed.Links.Concat(feed.Items.SelectMany(i => i.Links)).Select(l => l.Uri).ToList();
        links.Should().NotBeEmpty().And.AllSatisfy(u => u.IsAbsoluteUri.Should().BeTrue($"{u} must be absolute"));
        feed.Items.Should().AllSatisfy(i => i.Links.Should().Contain(l => l.Uri.AbsoluteUri.StartsWith("https://sovereign-signal.example/posts/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Codehollow_reader_loads_every_issue_of_the_repository_newsletter_with_absolute_links(string file)
    {
        var feed = CodeHollowReader.ReadFromFile(newsletter.OutputPath(file));

        feed.Title.Should().Be("Sovereign Signal");
        feed.Items.Should().HaveCount(ExpectedItems);
        feed.Items.Should().AllSatisfy(i => IsAbsoluteHttp(i.Link).Should().BeTrue($"{i.Link} must be absolute"));
        feed.Items.Select(i => i.Id).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Every_url_in_the_content_of_the_repository_newsletter_is_absolute(string file)
    {
        var feed = CodeHollowReader.ReadFromFile(newsletter.OutputPath(file));

        var urls = feed.Items.SelectMany(i => UrlsIn(i.Content ?? string.Empty).Concat(UrlsIn(i.Description ?? string.Empty))).ToList();
        urls.Should().NotBeEmpty().And.AllSatisfy(u => IsAbsoluteHttp(u).Should().BeTrue($"'{u}' must be absolute"));
    }

    [Fact]
    public void The_json_feed_of_the_repository_newsletter_has_every_issue_with_absolute_urls()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(newsletter.OutputPath("feed.json")));

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Should().HaveCount(ExpectedItems);
        items.Should().AllSatisfy(i =>
        {
            IsAbsoluteHttp(i.GetProperty("url").GetString()!).Should().BeTrue();
            UrlsIn(i.GetProperty("content_html").GetString()!).Should().AllSatisfy(u => IsAbsoluteHttp(u).Should().BeTrue($"'{u}' must be absolute"));
        });
    }

    [Fact]
    public void Every_tag_feed_of_the_repository_newsletter_loads_in_both_readers_with_the_tags_issues()
    {
        newsletter.TagFolders.Should().NotBeEmpty();
        foreach (var folder in newsletter.TagFolders)
        {
            var listed = new HtmlParser().ParseDocument(File.ReadAllText(newsletter.OutputPath(folder + "index.html"))).QuerySelectorAll("main h2").Length;
            var expected = Math.Min(listed, newsletter.FeedSize);
            foreach (var file in new[] { "feed.xml", "atom.xml" })
            {
                Load(newsletter.OutputPath(folder + file)).Items.Should().HaveCount(expected, $"{folder}{file} in System.ServiceModel.Syndication");
                CodeHollowReader.ReadFromFile(newsletter.OutputPath(folder + file)).Items.Should().HaveCount(expected, $"{folder}{file} in CodeHollow.FeedReader");
            }
        }
    }

    private const string DatedIssue = """
        -- content/posts/act.md --
        ---
        title: The AI Act
        date: 2024-03-14T08:00:00+01:00
        updated: 2024-08-01T09:00:00+02:00
        tags: [EU AI Act]
        image: /images/cover.jpg
        ---
        Rules.
        -- content/static/images/cover.jpg --
        jpg
        """;

    /// <summary>RFC 822 as RSS writes it ("Thu, 14 Mar 2024 08:00:00 +0100"), parsed strictly.</summary>
    private static DateTimeOffset Rfc822(string text)
    {
        text.Should().MatchRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d [+-]\d{4}$");
        var offset = text[^5..];
        return DateTimeOffset.ParseExact(text[..^5] + offset[..3] + ":" + offset[3..], "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Writes_rss_dates_in_rfc_822_with_the_front_matter_offset()
    {
        using var site = TestSite.Build(DatedIssue);

        var pubDate = Rfc822(site.Xml("feed.xml").Descendants("item").Single().Element("pubDate")!.Value);
        pubDate.Should().Be(new DateTimeOffset(2024, 3, 14, 8, 0, 0, TimeSpan.FromHours(1)));
        pubDate.Offset.Should().Be(TimeSpan.FromHours(1));
        Rfc822(site.Xml("feed.xml").Root!.Element("channel")!.Element("lastBuildDate")!.Value)
            .Should().Be(new DateTimeOffset(2024, 8, 1, 9, 0, 0, TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData("Asia/Kolkata", "2024-03-14 08:00", "Thu, 14 Mar 2024 08:00:00 +0530")]
    [InlineData("America/New_York", "2024-03-14 08:00", "Thu, 14 Mar 2024 08:00:00 -0400")]
    [InlineData("UTC", "2024-12-31 23:59", "Tue, 31 Dec 2024 23:59:00 +0000")]
    public void Writes_rss_dates_with_the_offset_of_the_site_time_zone(string timeZone, string date, string expected)
    {
        using var site = TestSite.Build($"""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            time_zone: {timeZone}
            -- content/posts/p.md --
            ---
            title: P
            date: {date}
            ---
            P.
            """);

        var pubDate = site.Xml("feed.xml").Descendants("item").Single().Element("pubDate")!.Value;
        pubDate.Should().Be(expected);
        Rfc822(pubDate).Should().Be(Rfc822(expected));
    }

    [Fact]
    public void Syndication_reader_reads_the_rss_publication_date_with_its_offset()
    {
        using var site = TestSite.Build(DatedIssue);

        var item = Load(Path.Combine(site.Output, "feed.xml")).Items.Single();
        item.PublishDate.Should().Be(new DateTimeOffset(2024, 3, 14, 8, 0, 0, TimeSpan.FromHours(1)));
        item.PublishDate.Offset.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Syndication_reader_reads_the_rss_channel_title_description_language_and_links()
    {
        using var site = TestSite.Build(DatedIssue);

        var feed = Load(Path.Combine(site.Output, "feed.xml"));
        feed.Title.Text.Should().Be("Test Letter");
        feed.Description.Text.Should().Be("A newsletter used by tests.");
        feed.Language.Should().Be("en");
        feed.Links.Select(l => (l.RelationshipType ?? "alternate", l.Uri.AbsoluteUri)).Should().BeEquivalentTo(
            [("alternate", "https://example.org/"), ("self", "https://example.org/feed.xml")]);
        feed.LastUpdatedTime.Should().Be(new DateTimeOffset(2024, 8, 1, 9, 0, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Gives_the_cover_image_to_rss_as_media_content()
    {
        using var site = TestSite.Build(DatedIssue);

        var media = site.Xml("feed.xml").Descendants("item").Single().Element(Media + "content")!;
        media.Attribute("url")!.Value.Should().Be("https://example.org/images/cover.jpg");
        media.Attribute("medium")!.Value.Should().Be("image");
        media.Attribute("type")!.Value.Should().Be("image/jpeg");
    }

    [Fact]
    public void Gives_rss_items_their_authors_tags_summary_and_full_content()
    {
        using var site = TestSite.Build("""
            -- content/posts/act.md --
            ---
            title: The AI Act
            date: 2024-03-14
            authors: [ada]
            tags: [EU AI Act, Regulation]
            summary: In brief.
            ---
            The [archive](/archive/) has more.
            """);

        var item = site.Xml("feed.xml").Descendants("item").Single();
        item.Elements(Dc + "creator").Select(c => c.Value).Should().Equal("Ada Example");
        item.Elements("category").Select(c => c.Value).Should().Equal("EU AI Act", "Regulation");
        item.Element("description")!.Value.Should().Be("<p>In brief.</p>");
        new HtmlParser().ParseDocument(item.Element(Content + "encoded")!.Value).QuerySelector("a")!.GetAttribute("href")
            .Should().Be("https://example.org/archive/");
    }

    private const string AwkwardTitle = "Mistral & <friends> say \"bonjour\" ]]> 🇪🇺🤖";

    private static string AwkwardSite => $"""
        -- content/site.yml --
        title: "Letters & <more> \"quoted\" 📬"
        base_url: https://example.org/
        -- content/posts/hello.md --
        ---
        title: '{AwkwardTitle}'
        slug: hello
        date: 2024-01-01
        tags: ['R&D <lab>']
        ---
        Hi.
        """;

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Titles_with_markup_characters_quotes_and_emoji_round_trip_through_xdocument(string file)
    {
        using var site = TestSite.Build(AwkwardSite);

        site.Errors.Should().BeEmpty();
        var titles = site.Xml(file).Descendants().Where(e => e.Name.LocalName == "title").Select(t => t.Value).ToList();
        titles.Should().Equal("Letters & <more> \"quoted\" 📬", AwkwardTitle);
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Titles_with_markup_characters_quotes_and_emoji_round_trip_through_both_readers(string file)
    {
        using var site = TestSite.Build(AwkwardSite);

        var syndication = Load(Path.Combine(site.Output, file));
        syndication.Title.Text.Should().Be("Letters & <more> \"quoted\" 📬");
        syndication.Items.Single().Title.Text.Should().Be(AwkwardTitle);
        syndication.Items.Single().Categories.Select(c => c.Label ?? c.Name).Should().Equal("R&D <lab>");
        CodeHollowReader.ReadFromFile(Path.Combine(site.Output, file)).Items.Single().Title.Should().Be(AwkwardTitle);
    }

    [Fact]
    public void Tag_feed_titles_with_markup_characters_round_trip()
    {
        using var site = TestSite.Build(AwkwardSite);

        site.Xml("tags/r-d-lab/atom.xml").Root!.Element(Atom + "title")!.Value.Should().Be("Letters & <more> \"quoted\" 📬: R&D <lab>");
        Load(Path.Combine(site.Output, "tags/r-d-lab/feed.xml")).Title.Text.Should().Be("Letters & <more> \"quoted\" 📬: R&D <lab>");
    }

    private const string ControlCharacterSite = "-- content/posts/pdf.md --\n---\ntitle: \"Pasted\u0001 from a PDF\"\ndate: 2024-01-01\n---\nA stray\u0001 character.\n";

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Leaves_a_forbidden_control_character_out_so_the_feed_stays_well_formed(string file)
    {
        using var site = TestSite.Build(ControlCharacterSite);

        site.Errors.Should().BeEmpty();
        var xml = site.Xml(file);
        xml.Descendants().Where(e => e.Name.LocalName == "title").Last().Value.Should().Be("Pasted from a PDF");
        Load(Path.Combine(site.Output, file)).Items.Single().Title.Text.Should().Be("Pasted from a PDF");
        site.ReadText(file).Should().NotContain("\u0001").And.NotContain("&#x1;");
    }

    [Fact]
    public void Warns_about_a_forbidden_control_character_at_its_place()
    {
        using var site = TestSite.Build(ControlCharacterSite);

        site.Warnings.Should().Equal(
            "content/posts/pdf.md:2:15: warning NG0004: the character U+0001 is not allowed in HTML or XML; it was removed");
    }

    [Fact]
    public void Keeps_the_json_feed_valid_with_a_control_character()
    {
        using var site = TestSite.Build(ControlCharacterSite);

        using var json = JsonDocument.Parse(site.ReadText("feed.json"));
        json.RootElement.GetProperty("items")[0].GetProperty("title").GetString()!.Replace("\u0001", string.Empty, StringComparison.Ordinal)
            .Should().Be("Pasted from a PDF");
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Keeps_a_code_block_with_a_cdata_end_exactly(string file)
    {
        using var site = TestSite.Build("""
            -- content/posts/xml.md --
            ---
            title: XML
            date: 2024-01-01
            ---
            ```xml
            <![CDATA[ x ]]>
            ```
            """);

        var content = file == "feed.xml"
            ? site.Xml(file).Descendants(Content + "encoded").Single().Value
            : site.Xml(file).Descendants(Atom + "content").Single().Value;
        new HtmlParser().ParseDocument(content).QuerySelector("code")!.TextContent.Should().Be("<![CDATA[ x ]]>\n");
    }

    [Fact]
    public void Xml_text_drops_a_lone_high_surrogate()
    {
        XmlCharacters.Clean("a\uD800b").Should().Be("ab");
    }

    [Fact]
    public void Xml_text_drops_a_lone_low_surrogate_and_a_reversed_pair()
    {
        XmlCharacters.Clean("a\uDC00b").Should().Be("ab");
        XmlCharacters.Clean("a\uDC00\uD800b").Should().Be("ab");
    }

    [Fact]
    public void Xml_text_keeps_a_surrogate_pair_such_as_an_emoji()
    {
        XmlCharacters.Clean("EU 🇪🇺 AI 🤖").Should().Be("EU 🇪🇺 AI 🤖");
        XmlCharacters.FirstForbidden("EU 🇪🇺 AI 🤖").Should().Be(-1);
    }

    [Fact]
    public void Xml_text_finds_the_first_forbidden_character()
    {
        XmlCharacters.FirstForbidden("ok 🤖\uD800 \u0001").Should().Be(5);
        XmlCharacters.FirstForbidden("tab\tand\nnewline\r").Should().Be(-1);
    }

    [Fact]
    public void Xml_text_makes_a_string_an_xml_writer_accepts()
    {
        var dirty = "x\uD800y\u0001z\uFFFE";
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteElementString("t", XmlCharacters.Clean(dirty));
        }

        XElement.Parse(output.ToString()).Value.Should().Be("xyz");
    }

    [Fact]
    public void Xml_text_leaves_a_clean_string_as_it_is()
    {
        const string clean = "Mistral & <friends> é ✓";
        XmlCharacters.Clean(clean).Should().BeSameAs(clean);
    }
}
