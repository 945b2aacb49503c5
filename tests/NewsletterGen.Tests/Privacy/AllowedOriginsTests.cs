using AwesomeAssertions;
using NewsletterGen.Checks;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Privacy;

/// <summary>`allow_origins:` in site.yml: an archive's images, audio, video and frames from the
/// origins listed are warnings, not errors, and the Content-Security-Policy lets browsers load
/// exactly those, for exactly those kinds of load; every other origin is still refused.</summary>
public class AllowedOriginsTests
{
    private static string SiteYml(string allow) => TestSite.DefaultSiteYml + "\n" + allow;

    private static string Files(string allow, string body) => $"""
        -- content/site.yml --
        {SiteYml(allow)}
        -- content/posts/old.md --
        ---
        title: Old
        date: 2014-05-01
        ---
        {body}
        """;

    private const string Allow = """
        allow_origins:
          - https://img.example.com
          - https://media.example.net:8443
        """;

    [Fact]
    public void An_image_from_an_allowed_origin_is_a_warning_at_the_posts_line_and_another_origin_is_still_an_error()
    {
        using var site = TestSite.Build(Files(Allow, """
            Kept: <img src="https://img.example.com/cat.png" alt="A cat">

            Not kept: <img src="https://cdn.example.org/dog.png" alt="A dog">
            """));

        site.Warnings.Should().ContainSingle().Which.Should().StartWith(
            "content/posts/old.md:5:17: warning NG0701: /posts/old/index.html loads https://img.example.com/cat.png from https://img.example.com, which allow_origins in site.yml allows");
        site.Errors.Should().Equal(
            "content/posts/old.md:7:21: error NG0701: /posts/old/index.html would load https://cdn.example.org/dog.png from another origin; readers' browsers must contact no one but this site (copy the file into content/static/ or remove it; to keep it in an old post, list https://cdn.example.org in allow_origins in site.yml)");
        site.Exists("index.html").Should().BeFalse();
    }

    [Fact]
    public void A_site_whose_other_origins_are_all_allowed_builds_with_warnings()
    {
        using var site = TestSite.Build(Files(Allow, """
            <video src="https://media.example.net:8443/talk.mp4" poster="https://img.example.com/talk.jpg" controls></video>

            <picture><source srcset="https://img.example.com/a.webp 1x, https://img.example.com/a2.webp 2x"><img src="https://img.example.com/a.png" alt="A"></picture>
            """));

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().HaveCount(5).And.OnlyContain(w => w.StartsWith("content/posts/old.md:", StringComparison.Ordinal) && w.Contains("warning NG0701", StringComparison.Ordinal));
        site.Html("posts/old/index.html").QuerySelector("video")!.GetAttribute("src").Should().Be("https://media.example.net:8443/talk.mp4");
    }

