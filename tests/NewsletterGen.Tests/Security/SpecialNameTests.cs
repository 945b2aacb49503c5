using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Security;

/// <summary>Names hosts and file systems treat specially (dot-files, _redirects, _headers, CNAME,
/// .well-known, Windows device names) are refused as slugs, aliases and tags; tags that make no
/// folder are named in a warning; one slug in two Unicode spellings is one URL.</summary>
public class SpecialNameTests
{
    private static string Post(string name, string fields, string title = "Hello") => $"""
        -- content/posts/{name}.md --
        ---
        title: {title}
        date: 2024-05-01
        {fields}
        ---
        Body.

        """;

    [Theory]
    [InlineData(".hidden", "a name starting with '.' is a hidden file or folder, which hosts refuse to serve or treat as their own (.htaccess, .git)")]
    [InlineData(".htaccess", "a name starting with '.' is a hidden file or folder, which hosts refuse to serve or treat as their own (.htaccess, .git)")]
    [InlineData("_redirects", "'_redirects' is a file Netlify and Cloudflare Pages read as their configuration")]
    [InlineData("_Headers", "'_Headers' is a file Netlify and Cloudflare Pages read as their configuration")]
    [InlineData("CNAME", "'CNAME' is the file GitHub Pages reads as the site's domain")]
    [InlineData("nul.txt", "'nul.txt' is a name Windows reserves for a device, so the site could not be checked out or built there")]
    public void Refuses_a_slug_hosts_treat_specially(string slug, string why)
    {
        using var site = TestSite.Build(Post("a", $"slug: \"{slug}\""));

        site.Errors.Should().ContainSingle().Which.Should().StartWith(
            $"content/posts/a.md:4:7: error NG0204: slug '{slug}' cannot be published: {why}; use letters, digits and hyphens");
        site.OutputFiles().Should().BeEmpty();
    }

    [Theory]
    [InlineData("/.htaccess")]
    [InlineData("/_redirects")]
    [InlineData("/_headers")]
    [InlineData("/CNAME")]
    [InlineData("/.git/config")]
    [InlineData("/posts/.env")]
    public void Refuses_an_alias_that_names_a_hosting_file(string alias)
    {
        using var site = TestSite.Build(Post("a", $"aliases: [\"{alias}\"]"));

        site.Errors.Should().ContainSingle().Which.Should().StartWith($"content/posts/a.md:4:10: error NG0204: alias '{alias}' cannot be published: ");
        site.OutputFiles().Should().BeEmpty();
    }

    [Fact]
    public void Publishes_an_alias_below_well_known_only_when_site_yml_allows_it()
    {
        const string Files = """
            -- content/posts/a.md --
            ---
            title: Hello
            date: 2024-05-01
            aliases: [/.well-known/hello/]
            ---
            Body.
            """;
        using var refused = TestSite.Build(Files);
        using var allowed = TestSite.Build(Files + "\n-- content/site.yml --\n" + TestSite.DefaultSiteYml + "\nwell_known: true\n");

        refused.Errors.Should().Equal(
            "content/posts/a.md:4:1: error NG0204: alias '/.well-known/hello/' cannot be published: '.well-known' holds files hosts and other services read (security.txt, ACME challenges); set well_known: true in site.yml to publish there");
        allowed.Errors.Should().BeEmpty();
        allowed.Exists(".well-known/hello/index.html").Should().BeTrue();
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("Com1")]
    [InlineData("LPT9!")]
    public void Refuses_a_tag_whose_folder_would_be_a_windows_device_name(string tag)
    {
        using var site = TestSite.Build(Post("a", $"tags: [\"{tag}\", fine]"));

        site.Errors.Should().ContainSingle().Which.Should().StartWith(
            $"content/posts/a.md:4:1: error NG0204: tag '{tag}' cannot be published as a folder: ");
    }

    [Fact]
    public void Warns_with_the_file_and_line_about_tags_that_make_no_folder_instead_of_dropping_them_silently()
    {
        using var site = TestSite.Build(Post("a", "tags: [\".\", \"..\", \"***\", kept]"));

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().Equal(
            "content/posts/a.md:4:1: warning NG0112: tag '***' has no letter or digit to make its page's URL from, so it is left out; give it a name with letters or digits",
            "content/posts/a.md:4:1: warning NG0112: tag '.' has no letter or digit to make its page's URL from, so it is left out; give it a name with letters or digits",
            "content/posts/a.md:4:1: warning NG0112: tag '..' has no letter or digit to make its page's URL from, so it is left out; give it a name with letters or digits");
        site.Exists("tags/kept/index.html").Should().BeTrue();
    }

    [Fact]
    public void Two_posts_whose_slugs_differ_only_in_unicode_normalisation_clash()
    {
        // "café" with é as one character (NFC), and as e plus a combining accent (NFD).
        using var site = TestSite.Build(Post("a", "slug: caf\u00e9") + Post("b", "slug: cafe\u0301", "Other"));

        site.Errors.Should().Equal(
            "content/posts/a.md:4:1: error NG0206: content/posts/a.md and content/posts/b.md would all be published at /posts/caf\u00e9/; give this one its own slug, e.g. slug: cafe-2024-05-01",
            "content/posts/b.md:4:1: error NG0206: content/posts/a.md and content/posts/b.md would all be published at /posts/caf\u00e9/; give this one its own slug, e.g. slug: cafe-2024-05-01");
    }

    [Fact]
    public void A_tag_written_composed_and_decomposed_is_one_tag()
    {
        using var site = TestSite.Build(Post("a", "tags: [caf\u00e9, cafe\u0301]"));

        site.Errors.Should().BeEmpty();
        site.OutputFiles().Where(f => f.StartsWith("tags/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f != "tags/index.html")
            .Should().Equal("tags/cafe/index.html");
    }

    [Fact]
    public void Publishes_a_slug_written_decomposed_in_its_composed_folder()
    {
        using var site = TestSite.Build(Post("a", "slug: cafe\u0301"));

        site.Errors.Should().BeEmpty();
        site.OutputFiles().Should().Contain("posts/caf\u00e9/index.html").And.NotContain("posts/cafe\u0301/index.html");
    }
}
