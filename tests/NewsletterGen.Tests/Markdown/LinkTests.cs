using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>Links written the way an editor previews them (to the .md file, to an image beside the
/// post) become links to the published pages and files.</summary>
public class LinkTests
{
    private const string MistralPost = """
        -- content/posts/2024-04-01-mistral.md --
        ---
        title: What Mistral 7B changed
        date: 2024-04-01
        ---
        Mistral.

        ## The end

        Fin.

        """;

    private static List<string?> BodyLinks(TestSite site, string page) =>
        site.Html(page).QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public void Turns_a_link_to_another_posts_file_into_that_posts_url()
    {
        using var site = TestSite.Build(MistralPost + """
            -- content/posts/b.md --
            ---
            title: Follow-up
            date: 2024-05-01
            ---
            See [the first issue](2024-04-01-mistral.md) and [its end](2024-04-01-mistral.md#the-end).
            """);

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().BeEmpty();
        BodyLinks(site, "posts/follow-up/index.html").Should().Equal("/posts/what-mistral-7b-changed/", "/posts/what-mistral-7b-changed/#the-end");
    }

    [Fact]
    public void Turns_a_link_from_a_page_to_a_posts_file_into_that_posts_url()
    {
        using var site = TestSite.Build(MistralPost + """
            -- content/pages/about.md --
            ---
            title: About
            ---
            Start with [our first issue](../posts/2024-04-01-mistral.md).
            """);

        site.Errors.Should().BeEmpty();
        BodyLinks(site, "about/index.html").Should().Equal("/posts/what-mistral-7b-changed/");
    }

    [Fact]
    public void Keeps_absolute_and_fragment_links_as_written()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Links
            date: 2024-05-01
            ---
            [web](https://mistral.ai/news/), [mail](mailto:team@example.org), [section](#notes).
            """);

        BodyLinks(site, "posts/links/index.html").Should().Equal("https://mistral.ai/news/", "mailto:team@example.org", "#notes");
    }

    [Fact]
    public void Publishes_an_image_beside_a_post_and_points_the_img_at_it()
    {
        using var site = TestSite.Create("""
            -- content/posts/a.md --
            ---
            title: Chart
            date: 2024-05-01
            ---
            ![A chart](img/chart.png)
            """);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        site.WriteBytes("content/posts/img/chart.png", png);
        site.Rebuild();

        site.Errors.Should().BeEmpty();
        site.Html("posts/chart/index.html").QuerySelector(".prose img")!.GetAttribute("src").Should().Be("/posts/img/chart.png");
        File.ReadAllBytes(Path.Combine(site.Output, "posts", "img", "chart.png")).Should().Equal(png);
    }

    [Fact]
    public void Warns_at_a_link_to_a_missing_markdown_file_and_still_builds()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            title: Broken
            date: 2024-05-01
            ---
            First paragraph.

            See [the lost issue](lost.md) please.
            """);

        site.Result.Succeeded.Should().BeTrue();
        site.Warnings.Should().Equal("content/posts/a.md:7:5: warning NG0301: 'lost.md' is not a post or page of this site");
        BodyLinks(site, "posts/broken/index.html").Should().Equal("lost.md");
    }

    [Fact]
    public void Warns_at_a_link_to_a_draft_that_is_not_published()
    {
        using var site = TestSite.Build("""
            -- content/posts/draft.md --
            ---
            title: Draft
            date: 2024-05-01
            draft: true
            ---
            Later.
            -- content/posts/a.md --
            ---
            title: Teaser
            date: 2024-05-01
            ---
            Coming: [the draft](draft.md).
            """);

        site.Result.Succeeded.Should().BeTrue();
        site.Warnings.Should().Equal("content/posts/a.md:5:9: warning NG0301: 'draft.md' is not a post or page of this site");
    }
}
