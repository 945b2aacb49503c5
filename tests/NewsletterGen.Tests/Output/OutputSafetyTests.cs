using AwesomeAssertions;
using NewsletterGen.Output;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Output;

/// <summary>The output folder is replaced only by a whole, successful build, and only when it is
/// safe to replace: never the sources, never someone's documents, never outside itself.</summary>
public class OutputSafetyTests
{
    private const string GoodSite = """
        -- content/posts/kept.md --
        ---
        title: Kept
        date: 2024-05-01
        tags: [Mistral]
        ---
        Kept.
        -- content/posts/gone.md --
        ---
        title: Gone
        date: 2024-06-01
        tags: [Only gone]
        ---
        Gone.
        """;

    [Fact]
    public void A_failed_build_leaves_the_previous_site_byte_for_byte_as_it_was()
    {
        using var site = TestSite.Build(GoodSite);
        site.Errors.Should().BeEmpty();
        var before = Snapshot(site.Output);

        site.Write("content/posts/bad.md", "---\ntitle: Bad\ndate: 2024-13-45\n---\nBad.\n");
        site.Rebuild();

        site.Result.Succeeded.Should().BeFalse();
        site.Errors.Should().Equal("content/posts/bad.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not '2024-13-45'");
        Snapshot(site.Output).Should().Equal(before);
    }

    [Fact]
    public void A_failed_build_leaves_no_temporary_folder_beside_the_output()
    {
        using var site = TestSite.Build(GoodSite);
        site.Write("content/posts/bad.md", "---\ntitle: Bad\ndate: 2024-13-45\n---\nBad.\n");
        site.Rebuild();

        Entries(site.Root).Should().BeEquivalentTo("_site", "content", "templates");
    }

    [Fact]
    public void A_build_that_fails_after_its_pages_were_written_leaves_the_previous_site_and_no_temporary_folder()
    {
        // The other-origin image is found when the page is checked, after it was rendered and
        // written into the new site's folder: that folder must go, the old site stay.
        using var site = TestSite.Build(GoodSite);
        var before = Snapshot(site.Output);
        site.Write("content/posts/cdn.md", "---\ntitle: CDN\ndate: 2024-07-01\n---\nA chart: ![chart](https://cdn.example.com/chart.png)\n");
        site.Rebuild();

        site.Result.Succeeded.Should().BeFalse();
        site.Errors.Should().Contain(e => e.StartsWith("content/posts/cdn.md:5:19: error NG0701: /posts/cdn/index.html would load https://cdn.example.com/chart.png", StringComparison.Ordinal));
        Snapshot(site.Output).Should().Equal(before);
        Entries(site.Root).Should().BeEquivalentTo("_site", "content", "templates");
    }

    [Fact]
    public void A_successful_rebuild_leaves_no_temporary_folder_beside_the_output()
    {
        using var site = TestSite.Build(GoodSite);
        site.Rebuild();

        site.Result.Succeeded.Should().BeTrue();
        Entries(site.Root).Should().BeEquivalentTo("_site", "content", "templates");
    }

    [Fact]
    public void A_failed_first_build_creates_no_output_folder()
    {
        using var site = TestSite.Build("""
            -- content/posts/bad.md --
            ---
            title: Bad
            date: someday
            ---
            Bad.
            """);

        site.Result.Succeeded.Should().BeFalse();
        Directory.Exists(site.Output).Should().BeFalse();
        Entries(site.Root).Should().BeEquivalentTo("content", "templates");
    }

    [Fact]
    public void Files_of_a_previous_build_that_no_source_produces_any_more_disappear()
    {
        using var site = TestSite.Build(GoodSite);
        site.Exists("posts/gone/index.html").Should().BeTrue();
        site.Exists("tags/only-gone/index.html").Should().BeTrue();

        File.Delete(Path.Combine(site.Root, "content/posts/gone.md"));
        site.Rebuild();

        site.Errors.Should().BeEmpty();
        Directory.Exists(Path.Combine(site.Output, "posts", "gone")).Should().BeFalse();
        Directory.Exists(Path.Combine(site.Output, "tags", "only-gone")).Should().BeFalse();
        site.Exists("posts/kept/index.html").Should().BeTrue();
    }

