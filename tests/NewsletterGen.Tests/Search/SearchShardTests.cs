using System.Text.Json;
using AwesomeAssertions;
using NewsletterGen.Incremental;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Search;

/// <summary>The search index is cut into one shard per year, listed newest first by
/// /search/index.json, so that a save of a post's text writes its year's shard again and not the
/// whole index.</summary>
public sealed class SearchShardTests
{
    private const string Posts = """
        -- content/posts/2023-11-02-old.md --
        ---
        title: An old issue
        date: 2023-11-02
        ---
        A look back.

        Gigafactories were announced.
        -- content/posts/2024-02-01-middle.md --
        ---
        title: A middle issue
        date: 2024-02-01
        ---
        Sovereign clouds grew.
        -- content/posts/2024-06-01-new.md --
        ---
        title: A new issue
        date: 2024-06-01
        ---
        Open weights arrived.
        """;

    [Fact]
    public void The_index_lists_one_shard_per_year_newest_first_and_the_shards_hold_every_post_in_the_sites_order()
    {
        using var site = TestSite.Build(Posts);

        site.Errors.Should().BeEmpty();
        using var manifest = JsonDocument.Parse(site.ReadText("search/index.json"));
        var shards = manifest.RootElement.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        shards.Should().Equal("index-2024.json", "index-2023.json");
        var titles = shards.SelectMany(shard => Titles(site, shard)).ToList();
        titles.Should().Equal("A new issue", "A middle issue", "An old issue");
    }

    [Fact]
    public void Saving_a_posts_text_rewrites_only_the_shard_of_its_year()
    {
        using var site = TestSite.Create(Posts);
        var cache = new BuildCache();
        var options = new BuildOptions(site.Root, site.Output, Now: TestSite.Now);
        SiteBuild.Run(options, cache).Succeeded.Should().BeTrue();
        var times = site.OutputFiles().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(site.Output, f)), StringComparer.Ordinal);
        var before = File.ReadAllText(Path.Combine(site.Root, "content/posts/2023-11-02-old.md"));
        Thread.Sleep(20);

        var path = Path.Combine(site.Root, "content/posts/2023-11-02-old.md");
        File.WriteAllText(path, before.Replace("were announced.", "were announced in Brussels.", StringComparison.Ordinal));
        cache.Changes = new SourceChanges(new HashSet<string>([path], StringComparer.Ordinal), StructureChanged: false, Complete: true);
        var result = SiteBuild.Run(options, cache);

        result.PatchedLastBuild.Should().BeTrue();
        var rewritten = site.OutputFiles().Where(f => f.StartsWith("search/", StringComparison.Ordinal) && times[f] != File.GetLastWriteTimeUtc(Path.Combine(site.Output, f))).ToList();
        rewritten.Should().Equal("search/index-2023.json");
        Titles(site, "index-2023.json").Should().Equal("An old issue");
        site.ReadText("search/index-2023.json").Should().Contain("brussels");
    }

    private static List<string> Titles(TestSite site, string shard)
    {
        using var entries = JsonDocument.Parse(site.ReadText("search/" + shard));
        return [.. entries.RootElement.EnumerateArray().Select(e => e.GetProperty("title").GetString()!)];
    }
}
