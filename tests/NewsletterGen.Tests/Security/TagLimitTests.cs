using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Security;

/// <summary>A post may have at most 100 tags of at most 100 characters, and what it adds to the
/// output grows with its tags, not with their square.</summary>
public class TagLimitTests
{
    private static string PostWithTags(IEnumerable<string> tags) => $"""
        -- content/posts/a.md --
        ---
        title: Hello
        date: 2024-05-01
        tags: [{string.Join(", ", tags.Select(t => $"\"{t}\""))}]
        ---
        Body.
        """;

    private static IEnumerable<string> Tags(int count) => Enumerable.Range(1, count).Select(i => $"Topic number {i}");

    [Fact]
    public void Refuses_a_post_with_more_than_a_hundred_tags()
    {
        using var site = TestSite.Build(PostWithTags(Tags(101)));

        site.Errors.Should().Equal(
            "content/posts/a.md:4:7: error NG0110: 101 tags; a post may have at most 100: keep the ones readers would browse by");
        site.OutputFiles().Should().BeEmpty();
    }

    [Fact]
    public void Publishes_a_post_with_a_hundred_tags()
    {
        using var site = TestSite.Build(PostWithTags(Tags(100)));

        site.Errors.Should().BeEmpty();
        site.Exists("tags/topic-number-100/feed.xml").Should().BeTrue();
    }

    [Fact]
    public void Refuses_a_tag_longer_than_a_hundred_characters_at_its_own_line()
    {
        var tag = new string('x', 300);
        using var site = TestSite.Build($"""
            -- content/posts/a.md --
            ---
            title: Hello
            date: 2024-05-01
            tags:
              - short
              - {tag}
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:6:5: error NG0111: a tag of 300 characters ('xxxxxxxxxxxxxxxxxxxx…'); a tag may have at most 100: shorten it");
    }

    [Fact]
    public void Refuses_a_tag_whose_folder_name_would_be_too_long_once_transliterated()
    {
        // 99 characters, within the limit, but 264 letters in ASCII: past the 255 bytes a file
        // system allows in a name, where a build threw PathTooLongException.
        var tag = string.Concat(Enumerable.Repeat("漢字仮", 33));
        using var site = TestSite.Build(PostWithTags([tag]));

        site.Errors.Should().ContainSingle().Which.Should().StartWith("content/posts/a.md:4:1: error NG0111: tag '")
            .And.EndWith("; shorten the tag (at most 200 once written in ASCII)");
        site.OutputFiles().Should().BeEmpty();
    }

    [Fact]
    public void The_output_of_a_post_grows_linearly_with_its_tags()
    {
        long OutputBytes(int tags)
        {
            using var site = TestSite.Build(PostWithTags(Tags(tags)));
            site.Errors.Should().BeEmpty();
            return site.OutputFiles().Sum(f => new FileInfo(Path.Combine(site.Output, f)).Length);
        }

        var (at20, at60, at100) = (OutputBytes(20), OutputBytes(60), OutputBytes(100));

        // Linear: the forty tags from 60 to 100 add what the forty from 20 to 60 added. When each
        // tag's feeds listed every tag, they added half as much again.
        var (first, second) = ((at60 - at20) / 40.0, (at100 - at60) / 40.0);
        second.Should().BeLessThan(first * 1.1, $"a tag added {first:0} bytes from 20 to 60 tags and {second:0} from 60 to 100");
    }

    [Fact]
    public void A_feed_item_lists_at_most_twenty_tags_as_categories()
    {
        using var site = TestSite.Build(PostWithTags(Tags(30)));

        site.Xml("feed.xml").Descendants("category").Should().HaveCount(20);
        site.Xml("tags/topic-number-30/atom.xml").Descendants(System.Xml.Linq.XName.Get("category", "http://www.w3.org/2005/Atom")).Should().HaveCount(20);
        site.Html("posts/hello/index.html").QuerySelectorAll("a[href*='/tags/topic-number-']").Should().HaveCount(30);
    }
}
