using System.Xml.Linq;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

/// <summary>Dates as writers write them, seen where readers and machines see them: the post's
/// `time datetime`, the sitemap and the feed. The default site is on Europe/Paris time.</summary>
public class DateTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static string PostWithDate(string date) => $"""
        -- content/posts/a.md --
        ---
        title: Dated
        date: {date}
        ---
        Body.
        """;

    /// <summary>Builds a post dated <paramref name="written"/> and asserts that it builds without
    /// errors and that its page gives its time as <paramref name="iso"/>.</summary>
    private static void ShouldPublishAt(string written, string iso)
    {
        using var site = TestSite.Build(PostWithDate(written));

        site.Errors.Should().BeEmpty();
        PublishedIso(site).Should().Be(iso);
    }

    private static string PublishedIso(TestSite site) =>
        site.Html("posts/dated/index.html").QuerySelector(".byline > time")!.GetAttribute("datetime")!;

    [Theory]
    [InlineData("2024-05-01", "2024-05-01T00:00:00+02:00")]
    [InlineData("2024-05-01 09:30", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01T09:30:00+02:00", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01T07:30:00Z", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-01-15 09:30", "2024-01-15T09:30:00+01:00")]
    public void Reads_every_accepted_date_format_on_the_sites_clock(string written, string iso)
        => ShouldPublishAt(written, iso);

    [Theory]
    [InlineData("2013-11-22 5:00:00 +0000", "2013-11-22T06:00:00+01:00")]
    [InlineData("2024-05-01 9:30", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01 07:30:00+0000", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01T07:30:00 +00:00", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01 02:30:00 -05", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01 10:30:00 +1", "2024-05-01T11:30:00+02:00")]
    [InlineData("2024-05-01t07:30:00z", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01   07:30:00   Z", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01\t07:30:00Z", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01T07:30:00.123456789Z", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-05-01 09:30:00.5", "2024-05-01T09:30:00+02:00")]
    [InlineData("2024-5-1 9:30:00", "2024-05-01T09:30:00+02:00")]
    [InlineData("\"2013-11-22 5:00:00 +0000\"", "2013-11-22T06:00:00+01:00")]
    public void Reads_the_timestamps_yaml_allows_as_jekyll_and_hugo_archives_write_them(string written, string iso)
        => ShouldPublishAt(written, iso);

    [Theory]
    [InlineData("2024-05-01 25:00", 7)]
    [InlineData("2024-05-01 09:30 +15:00", 7)]
    [InlineData("2024-05-01 09:30 +01:60", 7)]
    [InlineData("2024-05-01 9", 7)]
    [InlineData("24-05-01", 7)]
    [InlineData("2024-05-01 09:30 CET", 7)]
    [InlineData("2024-05-01 ٠٩:٣٠", 7)]
    public void Reports_a_timestamp_yaml_does_not_allow_at_its_value_with_an_example(string written, int column)
    {
        using var site = TestSite.Build(PostWithDate(written));

        site.Errors.Should().Equal(
            $"content/posts/a.md:3:{column}: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not '{written}'");
    }

    [Fact]
    public void Reads_a_date_without_offset_in_the_time_zone_of_site_yml()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/
            time_zone: America/New_York

            """ + PostWithDate("2024-05-01 09:30"));

        site.Errors.Should().BeEmpty();
        PublishedIso(site).Should().Be("2024-05-01T09:30:00-04:00");
    }

    [Fact]
    public void Writes_the_date_with_the_sites_offset_in_the_sitemap()
    {
        using var site = TestSite.Build(PostWithDate("2024-05-01 09:30"));

        var entry = site.Xml("sitemap.xml").Descendants(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value == "https://example.org/posts/dated/");
        entry.Element(Sitemap + "lastmod")!.Value.Should().Be("2024-05-01T09:30:00+02:00");
    }

    [Fact]
    public void Writes_the_date_with_the_sites_offset_in_the_feed()
    {
        using var site = TestSite.Build(PostWithDate("2024-05-01 09:30"));

        site.Xml("feed.xml").Descendants("item").Single().Element("pubDate")!.Value
            .Should().Be("Wed, 01 May 2024 09:30:00 +0200");
    }

    [Fact]
    public void Reports_a_day_that_does_not_exist_at_its_value()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Leap
            date: 2024-02-30
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not '2024-02-30'");
    }

    [Fact]
    public void Reports_a_date_written_in_words_at_its_value()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Words
            summary: A post.
            date:   yesterday
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:4:9: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not 'yesterday'");
    }

    [Fact]
    public void Reports_an_invalid_date_even_when_the_file_name_has_one()
    {
        using var site = TestSite.Build("""
            -- content/posts/2024-05-01-words.md --
            ---
            title: Words
            date: yesterday
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/2024-05-01-words.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not 'yesterday'");
    }

    [Fact]
    public void Reports_an_invalid_update_date()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Updated
            date: 2024-05-01
            updated: 2024-13-01
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:4:10: error NG0102: 'updated' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not '2024-13-01'");
    }
}
