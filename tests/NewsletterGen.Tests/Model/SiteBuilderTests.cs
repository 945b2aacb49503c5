using AwesomeAssertions;
using NewsletterGen.Model;
using static NewsletterGen.Tests.Infrastructure.ModelSamples;

namespace NewsletterGen.Tests.Model;

/// <summary>SiteBuilder as a pure function: records in, site model out, no disk.</summary>
public class SiteBuilderTests
{
    [Fact]
    public void Orders_posts_newest_first()
    {
        var site = SiteBuilder.Build(Config(), [Post("b", "2024-02-01"), Post("c", "2024-03-01"), Post("a", "2024-01-01")], []);

        site.Posts.Select(p => p.Slug).Should().Equal("c", "b", "a");
    }

    [Fact]
    public void Orders_posts_of_the_same_moment_by_slug_whatever_the_input_order()
    {
        Post[] posts = [Post("beta", "2024-05-01T09:30"), Post("alpha", "2024-05-01T09:30"), Post("gamma", "2024-05-01T09:30")];

        var forward = SiteBuilder.Build(Config(), posts, []);
        var backward = SiteBuilder.Build(Config(), posts.Reverse(), []);

        forward.Posts.Select(p => p.Slug).Should().Equal("alpha", "beta", "gamma");
        backward.Posts.Select(p => p.Slug).Should().Equal("alpha", "beta", "gamma");
    }

    [Fact]
    public void Orders_by_the_moment_of_publication_not_by_the_clock_time_written()
    {
        // 09:00 in Paris (+02:00) is 07:00 UTC: earlier than 08:00 UTC.
        var paris = Post("paris", "2024-06-01") with { Published = new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.FromHours(2)) };
        var utc = Post("utc", "2024-06-01") with { Published = new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero) };

        var site = SiteBuilder.Build(Config(), [paris, utc], []);

        site.Posts.Select(p => p.Slug).Should().Equal("utc", "paris");
    }

    [Fact]
    public void Splits_five_posts_into_three_pages_of_two()
    {
        var site = SiteBuilder.Build(Config(postsPerPage: 2), FivePosts(), []);

        site.Pagers.Select(p => (p.Number, p.PageCount, Slugs: string.Join(",", p.Posts.Select(x => x.Slug))))
            .Should().Equal((1, 3, "p5,p4"), (2, 3, "p3,p2"), (3, 3, "p1"));
    }

    [Fact]
    public void Gives_pages_the_urls_slash_then_page_2_and_page_3()
    {
        var site = SiteBuilder.Build(Config(postsPerPage: 2), FivePosts(), []);

        site.Pagers.Select(p => p.Url).Should().Equal("/", "/page/2/", "/page/3/");
    }

    [Fact]
    public void Links_each_page_to_the_newer_page_before_it_and_the_older_page_after_it()
    {
        var site = SiteBuilder.Build(Config(postsPerPage: 2), FivePosts(), []);

        site.Pagers.Select(p => (p.PreviousUrl, p.NextUrl))
            .Should().Equal((null, "/page/2/"), ("/", "/page/3/"), ("/page/2/", null));
    }

    [Fact]
    public void An_empty_site_still_has_one_home_page_without_neighbours()
    {
        var site = SiteBuilder.Build(Config(postsPerPage: 2), [], []);

        var pager = site.Pagers.Should().ContainSingle().Subject;
        pager.Should().BeEquivalentTo(new { Number = 1, PageCount = 1, Url = "/", PreviousUrl = (string?)null, NextUrl = (string?)null });
        pager.Posts.Should().BeEmpty();
    }

    [Fact]
    public void A_site_below_a_folder_gives_page_urls_below_that_folder()
    {
        var site = SiteBuilder.Build(Config(postsPerPage: 2, baseUrl: new Uri("https://example.org/letter/")), FivePosts(), []);

        site.Pagers.Select(p => p.Url).Should().Equal("/letter/", "/letter/page/2/", "/letter/page/3/");
    }

    [Fact]
    public void Groups_tags_by_slug_under_their_most_common_spelling()
    {
        var site = SiteBuilder.Build(Config(), [
            Post("a", "2024-01-01", "EU AI Act"),
            Post("b", "2024-02-01", "eu-ai-act"),
            Post("c", "2024-03-01", "EU AI Act"),
        ], []);

        var tag = site.Tags.Should().ContainSingle().Subject;
        tag.Name.Should().Be("EU AI Act");
        tag.Slug.Should().Be("eu-ai-act");
        tag.Url.Should().Be("/tags/eu-ai-act/");
        tag.Posts.Select(p => p.Slug).Should().Equal("c", "b", "a");
    }

    [Fact]
    public void Every_post_names_a_grouped_tag_by_its_common_spelling()
    {
        var site = SiteBuilder.Build(Config(), [
            Post("a", "2024-01-01", "EU AI Act"),
            Post("b", "2024-02-01", "eu-ai-act"),
            Post("c", "2024-03-01", "EU AI Act"),
        ], []);

        site.Posts.SelectMany(p => p.Tags).Select(t => t.Name).Should().AllBe("EU AI Act");
    }

    [Fact]
    public void Picks_the_same_spelling_for_a_tied_tag_whatever_the_input_order()
    {
        Post[] posts = [Post("a", "2024-01-01", "Mistral AI"), Post("b", "2024-02-01", "mistral ai")];

        var forward = SiteBuilder.Build(Config(), posts, []);
        var backward = SiteBuilder.Build(Config(), posts.Reverse(), []);

        forward.Tags.Should().ContainSingle().Which.Name.Should().Be(backward.Tags.Single().Name);
    }

    [Fact]
    public void Groups_the_archive_by_year_newest_year_first()
    {
        var site = SiteBuilder.Build(Config(), [
            Post("y22", "2022-06-01"), Post("y24b", "2024-02-01"), Post("y23", "2023-06-01"), Post("y24a", "2024-09-01"),
        ], []);

        site.Years.Select(y => (y.Year, Slugs: string.Join(",", y.Posts.Select(p => p.Slug))))
            .Should().Equal((2024, "y24a,y24b"), (2023, "y23"), (2022, "y22"));
    }

    private static Post[] FivePosts() =>
        [Post("p1", "2024-01-01"), Post("p3", "2024-03-01"), Post("p5", "2024-05-01"), Post("p2", "2024-02-01"), Post("p4", "2024-04-01")];
}
