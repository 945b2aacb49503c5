using AwesomeAssertions;

namespace NewsletterGen.Tests.Infrastructure;

/// <summary>What an incremental build is judged against: a build of the same sources from
/// scratch, without a cache, into `_clean` inside the site's folder, and the comparison of the
/// two outputs byte for byte.</summary>
public static class CleanBuild
{
    /// <summary>The folder a clean build of <paramref name="site"/> writes to.</summary>
    public static string Folder(TestSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Path.Combine(site.Root, "_clean");
    }

    /// <summary>Builds the site's sources from scratch into <see cref="Folder"/>, emptied first,
    /// judged at <paramref name="now"/> or else at <see cref="TestSite.Now"/>.</summary>
    public static BuildResult Run(TestSite site, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var folder = Folder(site);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return SiteBuild.Run(new BuildOptions(site.Root, folder, Now: now ?? TestSite.Now));
    }

    /// <summary>Builds the site cleanly and asserts that the clean build succeeds, that
    /// <paramref name="incremental"/> reported the same diagnostics, and that the site's output
    /// holds the same files with the same bytes.</summary>
    public static void ShouldEqual(TestSite site, BuildResult incremental)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(incremental);
        var clean = Run(site);
        clean.Succeeded.Should().BeTrue(string.Join("\n", clean.Diagnostics));
        incremental.Diagnostics.Select(d => d.ToString()).Should().Equal(clean.Diagnostics.Select(d => d.ToString()));
        ShouldHoldTheCleanBuildsFiles(site);
    }

    /// <summary>Asserts that the site's output holds the files of its last clean build, each with
    /// the same bytes.</summary>
    public static void ShouldHoldTheCleanBuildsFiles(TestSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        ShouldBeTheSameFiles(Files(site.Output), Files(Folder(site)));
    }

    /// <summary>Asserts that <paramref name="actual"/> holds the files of the clean build
    /// <paramref name="expected"/>, no more and no fewer, each with the same bytes.</summary>
    public static void ShouldBeTheSameFiles(SortedDictionary<string, byte[]> actual, SortedDictionary<string, byte[]> expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        actual.Keys.Should().Equal(expected.Keys, "the incremental build should make the files a clean build makes");
        foreach (var (path, bytes) in expected)
        {
            actual[path].SequenceEqual(bytes).Should().BeTrue($"/{path} should be the same as a clean build's");
        }
    }

    /// <summary>Every file below <paramref name="folder"/> with its bytes, by its relative path with
    /// forward slashes, in ordinal order; none when the folder does not exist.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) =>
        Directory.Exists(folder)
            ? new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal)
            : new(StringComparer.Ordinal);
}
