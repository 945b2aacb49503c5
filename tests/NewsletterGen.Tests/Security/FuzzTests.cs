using System.Diagnostics;
using System.Globalization;
using System.Text;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Security;

/// <summary>Seeded random front matter and Markdown, hostile shapes included (deep nesting,
/// alias bombs, huge scalars, control characters, tabs, byte order marks, unclosed fences),
/// checked as `check` does: every case ends with diagnostics, never an exception, a crash or a
/// runaway, within a time and a memory bound. A failing case names its seed and keeps its input;
/// set NLG_FUZZ_SEED to run another series.</summary>
[Collection(RunsAlone.Name)]
public class FuzzTests
{
    private const int Cases = 300;

    /// <summary>Far above what one post's check takes (milliseconds; a second for the largest
    /// inputs), far below a runaway. It bounds the process's CPU time, not the wall clock, so
    /// that a machine busy with other work does not fail it.</summary>
    private static readonly TimeSpan TimePerCase = TimeSpan.FromSeconds(4);

    /// <summary>A check of one small post allocates a few megabytes; an alias bomb, gigabytes.</summary>
    private const long BytesPerCase = 400L << 20;

    [Fact]
    public void Random_and_hostile_posts_are_checked_within_time_and_memory_bounds()
    {
        var series = int.TryParse(Environment.GetEnvironmentVariable("NLG_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var given) ? given : 20261206;
        using var site = TestSite.Create(string.Empty);
        var options = new BuildOptions(site.Root, site.Output, Now: TestSite.Now, WriteOutput: false);
        var siteYml = TestSite.DefaultSiteYml + "\n";
        var slowest = (Time: TimeSpan.Zero, Seed: 0);

        // A first, ordinary build outside the bounds: it pays for compiling the engine's code.
        site.Write("content/posts/fuzz.md", "---\ntitle: Warm\ndate: 2024-05-01\n---\nBody.\n");
        SiteBuild.Run(options);
        for (var i = 0; i < Cases; i++)
        {
            var seed = series + i;
            var random = new Random(seed);
            var post = HostileText.Post(random);
            site.WriteBytes("content/posts/fuzz.md", post);
            var config = random.Next(8) == 0 ? Encoding.UTF8.GetBytes(siteYml + HostileText.Yaml(random, "custom")) : Encoding.UTF8.GetBytes(siteYml);
            site.WriteBytes("content/site.yml", config);

            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            BuildResult result;
            try
            {
                result = SiteBuild.Run(options);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"seed {seed}: check threw; input kept in {Keep(seed, post, config)}", e);
            }

            var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var bytes = GC.GetTotalAllocatedBytes(precise: false) - allocated;
            slowest = spent > slowest.Time ? (spent, seed) : slowest;
            if (spent > TimePerCase || bytes > BytesPerCase || result.Diagnostics.Any(d => d.Location.Line < 1))
            {
                var where = Keep(seed, post, config);
                spent.Should().BeLessThan(TimePerCase, $"seed {seed} (input kept in {where})");
                bytes.Should().BeLessThan(BytesPerCase, $"seed {seed} (input kept in {where})");
                result.Diagnostics.Should().OnlyContain(d => d.Location.Line >= 1, $"seed {seed} (input kept in {where})");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{Cases} cases from seed {series}; slowest {slowest.Time.TotalMilliseconds:0} ms (seed {slowest.Seed})");
    }

    /// <summary>Copies a failing case out of the test's temp folder, which is deleted.</summary>
    private static string Keep(int seed, byte[] post, byte[] config)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"nlg-fuzz-{seed}");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "fuzz.md"), post);
        File.WriteAllBytes(Path.Combine(folder, "site.yml"), config);
        return folder;
    }
}
