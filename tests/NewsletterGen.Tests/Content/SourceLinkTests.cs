using AwesomeAssertions;
using NewsletterGen.Tests.Cli;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Content;

/// <summary>Content stays inside the source: a symbolic link that leads out of content/ or
/// templates/ is refused, naming the link and its target; a link to nothing and links in a circle
/// are diagnostics, never a stack trace; a link that stays inside is followed. `check` says so too.</summary>
public class SourceLinkTests
{
    private static readonly string OnePost = SampleSites.OnePost();

    private static void Link(TestSite site, string path, string target)
    {
        var full = Path.Combine(site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }

    [Fact]
    public void A_link_to_etc_shadow_in_static_is_refused_and_not_published()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var site = TestSite.Create(OnePost);
        Link(site, "content/static/shadow.txt", "/etc/shadow");

        site.Rebuild();

        site.Errors.Should().Equal(
            "content/static/shadow.txt:1:1: error NG0005: content/static/shadow.txt is a symbolic link to /etc/shadow, outside content/; only files inside the source folders are published. Copy the file in, or remove the link");
        File.Exists(Path.Combine(site.Output, "shadow.txt")).Should().BeFalse();
    }

    [Fact]
    public void A_link_to_a_folder_outside_templates_is_refused()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var site = TestSite.Create(OnePost);
        Link(site, "templates/partials/etc", "/etc");

        site.Rebuild();

        site.Errors.Should().Equal(
            "templates/partials/etc:1:1: error NG0005: templates/partials/etc is a symbolic link to /etc, outside templates/; only files inside the source folders are published. Copy the file in, or remove the link");
    }

    [Fact]
    public void A_link_that_points_at_nothing_is_a_diagnostic()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var site = TestSite.Create(OnePost);
        Link(site, "content/static/logo.png", "../images/logo.png");

        site.Rebuild();

        site.Errors.Should().Equal(
            "content/static/logo.png:1:1: error NG0007: content/static/logo.png is a symbolic link to ../images/logo.png that does not exist; restore what it points at, or remove the link");
    }

    [Fact]
    public void Links_that_lead_round_in_a_circle_are_a_diagnostic()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var site = TestSite.Create(OnePost);
        Link(site, "content/static/a", "b");
        Link(site, "content/static/b", "a");

        site.Rebuild();

        site.Errors.Should().Equal(
            "content/static/a:1:1: error NG0006: content/static/a is a symbolic link to b that leads round in a circle of links; remove the link",
            "content/static/b:1:1: error NG0006: content/static/b is a symbolic link to a that leads round in a circle of links; remove the link");
    }

    [Fact]
    public void A_link_to_a_folder_that_holds_it_is_a_diagnostic()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var site = TestSite.Create(OnePost);
        site.Write("content/static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Link(site, "content/static/img/again", "..");

        site.Rebuild();

        site.Errors.Should().Equal(
            "content/static/img/again:1:1: error NG0006: content/static/img/again is a symbolic link to content/static, a folder that holds the link: following it would never end; remove the link");
    }

    [Fact]
    public void A_link_that_stays_inside_content_is_followed()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var site = TestSite.Create(OnePost);
        site.Write("content/shared/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Link(site, "content/static/logo.svg", "../shared/logo.svg");
        Link(site, "content/static/shared", "../shared");

        site.Rebuild();

        site.Errors.Should().BeEmpty();
        site.ReadText("logo.svg").Should().Be("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.ReadText("shared/logo.svg").Should().Be("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    [Fact]
    public void Check_reports_a_link_that_leaves_content_and_exits_1()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var site = TestSite.Create(OnePost);
        Link(site, "content/posts/secret.md", "/etc/passwd");

        var run = CliRun.Start(site.Root, "check");

        run.ExitCode.Should().Be(1);
        run.StderrLines[0].Should().Be(
            "content/posts/secret.md:1:1: error NG0005: content/posts/secret.md is a symbolic link to /etc/passwd, outside content/; only files inside the source folders are published. Copy the file in, or remove the link");
    }

    [Fact]
    public void An_unreadable_static_folder_is_a_diagnostic_not_skipped()
    {
        // The tests run as root, whom a mode of 000 does not stop: the tool is run without the
        // capabilities that let root read anything (setpriv), so the folder's mode counts.
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/setpriv"))
        {
            Assert.Skip("needs setpriv (util-linux) to drop root's read override");
            return;
        }

        using var site = TestSite.Create(OnePost);
        site.Write("content/static/private/notes.txt", "notes");
        var folder = Path.Combine(site.Root, "content", "static", "private");
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            var run = CliRun.StartAs(["/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search"], site.Root, ["check"]);

            run.ExitCode.Should().Be(1);
            run.StderrLines[0].Should().Be(
                "content/static/private:1:1: error NG0008: the folder content/static/private cannot be read (permission denied), so its files would be missing from the site; fix its permissions");
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
