using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

public class SiteConfigTests
{
    [Fact]
    public void Reports_a_missing_site_yml()
    {
        using var site = TestSite.Create("");
        File.Delete(Path.Combine(site.Root, "content", "site.yml"));
        site.Rebuild();

        site.Errors.Should().Equal(
            $"content/site.yml:1:1: error NG0401: no content/site.yml in {Path.GetFullPath(site.Root)}; run the command in the folder that holds content/ and templates/, or pass --source");
    }

    [Fact]
    public void Reports_a_site_yml_without_base_url()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            time_zone: Europe/Paris
            """);

        site.Errors.Should().Equal(
            "content/site.yml:1:1: error NG0402: site.yml needs a 'base_url', the address the site is published at, e.g. https://example.org/");
    }

    [Fact]
    public void Reports_a_search_index_setting_that_is_not_true_or_false_at_its_value()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            search_index: sometimes
            """);

        site.Errors.Should().ContainSingle().Which.Should().StartWith("content/site.yml:3:15: error NG0105:");
    }

    [Fact]
    public void Reports_a_site_yml_without_title()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            base_url: https://example.org/
            time_zone: Europe/Paris
            """);

        site.Errors.Should().Equal("content/site.yml:1:1: error NG0402: site.yml needs a 'title'");
    }

    [Fact]
    public void Reports_an_unknown_time_zone_at_its_value()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            time_zone: Mars/Olympus_Mons
            """);

        site.Errors.Should().Equal(
            "content/site.yml:3:12: error NG0402: unknown time zone 'Mars/Olympus_Mons'; use an IANA name such as Europe/Paris or UTC");
    }

    [Fact]
    public void Reports_a_base_url_that_is_not_absolute_http_at_its_value()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: example.org/letter
            """);

        site.Errors.Should().Equal(
            "content/site.yml:2:11: error NG0402: 'base_url' must be an absolute http(s) URL such as https://example.org/");
    }

    [Fact]
    public void Reports_malformed_yaml_in_site_yml_at_its_line()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            description: "unclosed
            """);

        site.Errors.Should().Equal(
            "content/site.yml:3:14: error NG0103: malformed YAML: While scanning a quoted scalar, found unexpected end of stream.");
    }

    [Fact]
    public void Writes_nothing_when_site_yml_is_invalid()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-05-01
            ---
            Body.
            """);

        site.Result.Succeeded.Should().BeFalse();
        site.OutputFiles().Should().BeEmpty();
    }
}
