using System.Xml.Linq;
using AngleSharp.Html.Parser;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>An iframe of a known video host in a post becomes a card with the video's title and a
/// link to its page: no player, no thumbnail, no request to the host until the reader clicks.</summary>
public class VideoEmbedCardTests
{
    private static string Post(string body) => $"""
        -- content/posts/talk.md --
        ---
        title: Talk
        date: 2016-03-01
        ---
        {body}
        """;

    [Theory]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube")]
    [InlineData("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90&amp;rel=0", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s", "YouTube")]
    [InlineData("//www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube")]
    [InlineData("https://www.youtube.com/embed/videoseries?list=PL590L5WQmH8fJ54F369BLDSqIwcs-TCfs", "https://www.youtube.com/playlist?list=PL590L5WQmH8fJ54F369BLDSqIwcs-TCfs", "YouTube")]
    [InlineData("https://player.vimeo.com/video/76979871?h=8272103f6e", "https://vimeo.com/76979871/8272103f6e", "Vimeo")]
    [InlineData("https://player.vimeo.com/video/76979871", "https://vimeo.com/76979871", "Vimeo")]
    [InlineData("https://www.dailymotion.com/embed/video/x7tgad0", "https://www.dailymotion.com/video/x7tgad0", "Dailymotion")]
    public void A_players_iframe_becomes_a_card_linking_to_the_videos_page(string src, string page, string host)
    {
        using var site = TestSite.Build(Post($"""
            Watch this:

            <iframe width="560" height="315" src="{src}" title="How it works" frameborder="0" allowfullscreen></iframe>

            After.
            """));

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().BeEmpty();
        var article = site.Html("posts/talk/index.html");
        article.QuerySelectorAll("iframe").Should().BeEmpty();
        var card = article.QuerySelector(".video-card")!;
        card.QuerySelector(".video-card-title")!.TextContent.Should().Be("How it works");
        var link = card.QuerySelector("a.video-card-link")!;
        link.GetAttribute("href").Should().Be(page);
        link.TextContent.Should().Be($"Watch on {host}: How it works");
        link.QuerySelector(".visually-hidden")!.TextContent.Should().Be(": How it works");
        card.QuerySelectorAll("img, video, source, [src], [srcset], [style]").Should().BeEmpty();
    }

    [Fact]
    public void A_player_with_no_title_or_the_hosts_generic_one_is_named_after_the_host()
    {
        using var site = TestSite.Build(Post("""
            <div class="video-wrap">
            <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player"></iframe>
            </div>

            <iframe src="https://player.vimeo.com/video/76979871"></iframe>
            """));

        site.Errors.Should().BeEmpty();
        var titles = site.Html("posts/talk/index.html").QuerySelectorAll(".video-card-title").Select(t => t.TextContent);
        titles.Should().Equal("Video on YouTube", "Video on Vimeo");
        site.Html("posts/talk/index.html").QuerySelector(".video-wrap > .video-card").Should().NotBeNull();
    }

    [Fact]
    public void A_player_written_inside_a_paragraph_becomes_a_link_in_the_paragraph()
    {
        using var site = TestSite.Build(Post("""
            The talk <iframe src="https://player.vimeo.com/video/76979871" title="The talk"></iframe> is worth it.
            """));

        site.Errors.Should().BeEmpty();
        var paragraph = site.Html("posts/talk/index.html").QuerySelector("article p:has(a.video-card-link)")!;
        paragraph.QuerySelectorAll("iframe").Should().BeEmpty();
        paragraph.TextContent.Should().Be("The talk Watch on Vimeo: The talk is worth it.");
        paragraph.QuerySelector("a")!.GetAttribute("href").Should().Be("https://vimeo.com/76979871");
    }

    [Fact]
    public void Feeds_carry_the_card_and_no_player()
    {
        using var site = TestSite.Build(Post("""
            <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="How it works"></iframe>
            """));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var content = site.Xml("atom.xml").Descendants(atom + "entry").Single().Element(atom + "content")!.Value;
        var html = new HtmlParser().ParseDocument(content);
        html.QuerySelectorAll("iframe").Should().BeEmpty();
        html.QuerySelector("a.video-card-link")!.GetAttribute("href").Should().Be("https://www.youtube.com/watch?v=dQw4w9WgXcQ");

        var item = site.Xml("feed.xml").Descendants("item").Single();
        XNamespace contentNs = "http://purl.org/rss/1.0/modules/content/";
        var rssHtml = item.Element(contentNs + "encoded")!.Value;
        rssHtml.Should().Contain("https://www.youtube.com/watch?v=dQw4w9WgXcQ").And.NotContain("<iframe");
    }

    [Fact]
    public void An_iframe_of_an_unknown_host_stays_and_is_refused_at_its_line()
    {
        using var site = TestSite.Build(Post("""
            Text.

            <iframe src="https://video.example.net/videos/embed/abc" title="PeerTube"></iframe>
            """));

        site.Errors.Should().ContainSingle().Which.Should().StartWith("content/posts/talk.md:7:14: error NG0701: /posts/talk/index.html would load https://video.example.net/videos/embed/abc");
    }

    [Fact]
    public void An_iframe_in_a_code_sample_is_text_and_stays_as_written()
    {
        using var site = TestSite.Build(Post("""
            ```html
            <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>
            ```
            """));

        site.Errors.Should().BeEmpty();
        var page = site.Html("posts/talk/index.html");
        page.QuerySelector("pre code")!.TextContent.Should().Contain("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>");
        page.QuerySelectorAll(".video-card").Should().BeEmpty();
    }
}
