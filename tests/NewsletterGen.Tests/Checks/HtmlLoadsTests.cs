using System.Text;
using AwesomeAssertions;
using NewsletterGen.Checks;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Checks;

/// <summary>Which URLs a page makes the browser load by itself, as the privacy check reads them
/// from the page's bytes.</summary>
public class HtmlLoadsTests
{
    private static List<string> Loads(string html) => HtmlLoads.Of(Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Sources_of_images_scripts_frames_and_media_are_loads_and_links_are_not()
    {
        Loads("""
            <a href="https://a.example/">a</a><img src="https://b.example/i.png" alt="">
            <script src="https://c.example/s.js"></script><iframe src="https://d.example/f"></iframe>
            <video poster="https://e.example/p.jpg"><source src="https://f.example/v.mp4"><track src="/t.vtt"></video>
            <object data="https://g.example/o.swf"></object><link rel="canonical" href="https://h.example/">
            """).Should().Equal("https://b.example/i.png", "https://c.example/s.js", "https://d.example/f",
            "https://e.example/p.jpg", "https://f.example/v.mp4", "/t.vtt", "https://g.example/o.swf");
    }

    [Fact]
    public void Link_elements_load_only_when_their_rel_says_so()
    {
        Loads("""
            <link rel="alternate" type="application/rss+xml" href="https://a.example/feed.xml">
            <link href="https://b.example/a.css" rel="preload stylesheet">
            <LINK REL=icon HREF=https://c.example/favicon.ico>
            """).Should().Equal("https://b.example/a.css", "https://c.example/favicon.ico");
    }

    [Fact]
    public void Every_candidate_of_a_srcset_is_a_load()
    {
        Loads("""<img srcset="/a.png 1x, https://cdn.example/a@2x.png 2x" src="/a.png" alt="">""")
            .Should().Contain(["/a.png", "https://cdn.example/a@2x.png"]).And.OnlyContain(u => u == "/a.png" || u == "https://cdn.example/a@2x.png" || u == "1x" || u == "2x");
    }

    [Fact]
    public void Quoted_values_may_hold_angle_brackets_and_character_references_are_decoded()
    {
        Loads("""<img alt="a > b" src='https://a.example/x.png?a=1&amp;b=2'><img alt="src=https://no.example/">""")
            .Should().Equal("https://a.example/x.png?a=1&b=2");
    }

    [Fact]
    public void Svg_images_load_by_href_and_by_xlink_href()
    {
        Loads("""<svg><image href="https://a.example/i.svg"/><use xlink:href="https://b.example/s.svg#i"/><a href="https://c.example/">c</a></svg>""")
            .Should().Equal("https://a.example/i.svg", "https://b.example/s.svg#i");
    }

    [Fact]
    public void Style_elements_and_style_attributes_are_read_as_css()
    {
        Loads("""
            <style>@import "https://a.example/x.css"; body { background: url(https://b.example/bg.png) }</style>
            <div style="background-image: url('https://c.example/c.png')">x</div>
            """).Should().Equal("https://a.example/x.css", "https://b.example/bg.png", "https://c.example/c.png");
    }

    [Fact]
    public void Text_comments_and_scripts_are_not_markup()
    {
        Loads("""
            <pre><code>body { background: url(https://a.example/bg.png) } &lt;img src="https://b.example/i.png"&gt;</code></pre>
            <!-- <img src="https://c.example/i.png"> -->
            <script>document.write('<img src="https://d.example/i.png">')</script>
            <p>url(https://e.example/x.png)</p>
            """).Should().BeEmpty();
    }

    [Fact]
    public void A_page_cut_off_in_the_middle_of_a_tag_does_not_fail()
    {
        // A browser drops a tag the page ends inside (HTML's eof-in-tag), so nothing loads.
        Loads("""<p>x</p><img src="https://a.example/i.png" alt="unfinished""").Should().BeEmpty();
        Loads("<img src=").Should().BeEmpty();
        Loads("<").Should().BeEmpty();
        Loads("<!-- open").Should().BeEmpty();
        Loads("<style>url(https://a.example/x.png)").Should().Equal("https://a.example/x.png");
    }

    [Fact]
    public void A_css_example_in_a_post_is_not_taken_for_a_load()
    {
        using var site = TestSite.Build("""
            -- content/posts/css.md --
            ---
            title: CSS
            date: 2024-05-01
            ---
            Do not write `background: url(https://cdn.example.com/bg.png)` in a stylesheet:

            ```css
            body { background: url(https://cdn.example.com/bg.png); }
            @import "https://fonts.example.com/font.css";
            ```
            """);

        site.Errors.Should().BeEmpty();
        site.Result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void An_inline_style_in_a_post_that_loads_from_another_origin_is_an_error_at_its_line()
    {
        using var site = TestSite.Build("""
            -- content/posts/styled.md --
            ---
            title: Styled
            date: 2024-05-01
            ---
            Fine so far.

            <div style="background: url(https://cdn.example.com/bg.png)">Hero</div>
            """);

        site.Errors.Should().Equal(
            "content/posts/styled.md:7:29: error NG0701: /posts/styled/index.html would load https://cdn.example.com/bg.png from another origin; readers' browsers must contact no one but this site (copy the file into content/static/ or remove it)");
    }
}
