using System.Xml.Linq;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Feeds;

/// <summary>The same sources give the same bytes, wherever and whenever they are built: feed
/// readers and caches see no change where there is none, and a deploy uploads only what changed.</summary>
public class ReproducibilityTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Posts on the same day, tags spelled two ways, an alias, a cover image, a page:
    /// every place where an order or a date could depend on something else than the sources.</summary>
    private const string Sources = """
        -- content/site.yml --
        title: Test Letter
        description: A newsletter used by tests.
        base_url: https://example.org/
        language: en
        time_zone: Europe/Paris
        posts_per_page: 2
        websub_hub: https://hub.example.net/
        authors:
          ada:
            name: Ada Example
        -- content/posts/b.md --
        ---
        title: Same day B
        date: 2024-05-01
        tags: [Mistral, EU AI Act]
        image: /images/cover.png
        ---
        B, with [a link](/archive/).
        -- content/posts/a.md --
        ---
        title: Same day A
        date: 2024-05-01
        tags: [mistral]
        aliases: [/posts/old-a/]
        ---
        A.
        -- content/posts/c.md --
        ---
        title: Older
        date: 2024-03-01T10:00:00+01:00
        updated: 2024-06-01T10:00:00+02:00
        tags: [EU AI Act]
        ---
        C.
        -- content/pages/about.md --
        ---
        title: About
        ---
        Us.
        -- content/static/images/cover.png --
        png
        """;

    private static Dictionary<string, byte[]> Snapshot(TestSite site) =>
        site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)), StringComparer.Ordinal);

    private static void ShouldBeIdentical(Dictionary<string, byte[]> actual, Dictionary<string, byte[]> expected)
    {
        actual.Keys.Should().Equal(expected.Keys);
        foreach (var (path, bytes) in expected)
        {
            actual[path].Should().Equal(bytes, $"{path} must be byte-identical");
        }
    }

    [Fact]
    public void Two_builds_of_the_same_sources_in_different_folders_are_byte_identical()
    {
        using var first = TestSite.Build(Sources);
        using var second = TestSite.Build(Sources);

        first.Errors.Should().BeEmpty();
        first.Root.Should().NotBe(second.Root);
        ShouldBeIdentical(Snapshot(second), Snapshot(first));
    }

    [Fact]
    public void Two_builds_write_every_feed_of_the_site_and_its_tags()
    {
        using var first = TestSite.Build(Sources);
        using var second = TestSite.Build(Sources);

        var feeds = Snapshot(first).Keys.Where(f => f.EndsWith("feed.xml", StringComparison.Ordinal) || f.EndsWith("atom.xml", StringComparison.Ordinal) || f.EndsWith("feed.json", StringComparison.Ordinal)).ToList();
        feeds.Should().HaveCount(9);
        feeds.Should().AllSatisfy(f => File.ReadAllBytes(Path.Combine(second.Output, f)).Should().Equal(File.ReadAllBytes(Path.Combine(first.Output, f))));
    }

    [Fact]
    public void Rebuilding_without_changes_into_the_same_folder_gives_the_same_bytes()
    {
        using var site = TestSite.Build(Sources);
        var before = Snapshot(site);

        site.Rebuild();

        site.Errors.Should().BeEmpty();
        ShouldBeIdentical(Snapshot(site), before);
    }

    [Fact]
    public void Builds_at_different_moments_give_the_same_feeds()
    {
        using var now = TestSite.Build(Sources);
        using var later = TestSite.Build(Sources, o => o with { Now = TestSite.Now.AddYears(3).AddHours(7) });

        foreach (var feed in new[] { "feed.xml", "atom.xml", "feed.json", "tags/mistral/atom.xml", "sitemap.xml" })
        {
            File.ReadAllBytes(Path.Combine(later.Output, feed)).Should().Equal(File.ReadAllBytes(Path.Combine(now.Output, feed)), $"{feed} must not depend on the clock");
        }
    }

    [Fact]
    public void Dates_a_feed_by_its_newest_change_rather_than_the_build_time()
    {
        using var site = TestSite.Build(Sources);

        site.Xml("atom.xml").Root!.Element(Atom + "updated")!.Value.Should().Be("2024-06-01T10:00:00+02:00");
        site.Xml("feed.xml").Root!.Element("channel")!.Element("lastBuildDate")!.Value.Should().Be("Sat, 01 Jun 2024 10:00:00 +0200");
    }

    [Fact]
    public void Orders_posts_of_the_same_day_by_slug_in_every_feed()
    {
        using var site = TestSite.Build(Sources);

        site.Xml("feed.xml").Descendants("item").Select(i => i.Element("title")!.Value).Should().Equal("Same day A", "Same day B", "Older");
        site.Xml("tags/mistral/atom.xml").Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).Should().Equal("Same day A", "Same day B");
    }

    [Fact]
    public void Dates_an_empty_feed_at_the_epoch_rather_than_the_build_time()
    {
        using var site = TestSite.Build("""
            -- content/pages/about.md --
            ---
            title: About
            ---
            Soon.
            """);

        site.Errors.Should().BeEmpty();
        site.Xml("atom.xml").Root!.Element(Atom + "updated")!.Value.Should().Be("1970-01-01T00:00:00+00:00");
        site.Xml("atom.xml").Root!.Elements(Atom + "entry").Should().BeEmpty();
    }
}
