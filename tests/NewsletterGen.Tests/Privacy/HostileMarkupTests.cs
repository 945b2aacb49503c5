using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Privacy;

/// <summary>Each way the issue found (#21, item 1) of making a reader's browser contact another
/// site from a post, built as a real site: the build refuses each one, and writes nothing.</summary>
public class HostileMarkupTests
{
    private static TestSite BuildPost(string body) => TestSite.Build($"""
        -- content/posts/hostile.md --
        ---
        title: Hostile
        date: 2024-05-01
        ---
        Before.

        {body}

        After.
        """);

    private static void RefusedAsOtherOrigin(string body, string url)
    {
        using var site = BuildPost(body);
        site.Errors.Should().Contain(e => e.Contains("error NG0701: /posts/hostile/index.html would load " + url + " from another origin", StringComparison.Ordinal),
            "the post holds {0}", body);
        Directory.Exists(site.Output).Should().BeFalse();
    }

    [Fact]
    public void An_image_whose_url_starts_with_a_slash_and_a_backslash_is_refused() =>
        RefusedAsOtherOrigin("""<img src="/\evil.example/a.png" alt="">""", @"/\evil.example/a.png");

    [Fact]
    public void An_image_whose_url_uses_backslashes_after_the_scheme_is_refused() =>
        RefusedAsOtherOrigin("""<img src="http:\\evil.example\a.png" alt="">""", @"http:\\evil.example\a.png");

    [Fact]
    public void A_table_background_is_refused() =>
        RefusedAsOtherOrigin("""<table background="https://evil.example/bg.png"><tr><td>x</td></tr></table>""", "https://evil.example/bg.png");

    [Fact]
    public void An_svg_fe_image_href_is_refused() =>
        RefusedAsOtherOrigin("""<svg width="10" height="10"><filter id="f"><feImage href="https://evil.example/f.png"/></filter></svg>""", "https://evil.example/f.png");

    [Fact]
    public void An_svg_xlink_href_is_refused() =>
        RefusedAsOtherOrigin("""<svg width="10" height="10"><pattern id="p" xlink:href="https://evil.example/p.svg#p"/></svg>""", "https://evil.example/p.svg#p");

    [Fact]
    public void An_svg_script_href_is_refused() =>
        RefusedAsOtherOrigin("""<svg width="10" height="10"><script href="https://evil.example/s.js"></script></svg>""", "https://evil.example/s.js");

    [Fact]
    public void A_preload_link_with_an_image_srcset_is_refused() =>
        RefusedAsOtherOrigin("""<link rel="preload" as="image" imagesrcset="https://evil.example/a.png 1x, /b.png 2x">""", "https://evil.example/a.png");

    [Fact]
    public void A_css_image_set_with_a_quoted_url_is_refused() =>
        RefusedAsOtherOrigin("""<div style="background-image: image-set('https://evil.example/i.png' 1x)">x</div>""", "https://evil.example/i.png");

    [Fact]
    public void A_css_import_with_no_space_before_its_string_is_refused() =>
        RefusedAsOtherOrigin("""
            <style>@import"https://evil.example/a.css";</style>
            """, "https://evil.example/a.css");

    [Fact]
    public void A_css_url_function_written_with_an_escape_is_refused() =>
        RefusedAsOtherOrigin("""<div style="background: u\72l(https://evil.example/u.png)">x</div>""", "https://evil.example/u.png");

    [Fact]
    public void A_css_url_whose_scheme_is_written_with_an_escape_is_refused() =>
        RefusedAsOtherOrigin("""<div style="background: url(\68ttp://evil.example/h.png)">x</div>""", "http://evil.example/h.png");

    [Fact]
    public void A_css_url_whose_slashes_are_written_as_escapes_is_refused() =>
        RefusedAsOtherOrigin("""<div style="background: url('http:\2f\2f evil.example/s.png')">x</div>""", "http://evil.example/s.png");

    [Fact]
    public void Markup_after_a_comment_closed_by_dashes_bang_is_read() =>
        RefusedAsOtherOrigin("""<!-- x --!><img src="https://evil.example/c.png" alt="">""", "https://evil.example/c.png");

    [Fact]
    public void Markup_inside_a_style_element_inside_svg_is_read() =>
        RefusedAsOtherOrigin("""<svg width="10" height="10"><style><img src="https://evil.example/s.png" alt=""></style></svg>""", "https://evil.example/s.png");

    [Fact]
    public void An_image_url_with_another_scheme_and_no_slashes_is_refused() =>
        RefusedAsOtherOrigin("""<img src="http:evil.example/n.png" alt="">""", "http:evil.example/n.png");

    [Fact]
    public void A_frame_with_a_srcdoc_that_loads_elsewhere_is_refused() =>
        RefusedAsOtherOrigin("""<iframe title="x" srcdoc="&lt;style&gt;@import 'https://evil.example/d.css';&lt;/style&gt;"></iframe>""", "https://evil.example/d.css");

    [Fact]
    public void A_stylesheet_in_a_data_url_that_imports_from_elsewhere_is_refused() =>
        RefusedAsOtherOrigin("""<link rel="stylesheet" href="data:text/css,@import%20url(https://evil.example/i.css);">""", "https://evil.example/i.css");

    [Fact]
    public void A_base_element_in_a_post_is_refused()
    {
        using var site = BuildPost("""<base href="https://evil.example/">""");

        site.Errors.Should().ContainSingle(e => e.Contains("error NG0702: /posts/hostile/index.html has a <base href=\"https://evil.example/\"> element", StringComparison.Ordinal));
        site.Errors.Single(e => e.Contains("NG0702", StringComparison.Ordinal)).Should().StartWith("content/posts/hostile.md:7:1:");
        Directory.Exists(site.Output).Should().BeFalse();
    }

    [Fact]
    public void A_refresh_in_a_post_is_refused_even_to_a_page_of_the_site()
    {
        using var site = BuildPost("""<meta http-equiv="refresh" content="0; url=/archive/">""");

        site.Errors.Should().ContainSingle(e => e.Contains("error NG0703: /posts/hostile/index.html has a <meta http-equiv=\"refresh\" content=\"0; url=/archive/\"> in its content", StringComparison.Ordinal));
        Directory.Exists(site.Output).Should().BeFalse();
    }

    [Fact]
    public void A_link_a_reader_follows_and_images_of_the_site_stay_allowed()
    {
        using var site = TestSite.Build("""
            -- content/posts/fine.md --
            ---
            title: Fine
            date: 2024-05-01
            ---
            A [link elsewhere](https://evil.example/) and <a href="//evil.example/">another</a>.

            <svg width="10" height="10"><a href="https://evil.example/"><text>t</text></a></svg>

            <div style="font-family: 'Some Font'; background: url(/img/bg.png)">x</div>
            -- content/static/img/bg.png --
            png
            """);

        site.Errors.Should().BeEmpty();
    }
}
