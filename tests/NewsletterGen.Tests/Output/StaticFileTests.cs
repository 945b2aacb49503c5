using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Output;

public class StaticFileTests
{
    [Fact]
    public void A_file_in_content_static_is_published_at_the_same_path_from_the_site_root()
    {
        using var site = TestSite.Create("""
            -- content/static/images/a.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>
            """);
        site.Rebuild();

        site.Errors.Should().BeEmpty();
        File.ReadAllBytes(Path.Combine(site.Output, "images", "a.svg"))
            .Should().Equal(File.ReadAllBytes(Path.Combine(site.Root, "content", "static", "images", "a.svg")));
    }

    [Fact]
    public void A_binary_static_file_is_copied_byte_for_byte()
    {
        using var site = TestSite.Create(string.Empty);
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE, 0x0D, 0x0A, 0x1A, 0x0A];
        site.WriteBytes("content/static/images/b.png", bytes);

        site.Rebuild();

        File.ReadAllBytes(Path.Combine(site.Output, "images", "b.png")).Should().Equal(bytes);
    }

    [Fact]
    public void Hidden_files_and_editors_temporary_files_are_not_published()
    {
        using var site = TestSite.Build("""
            -- content/static/kept.txt --
            kept
            -- content/static/.hidden.txt --
            hidden
            -- content/static/.git/config --
            a hidden folder
            -- content/static/notes.txt~ --
            a backup
            -- content/static/#notes.txt# --
            an autosave
            -- content/static/notes.txt.swp --
            a swap file
            -- content/static/drafts/plan.tmp --
            a temporary file
            -- content/static/drafts/plan.txt --
            kept too
            """);

        site.Errors.Should().BeEmpty();
        Directory.EnumerateFiles(site.Output, "*.txt*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
            .Should().Equal("drafts/plan.txt", "kept.txt", "robots.txt");
        Directory.Exists(Path.Combine(site.Output, ".git")).Should().BeFalse();
        File.Exists(Path.Combine(site.Output, "drafts", "plan.tmp")).Should().BeFalse();
    }

    [Fact]
    public void A_theme_asset_is_published_below_assets()
    {
        using var site = TestSite.Build("""
            -- templates/assets/style.css --
            body { color: rebeccapurple; }
            -- templates/assets/fonts/serif.woff2 --
            not really a font
            """);

        site.Errors.Should().BeEmpty();
        site.ReadText("assets/style.css").Should().Be("body { color: rebeccapurple; }\n");
        site.ReadText("assets/fonts/serif.woff2").Should().Be("not really a font\n");
    }

    [Fact]
    public void A_static_file_at_the_path_of_the_feed_is_an_error_naming_both()
    {
        using var site = TestSite.Build("""
            -- content/static/feed.xml --
            <rss/>
            """);

        site.Result.Succeeded.Should().BeFalse();
        site.Errors.Should().Equal(
            "content/static/feed.xml:1:1: error NG0201: content/static/feed.xml and the site's feeds would all be published as /feed.xml; give one of them another slug");
    }

    [Fact]
    public void A_static_file_at_the_path_of_a_post_is_an_error_naming_both()
    {
        using var site = TestSite.Build("""
            -- content/posts/hello.md --
            ---
            title: Hello
            date: 2024-05-01
            ---
            Hi.
            -- content/static/posts/hello/index.html --
            <p>stale copy</p>
            """);

        site.Errors.Should().Equal(
            "content/posts/hello.md:1:1: error NG0201: content/posts/hello.md and content/static/posts/hello/index.html would all be published as /posts/hello/index.html; give one of them another slug");
    }

    [Fact]
    public void A_page_whose_slug_is_a_generated_file_is_an_error_not_a_crash()
    {
        using var site = TestSite.Build("""
            -- content/pages/x.md --
            ---
            title: X
            slug: feed.xml
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/pages/x.md:1:1: error NG0201: content/pages/x.md and the site's feeds would all be published as /feed.xml (a file, and the folder of /feed.xml/index.html); give one of them another slug");
        Directory.Exists(site.Output).Should().BeFalse();
    }
}
