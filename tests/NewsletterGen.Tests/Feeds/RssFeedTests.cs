using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using AwesomeAssertions;
using CodeHollow.FeedReader;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Feeds;

/// <summary>feed.xml read back with System.Xml, and with CodeHollow.FeedReader as a second,
/// independent RSS reader.</summary>
public class RssFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private const string OnePost = """
        -- content/posts/launch.md --
        ---
        title: Launch
        date: 2024-06-01T09:30:00+02:00
        ---
        Hello, Europe.
        """;

    [Fact]
    public void The_feed_is_well_formed_rss_2_0()
    {
        using var site = TestSite.Build(OnePost);

        var rss = Feed(site).Root!;
        rss.Name.Should().Be(XName.Get("rss"));
        rss.Attribute("version")!.Value.Should().Be("2.0");
    }

    [Fact]
    public void The_channel_carries_the_site_title_link_description_and_language()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Le Signal
            description: Une lettre sur l'IA européenne.
            base_url: https://example.org/letter
            language: fr
            time_zone: Europe/Paris
            """ + "\n" + OnePost);

        var channel = Feed(site).Root!.Element("channel")!;
        channel.Element("title")!.Value.Should().Be("Le Signal");
        channel.Element("link")!.Value.Should().Be("https://example.org/letter/");
        channel.Element("description")!.Value.Should().Be("Une lettre sur l'IA européenne.");
        channel.Element("language")!.Value.Should().Be("fr");
    }

    [Fact]
    public void The_channel_links_to_itself_with_its_absolute_url()
    {
        using var site = TestSite.Build(OnePost);

        var self = Feed(site).Root!.Element("channel")!.Elements(Atom + "link").Should().ContainSingle().Subject;
        self.Attribute("rel")!.Value.Should().Be("self");
        self.Attribute("href")!.Value.Should().Be("https://example.org/feed.xml");
        self.Attribute("type")!.Value.Should().Be("application/rss+xml");
    }

    [Fact]
    public void The_feed_holds_only_the_newest_feed_size_posts()
    {
        using var site = TestSite.Build(TestSite.DefaultSiteYml.Insert(0, "-- content/site.yml --\nfeed_size: 3\n") + "\n" + Posts(5));

        Items(site).Select(i => i.Element("title")!.Value).Should().Equal("Post 5", "Post 4", "Post 3");
    }

    [Fact]
    public void An_item_links_to_the_absolute_permalink_and_uses_it_as_its_guid()
    {
        using var site = TestSite.Build(OnePost);

        var item = Items(site).Should().ContainSingle().Subject;
        item.Element("link")!.Value.Should().Be("https://example.org/posts/launch/");
        var guid = item.Element("guid")!;
        guid.Value.Should().Be("https://example.org/posts/launch/");
        guid.Attribute("isPermaLink")!.Value.Should().Be("true");
    }

    [Fact]
    public void PubDate_is_rfc_822_and_gives_back_the_front_matter_date_with_its_offset()
    {
        using var site = TestSite.Build(OnePost);

        var pubDate = Items(site).Single().Element("pubDate")!.Value;
        pubDate.Should().Be("Sat, 01 Jun 2024 09:30:00 +0200");
        var parsed = ParseRfc822(pubDate);
        parsed.Should().Be(new DateTimeOffset(2024, 6, 1, 9, 30, 0, TimeSpan.FromHours(2)));
        parsed.Offset.Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public void PubDate_of_a_date_without_offset_uses_the_site_time_zone_offset_of_that_day()
    {
        using var site = TestSite.Build("""
            -- content/posts/winter.md --
            ---
            title: Winter
            date: 2024-01-15 18:45
            ---
            Cold.
            """);

        var parsed = ParseRfc822(Items(site).Single().Element("pubDate")!.Value);
        parsed.Should().Be(new DateTimeOffset(2024, 1, 15, 18, 45, 0, TimeSpan.FromHours(1)));
        parsed.Offset.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void PubDate_of_a_date_written_with_another_offset_is_the_same_moment()
    {
        using var site = TestSite.Build("""
            -- content/posts/montreal.md --
            ---
            title: From Montreal
            date: 2024-06-01T03:30:00-04:00
            ---
            Bonjour.
            """);

        ParseRfc822(Items(site).Single().Element("pubDate")!.Value).UtcDateTime
            .Should().Be(new DateTime(2024, 6, 1, 7, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void An_item_has_one_category_per_tag()
    {
        using var site = TestSite.Build("""
            -- content/posts/tagged.md --
            ---
            title: Tagged
            date: 2024-06-01
            tags: [EU AI Act, Mistral, open weights]
            ---
            Text.
            """);

        Items(site).Single().Elements("category").Select(c => c.Value).Should().Equal("EU AI Act", "Mistral", "open weights");
    }

    [Fact]
    public void An_item_names_each_author_in_a_dc_creator()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            authors:
              ada:
                name: Ada Example
              jonas:
                name: Jonas Albrecht
                email: jonas@example.org
            -- content/posts/duo.md --
            ---
            title: Written by two
            date: 2024-06-01
            authors: [ada, jonas]
            ---
            Text.
            """);

        Items(site).Single().Elements(Dc + "creator").Select(c => c.Value).Should().Equal("Ada Example", "Jonas Albrecht");
    }

    [Fact]
    public void Content_encoded_holds_the_whole_body()
    {
        using var site = TestSite.Build("""
            -- content/posts/long.md --
            ---
            title: Long
            date: 2024-06-01
            ---
            First paragraph.

            <!--more-->

            Second paragraph, **bold**.

            ## A heading

            Last paragraph.
            """);

        var html = new HtmlParser().ParseDocument(Items(site).Single().Element(Content + "encoded")!.Value);
        html.Body!.Children.Select(e => e.TextContent).Should().Equal("First paragraph.", "Second paragraph, bold.", "A heading", "Last paragraph.");
    }

    [Fact]
    public void Content_encoded_has_only_absolute_urls_that_match_what_the_page_links_to()
    {
        using var site = TestSite.Build("""
            -- content/posts/other.md --
            ---
            title: Other
            date: 2024-05-01
            ---
            The other post.
            -- content/posts/links.md --
            ---
            title: Links
            date: 2024-06-01
            ---
            ![A chart](img/x.png) and [the other post](/posts/other/) and [the same, by file](other.md).

            <img src="img/y.png" srcset="img/y.png 1x, /images/y@2x.png 2x" alt="Y">

            <a href="#top">top</a>
            """);

        var item = Items(site).Single(i => i.Element("title")!.Value == "Links");
        var feedUrls = Urls(new HtmlParser().ParseDocument(item.Element(Content + "encoded")!.Value).Body!).ToList();
        var pageUrls = Urls(site.Html("posts/links/index.html").QuerySelector("article .prose")!).ToList();
        var permalink = new Uri("https://example.org/posts/links/");

        feedUrls.Should().HaveCount(7).And.OnlyContain(u => u.StartsWith("https://example.org/", StringComparison.Ordinal));
        feedUrls.Should().Equal(pageUrls.Select(u => new Uri(permalink, u).AbsoluteUri));
    }

    [Fact]
    public void A_title_with_markup_characters_and_emoji_comes_back_exactly()
    {
        const string title = "Mistral & <friends> say \"bonjour\" 🇪🇺🚀 ]]> done";
        using var site = TestSite.Build("""
            -- content/posts/odd.md --
            ---
            title: 'Mistral & <friends> say "bonjour" 🇪🇺🚀 ]]> done'
            date: 2024-06-01
            slug: odd
            ---
            Text.
            """);

        Items(site).Single().Element("title")!.Value.Should().Be(title);
        FeedReader.ReadFromString(site.ReadText("feed.xml")).Items.Single().Title.Should().Be(title);
    }

    [Fact]
    public void A_control_character_in_a_post_does_not_break_the_xml()
    {
        using var site = TestSite.Build("""
            -- content/posts/control.md --
            ---
            title: "Bell \u0001 title"
            date: 2024-06-01
            slug: control
            ---
            A body with a CTRL character in it.
            """.Replace("CTRL", "\u0001", StringComparison.Ordinal));

        site.Errors.Should().BeEmpty();
        var act = () => Feed(site);
        act.Should().NotThrow();
        Items(site).Single().Element(Content + "encoded")!.Value.Should().Contain("A body with a ").And.Contain(" character in it.");
    }

    [Fact]
    public void A_code_block_containing_the_cdata_end_marker_keeps_the_feed_well_formed()
    {
        using var site = TestSite.Build("""
            -- content/posts/cdata.md --
            ---
            title: CDATA
            date: 2024-06-01
            ---
            ```xml
            <![CDATA[ a ]]> b
            ```
            """);

        var encoded = Items(site).Single().Element(Content + "encoded")!.Value;
        new HtmlParser().ParseDocument(encoded).QuerySelector("pre code")!.TextContent.Should().Be("<![CDATA[ a ]]> b\n");
    }

    [Fact]
    public void FeedReader_reads_it_as_rss_2_0_with_every_item()
    {
        using var site = TestSite.Build(Posts(4));

        var feed = FeedReader.ReadFromString(site.ReadText("feed.xml"));
        feed.Type.Should().Be(FeedType.Rss_2_0);
        feed.Title.Should().Be("Test Letter");
        feed.Items.Select(i => (i.Title, i.Link)).Should().Equal(
            ("Post 4", "https://example.org/posts/post-4/"),
            ("Post 3", "https://example.org/posts/post-3/"),
            ("Post 2", "https://example.org/posts/post-2/"),
            ("Post 1", "https://example.org/posts/post-1/"));
    }

    [Fact]
    public void A_site_without_posts_has_a_valid_feed_without_items()
    {
        using var site = TestSite.Build("""
            -- content/pages/about.md --
            ---
            title: About
            ---
            Soon.
            """);

        Items(site).Should().BeEmpty();
        FeedReader.ReadFromString(site.ReadText("feed.xml")).Type.Should().Be(FeedType.Rss_2_0);
    }

    [Fact]
    public void Drafts_and_scheduled_posts_stay_out_of_the_feed()
    {
        using var site = TestSite.Build("""
            -- content/posts/out.md --
            ---
            title: Out
            date: 2024-06-01
            ---
            Out.
            -- content/posts/draft.md --
            ---
            title: Draft
            date: 2024-06-02
            draft: true
            ---
            Draft.
            -- content/posts/later.md --
            ---
            title: Later
            date: 2031-01-01
            ---
            Later.
            """);

        Items(site).Select(i => i.Element("title")!.Value).Should().Equal("Out");
    }

    /// <summary>Loads the feed with a strict reader: XML 1.0 characters checked, no DTD.</summary>
    private static XDocument Feed(TestSite site)
    {
        site.Errors.Should().BeEmpty();
        using var reader = XmlReader.Create(Path.Combine(site.Output, "feed.xml"), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static List<XElement> Items(TestSite site) => Feed(site).Root!.Element("channel")!.Elements("item").ToList();

    private static string Posts(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"""
        -- content/posts/post-{i}.md --
        ---
        title: Post {i}
        date: 2024-0{i}-01
        ---
        Body {i}.

        """));

    /// <summary>Every URL in href, src and srcset, in document order (each srcset candidate on its own).</summary>
    private static IEnumerable<string> Urls(AngleSharp.Dom.IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[href], [src], [srcset]"))
        {
            foreach (var name in new[] { "href", "src" })
            {
                if (element.GetAttribute(name) is { } url)
                {
                    yield return url;
                }
            }

            if (element.GetAttribute("srcset") is { } srcset)
            {
                foreach (var candidate in srcset.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return candidate.Split(' ')[0];
                }
            }
        }
    }

    private static DateTimeOffset ParseRfc822(string text)
    {
        var cut = text.LastIndexOf(' ');
        var clock = DateTime.ParseExact(text[..cut], "ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        var zone = text[(cut + 1)..];
        zone.Should().MatchRegex(@"^[+-]\d{4}$");
        var offset = new TimeSpan(int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture), int.Parse(zone.AsSpan(3, 2), CultureInfo.InvariantCulture), 0);
        return new DateTimeOffset(clock, zone[0] == '-' ? -offset : offset);
    }
}