    [Fact]
    public void Refuses_to_build_into_the_source_folder_itself_and_changes_nothing()
    {
        using var site = TestSite.Create(GoodSite);
        var before = Snapshot(site.Root);

        site.Rebuild(o => o with { OutputDirectory = site.Root });

        site.Errors.Should().Equal($"{site.Root}:1:1: error NG0601: the output folder {site.Root} holds the source folder; building would replace the sources");
        Snapshot(site.Root).Should().Equal(before);
    }

    [Fact]
    public void Refuses_to_build_into_a_folder_that_holds_the_source_folder_and_changes_nothing()
    {
        using var site = TestSite.Create(GoodSite);
        var source = Path.Combine(site.Root, "letter");
        Directory.CreateDirectory(source);
        Directory.Move(Path.Combine(site.Root, "content"), Path.Combine(source, "content"));
        Directory.Move(Path.Combine(site.Root, "templates"), Path.Combine(source, "templates"));
        var before = Snapshot(site.Root);

        site.Rebuild(o => o with { SourceDirectory = source, OutputDirectory = site.Root });

        site.Errors.Should().Equal($"{site.Root}:1:1: error NG0601: the output folder {site.Root} holds the source folder; building would replace the sources");
        Snapshot(site.Root).Should().Equal(before);
    }

    [Fact]
    public void Refuses_to_replace_a_non_empty_folder_without_index_html_and_changes_nothing()
    {
        using var site = TestSite.Create(GoodSite);
        site.Write("documents/notes.txt", "My notes, not a website.");
        var documents = Path.Combine(site.Root, "documents");
        var before = Snapshot(site.Root);

        site.Rebuild(o => o with { OutputDirectory = documents });

        site.Errors.Should().Equal($"{documents}:1:1: error NG0603: the output folder {documents} holds files NewsletterGen did not make (notes.txt) and no .newslettergen-output; it will not be replaced. "
            + "Build into another folder with --output, or pass --clean to replace it (deleting those files), or --keep-other-files to write the site into it and keep them");
        Snapshot(site.Root).Should().Equal(before);
    }

    [Fact]
    public void Refuses_an_output_folder_inside_content()
    {
        using var site = TestSite.Create(GoodSite);
        var inside = Path.Combine(site.Root, "content", "out");

        site.Rebuild(o => o with { OutputDirectory = inside });

        site.Errors.Should().ContainSingle().Which.Should().Contain("error NG0601: ").And.Contain("is inside content/");
        Directory.Exists(inside).Should().BeFalse();
    }

    [Fact]
    public void Builds_into_an_existing_empty_folder()
    {
        using var site = TestSite.Create(GoodSite);
        var empty = Path.Combine(site.Root, "public");
        Directory.CreateDirectory(empty);

        site.Rebuild(o => o with { OutputDirectory = empty });

        site.Errors.Should().BeEmpty();
        File.Exists(Path.Combine(empty, "index.html")).Should().BeTrue();
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/x")]
    [InlineData("a/../../x")]
    [InlineData("C:x")]
    [InlineData("C:/x")]
    [InlineData("a/./b")]
    [InlineData("..\\x")]
    [InlineData("")]
    public void Resolve_refuses_a_path_that_could_leave_the_output_folder(string path)
    {
        OutputWriter.Resolve(Path.Combine(Path.GetTempPath(), "out"), path).Should().BeNull();
    }

    [Fact]
    public void Resolve_places_a_relative_path_inside_the_output_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "out");

        OutputWriter.Resolve(root, "posts/a/index.html").Should().Be(Path.Combine(root, "posts", "a", "index.html"));
    }

    [Fact]
    public void Writing_a_file_outside_the_output_folder_fails_and_leaves_nothing_behind()
    {
        using var site = TestSite.Create(GoodSite);
        var before = Snapshot(site.Root);
        OutputFile[] files = [OutputFile.FromText("index.html", "<p>ok</p>", "test"), OutputFile.FromText("../escaped.txt", "no", "test")];

        var act = () => OutputWriter.Write(files, site.Output);

        act.Should().Throw<InvalidOperationException>();
        Snapshot(site.Root).Should().Equal(before);
        Entries(site.Root).Should().BeEquivalentTo("content", "templates");
    }

    /// <summary>Every folder ("path/") and file ("path: base64 of its bytes") below a folder, in ordinal order.</summary>
    private static List<string> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')
                + (Directory.Exists(f) ? "/" : ": " + Convert.ToBase64String(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName)!;
}
