using AwesomeAssertions;
using NewsletterGen.Output;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Output;

/// <summary>A build never destroys what it did not make: an existing output folder is replaced
/// only when it is empty or holds the marker a build wrote, or with --clean; with
/// --keep-other-files the site is written into a git checkout and .git/, CNAME and every other
/// file the site does not make stay.</summary>
public class OutputFolderTests
{
    private const string TwoPosts = """
        -- content/posts/kept.md --
        ---
        title: Kept
        date: 2024-05-01
        ---
        Kept.
        -- content/posts/gone.md --
        ---
        title: Gone
        date: 2024-06-01
        ---
        Gone.
        """;

    /// <summary>A gh-pages checkout: a git repository, a CNAME, a README, and the site another
    /// tool (or a hand) put there.</summary>
    private static string GhPages(TestSite site)
    {
        var folder = Path.Combine(site.Root, "gh-pages");
        site.Write("gh-pages/.git/HEAD", "ref: refs/heads/gh-pages\n");
        site.Write("gh-pages/.git/config", "[core]\n");
        site.Write("gh-pages/CNAME", "letter.example.org\n");
        site.Write("gh-pages/README.md", "The published site.\n");
        site.Write("gh-pages/index.html", "<p>the old home page</p>\n");
        return folder;
    }

    [Fact]
    public void A_git_checkout_holding_index_html_is_not_replaced_and_the_error_names_what_is_in_it()
    {
        using var site = TestSite.Create(TwoPosts);
        var checkout = GhPages(site);
        var before = FolderSnapshot.Of(checkout);

        site.Rebuild(o => o with { OutputDirectory = checkout });

        site.Result.Succeeded.Should().BeFalse();
        site.Errors.Should().Equal(
            $"{checkout}:1:1: error NG0603: the output folder {checkout} looks like a site an earlier version of NewsletterGen built (index.html, but no .newslettergen-output), "
            + "but it also holds files this build does not make (.git/, CNAME, README.md); it will not be replaced. "
            + "If they can go, pass --clean once (later builds recognise the folder); to keep them, pass --keep-other-files; or build into another folder with --output");
        FolderSnapshot.Of(checkout).Should().Equal(before);
    }

