using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Output;

/// <summary>The same sources give the same bytes, so a deploy uploads only what changed and a
/// feed reader sees no phantom updates.</summary>
public class DeterminismTests
{
    // Several posts at the same moment, tags spelled two ways, pages, authors, a static file:
    // everything whose order could depend on threads, hashing or the file system.
    private const string Site = """
        -- content/site.yml --
        title: Test Letter
        description: Deterministic.
        base_url: https://example.org/
        language: fr
        time_zone: Europe/Paris
        posts_per_page: 2
        authors:
          ada:
            name: Ada Example
          jonas:
            name: Jonas Albrecht
        -- content/posts/a.md --
        ---
        title: Alpha
        date: 2024-05-01T09:00:00+02:00
        tags: [EU AI Act, Mistral]
        authors: [ada, jonas]
        ---
        Alpha links to [Beta](b.md) and ![a chart](chart.png).
        -- content/posts/b.md --
        ---
        title: Beta
        date: 2024-05-01T09:00:00+02:00
        tags: [eu-ai-act]
        ---
        Beta.
        -- content/posts/c.md --
        ---
        title: Gamma
        date: 2024-05-01T09:00:00+02:00
        updated: 2024-06-01
        tags: [Open weights, Mistral]
        ---
        Gamma.
        -- content/posts/d.md --
        ---
        title: Delta
        date: 2023-12-24
        ---
        Delta.
        -- content/posts/chart.png --
        PNG
        -- content/pages/about.md --
        ---
        title: À propos
        ---
        Nous.
        -- content/pages/contact.md --
        ---
        title: Contact
        ---
        Écrivez-nous.
        -- content/static/images/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        """;

    [Fact]
    public void Building_the_same_sources_twice_gives_identical_bytes_in_every_file()
    {
        using var site = TestSite.Build(Site);
        var second = Path.Combine(site.Root, "_site2");
        site.Rebuild(o => o with { OutputDirectory = second });

        site.Errors.Should().BeEmpty();
        Files(second).Should().Equal(Files(site.Output));
    }

    [Fact]
    public void Building_copies_of_the_sources_in_two_folders_gives_identical_bytes_in_every_file()
    {
        using var one = TestSite.Build(Site);
        using var two = TestSite.Build(Site);

        one.Errors.Should().BeEmpty();
        Files(two.Output).Should().Equal(Files(one.Output));
    }

    /// <summary>"path: sha256" of every file, in ordinal order.</summary>
    private static List<string> Files(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/') + ": " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal)
            .ToList();
        files.Should().Contain(f => f.StartsWith("feed.xml: ", StringComparison.Ordinal)).And.HaveCountGreaterThan(20);
        return files;
    }
}