    [Fact]
    public void An_allowed_origin_may_not_serve_a_stylesheet_or_a_css_background()
    {
        using var site = TestSite.Build(Files(Allow, """
            <div style="background: url(https://img.example.com/bg.png)">Text</div>

            <link rel="stylesheet" href="https://img.example.com/a.css">
            """));

        site.Errors.Should().HaveCount(2).And.OnlyContain(e => e.Contains("error NG0701", StringComparison.Ordinal)
            && e.Contains("which allow_origins in site.yml allows for images, audio, video and frames only", StringComparison.Ordinal));
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void The_policy_of_every_page_and_of_the_headers_file_allows_exactly_the_listed_origins_for_images_media_and_frames()
    {
        using var site = TestSite.Build(Files(Allow, "Text."));

        site.Errors.Should().BeEmpty();
        const string Origins = " https://img.example.com https://media.example.net:8443";
        var expected = ContentSecurityPolicy.Value
            .Replace("img-src 'self' data:;", "img-src 'self' data:" + Origins + ";", StringComparison.Ordinal)
            .Replace("media-src 'self';", "media-src 'self'" + Origins + ";", StringComparison.Ordinal)
            .Replace("frame-src 'self';", "frame-src 'self'" + Origins + ";", StringComparison.Ordinal);
        foreach (var page in new[] { "index.html", "posts/old/index.html", "404.html" })
        {
            var policy = site.Html(page).QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
            policy.Should().Be(expected, page);
            var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
            directives["img-src"].Should().Equal("'self'", "data:", "https://img.example.com", "https://media.example.net:8443");
            directives["media-src"].Should().Equal("'self'", "https://img.example.com", "https://media.example.net:8443");
            directives["frame-src"].Should().Equal("'self'", "https://img.example.com", "https://media.example.net:8443");
            directives["script-src"].Should().Equal("'self'");
            directives["style-src"].Should().Equal("'self'", "'unsafe-inline'");
            directives["font-src"].Should().Equal("'self'", "data:");
            directives["connect-src"].Should().Equal("'self'");
            directives["default-src"].Should().Equal("'self'");
        }

        site.ReadText("_headers").Split('\n').Should().Contain("  Content-Security-Policy: " + expected + "; frame-ancestors 'self'");
    }

    [Fact]
    public void Without_allow_origins_the_policy_is_the_strict_one()
    {
        using var site = TestSite.Build(Files(string.Empty, "Text."));

        site.Html("index.html").QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content").Should().Be(ContentSecurityPolicy.Value);
        site.ReadText("_headers").Should().Be(ContentSecurityPolicy.HeadersFile);
    }

    [Fact]
    public void Origins_are_compared_in_their_canonical_form()
    {
        using var site = TestSite.Build(Files("""
            allow_origins: [HTTPS://IMG.Example.com:443/]
            """, """<img src="https://img.example.com/cat.png" alt="A cat">"""));

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().ContainSingle();
        site.ReadText("_headers").Should().Contain("img-src 'self' data: https://img.example.com;");
    }

    [Fact]
    public void An_entry_that_is_not_an_exact_origin_is_an_error_at_its_line_in_site_yml()
    {
        using var site = TestSite.Build(Files("""
            allow_origins:
              - https://img.example.com/images/
              - https://*.example.com
              - img.example.com
              - ftp://files.example.com
              - https://img.example.com?x=1
              - https://user@img.example.com
              - https://ok.example.com
            """, "Text."));

        var yml = TestSite.DefaultSiteYml.Split('\n').Length;
        site.Errors.Should().Equal(
            $"content/site.yml:{yml + 2}:5: error NG0704: 'https://img.example.com/images/' in 'allow_origins' has a path; write an origin alone: scheme, host and port if not the default, such as https://img.example.com",
            $"content/site.yml:{yml + 3}:5: error NG0704: 'https://*.example.com' in 'allow_origins' has a wildcard, which would allow hosts no one has looked at; write an origin alone: scheme, host and port if not the default, such as https://img.example.com",
            $"content/site.yml:{yml + 4}:5: error NG0704: 'img.example.com' in 'allow_origins' is not an absolute URL; write an origin alone: scheme, host and port if not the default, such as https://img.example.com",
            $"content/site.yml:{yml + 5}:5: error NG0704: 'ftp://files.example.com' in 'allow_origins' is not http or https; write an origin alone: scheme, host and port if not the default, such as https://img.example.com",
            $"content/site.yml:{yml + 6}:5: error NG0704: 'https://img.example.com?x=1' in 'allow_origins' has a query or a fragment; write an origin alone: scheme, host and port if not the default, such as https://img.example.com",
            $"content/site.yml:{yml + 7}:5: error NG0704: 'https://user@img.example.com' in 'allow_origins' has a user name; write an origin alone: scheme, host and port if not the default, such as https://img.example.com");
        site.Exists("index.html").Should().BeFalse();
    }

    [Fact]
    public void An_error_in_a_summary_shown_on_listing_pages_is_reported_once_at_the_posts_line()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            posts_per_page: 1
            -- content/posts/old.md --
            ---
            title: Old
            date: 2014-05-01
            tags: [archive]
            ---
            Look: <img src="https://cdn.example.org/a.png" alt="A"> here.

            More text.
            -- content/posts/new.md --
            ---
            title: New
            date: 2024-05-01
            ---
            Text.
            """);

        site.Errors.Should().Equal(
            "content/posts/old.md:6:17: error NG0701: /posts/old/index.html would load https://cdn.example.org/a.png from another origin; readers' browsers must contact no one but this site (copy the file into content/static/ or remove it; to keep it in an old post, list https://cdn.example.org in allow_origins in site.yml)");
    }

    [Fact]
    public void A_load_written_in_a_template_is_reported_at_the_templates_line()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/home.html --
            <p>Home</p>
            <img src="https://cdn.example.net/logo.png" alt="">
            """));

        site.Errors.Should().ContainSingle().Which.Should().StartWith("templates/home.html:2:11: error NG0701: /index.html would load https://cdn.example.net/logo.png");
    }
}