    [Fact]
    public void With_keep_other_files_a_git_checkout_gets_the_site_and_keeps_git_CNAME_and_its_other_files()
    {
        using var site = TestSite.Create(TwoPosts);
        var checkout = GhPages(site);

        site.Rebuild(o => o with { OutputDirectory = checkout, OutputMode = OutputMode.KeepOtherFiles });

        site.Errors.Should().BeEmpty();
        File.ReadAllText(Path.Combine(checkout, ".git", "HEAD")).Should().Be("ref: refs/heads/gh-pages\n");
        File.ReadAllText(Path.Combine(checkout, ".git", "config")).Should().Be("[core]\n");
        File.ReadAllText(Path.Combine(checkout, "CNAME")).Should().Be("letter.example.org\n");
        File.ReadAllText(Path.Combine(checkout, "README.md")).Should().Be("The published site.\n");
        File.ReadAllText(Path.Combine(checkout, "index.html")).Should().Contain("Kept").And.NotContain("the old home page");
        File.Exists(Path.Combine(checkout, "posts", "gone", "index.html")).Should().BeTrue();
        FolderSnapshot.Entries(site.Root).Should().NotContain(e => e.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void With_keep_other_files_a_later_build_removes_only_the_files_an_earlier_build_made()
    {
        using var site = TestSite.Create(TwoPosts);
        var checkout = GhPages(site);
        site.Rebuild(o => o with { OutputDirectory = checkout, OutputMode = OutputMode.KeepOtherFiles });
        site.Write("gh-pages/posts/notes.txt", "Someone's notes beside the posts.\n");

        File.Delete(Path.Combine(site.Root, "content", "posts", "gone.md"));
        site.Rebuild(o => o with { OutputDirectory = checkout, OutputMode = OutputMode.KeepOtherFiles });

        site.Errors.Should().BeEmpty();
        Directory.Exists(Path.Combine(checkout, "posts", "gone")).Should().BeFalse("an earlier build made it and this one does not");
        File.Exists(Path.Combine(checkout, "posts", "kept", "index.html")).Should().BeTrue();
        File.ReadAllText(Path.Combine(checkout, "posts", "notes.txt")).Should().Be("Someone's notes beside the posts.\n");
        File.ReadAllText(Path.Combine(checkout, "CNAME")).Should().Be("letter.example.org\n");
        File.Exists(Path.Combine(checkout, ".git", "HEAD")).Should().BeTrue();
        OutputMarker.Read(checkout).Should().NotBeNull().And.Contain("posts/kept/index.html").And.NotContain("posts/gone/index.html").And.NotContain("CNAME");
    }

    [Fact]
    public void With_keep_other_files_a_folder_of_someone_elses_where_the_site_writes_a_file_is_an_error_and_nothing_changes()
    {
        using var site = TestSite.Create(TwoPosts);
        var checkout = GhPages(site);
        site.Write("gh-pages/feed.xml/readme.txt", "A folder named like the feed.\n");
        var before = FolderSnapshot.Of(checkout);

        site.Rebuild(o => o with { OutputDirectory = checkout, OutputMode = OutputMode.KeepOtherFiles });

        site.Errors.Should().Equal($"{checkout}:1:1: error NG0604: in the output folder {checkout}, feed.xml/ is a folder where the site writes a file; move it away, or build into another folder with --output");
        FolderSnapshot.Of(checkout).Should().Equal(before);
    }

    [Fact]
    public void With_clean_a_folder_of_other_files_is_replaced_by_the_site()
    {
        using var site = TestSite.Create(TwoPosts);
        var checkout = GhPages(site);

        site.Rebuild(o => o with { OutputDirectory = checkout, OutputMode = OutputMode.Clean });

        site.Errors.Should().BeEmpty();
        File.Exists(Path.Combine(checkout, "CNAME")).Should().BeFalse();
        Directory.Exists(Path.Combine(checkout, ".git")).Should().BeFalse();
        File.ReadAllText(Path.Combine(checkout, "index.html")).Should().Contain("Kept");
    }

    [Fact]
    public void Clean_still_refuses_the_source_folder()
    {
        using var site = TestSite.Create(TwoPosts);
        var before = FolderSnapshot.Of(site.Root);

        site.Rebuild(o => o with { OutputDirectory = site.Root, OutputMode = OutputMode.Clean });

        site.Errors.Should().ContainSingle().Which.Should().Contain("error NG0601: ").And.Contain("holds the source folder");
        FolderSnapshot.Of(site.Root).Should().Equal(before);
    }

    [Fact]
    public void A_build_leaves_a_marker_listing_every_file_it_made_and_the_next_build_replaces_the_folder()
    {
        using var site = TestSite.Build(TwoPosts);

        var listed = OutputMarker.Read(site.Output);

        listed.Should().NotBeNull();
        listed.Should().BeEquivalentTo(site.OutputFiles().Where(f => f != OutputMarker.FileName));
        File.ReadAllLines(Path.Combine(site.Output, OutputMarker.FileName))[0].Should().StartWith("# Written by NewsletterGen");

        File.Delete(Path.Combine(site.Root, "content", "posts", "gone.md"));
        site.Rebuild();
        site.Errors.Should().BeEmpty();
        Directory.Exists(Path.Combine(site.Output, "posts", "gone")).Should().BeFalse();
    }

    [Fact]
    public void A_folder_an_earlier_version_built_is_replaced_when_this_build_makes_every_file_in_it()
    {
        // An earlier version wrote no marker: the folder holds nothing but the site's own files.
        using var site = TestSite.Build(TwoPosts);
        File.Delete(Path.Combine(site.Output, OutputMarker.FileName));

        site.Write("content/posts/new.md", "---\ntitle: New\ndate: 2024-07-01\n---\nNew.\n");
        site.Rebuild();

        site.Errors.Should().BeEmpty();
        site.Exists("posts/new/index.html").Should().BeTrue();
        OutputMarker.IsIn(site.Output).Should().BeTrue();
    }

    [Fact]
    public void A_folder_an_earlier_version_built_is_not_replaced_when_it_holds_a_file_this_build_does_not_make()
    {
        using var site = TestSite.Build(TwoPosts);
        File.Delete(Path.Combine(site.Output, OutputMarker.FileName));
        File.Delete(Path.Combine(site.Root, "content", "posts", "gone.md"));
        var before = FolderSnapshot.Of(site.Output);

        site.Rebuild();

        site.Errors.Should().ContainSingle().Which.Should()
            .Contain("error NG0603: ").And.Contain("holds files this build does not make (posts/)").And.Contain("--clean").And.Contain("--keep-other-files");
        FolderSnapshot.Of(site.Output).Should().Equal(before);
    }

    [Fact]
    public void An_output_that_is_a_file_is_an_error()
    {
        using var site = TestSite.Create(TwoPosts);
        site.Write("site.zip", "not a folder");
        var file = Path.Combine(site.Root, "site.zip");

        site.Rebuild(o => o with { OutputDirectory = file });

        site.Errors.Should().Equal($"{file}:1:1: error NG0604: the output {file} is a file, not a folder; choose another --output");
        File.ReadAllText(file).Should().Be("not a folder");
    }
}
