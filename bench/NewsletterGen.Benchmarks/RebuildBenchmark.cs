using System.Diagnostics;
using System.Globalization;
using NewsletterGen.Incremental;

namespace NewsletterGen.Benchmarks;

/// <summary>The rebuild that follows one save, in this process and without the server: a first
/// build fills a <see cref="BuildCache"/>, then the newest post is saved again and again and each
/// rebuild is timed, stage by stage, with the changed file named as the watcher names it. Quicker
/// to iterate on and to profile than `reload`, which measures the whole trip through `serve`.
///
/// Usage: rebuild [--posts 10000] [--edits 30] [--warmup 5]</summary>
public static class RebuildBenchmark
{
    public static int Run(string[] args)
    {
        var posts = int.Parse(Option(args, "--posts") ?? "10000", CultureInfo.InvariantCulture);
        var edits = int.Parse(Option(args, "--edits") ?? "30", CultureInfo.InvariantCulture);
        var warmup = int.Parse(Option(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        Environment.SetEnvironmentVariable("NLG_BENCH_POSTS", posts.ToString(CultureInfo.InvariantCulture));
        var site = BenchSite.Prepare();
        var output = Path.Combine(Path.GetTempPath(), $"nlg-rebuild-{posts}");
        var file = Directory.GetFiles(Path.Combine(site, "content", "posts"), "*.md").Order(StringComparer.Ordinal).Last();
        var original = File.ReadAllText(file);
        var options = new BuildOptions(site, output) { Now = DateTimeOffset.Parse("2030-01-01T00:00:00Z", CultureInfo.InvariantCulture) };
        var cache = new BuildCache();
        var clock = Stopwatch.StartNew();
        var first = SiteBuild.Run(options, cache);
        Console.Error.WriteLine($"first build: {clock.ElapsedMilliseconds} ms, {first.FileCount} files, ok={first.Succeeded}");
        if (Option(args, "--pause") is { } pause)
        {
            // Time to attach a profiler to the rebuilds alone.
            Thread.Sleep(int.Parse(pause, CultureInfo.InvariantCulture));
        }

        var totals = new List<double>();
        var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        try
        {
            for (var i = 0; i < warmup + edits; i++)
            {
                File.WriteAllText(file, original.TrimEnd() + $"\n\nEdited for the rebuild benchmark, save number {i}.\n");
                cache.Changes = new SourceChanges(new HashSet<string>(StringComparer.Ordinal) { file }, false, true);
                clock.Restart();
                var result = SiteBuild.Run(options, cache);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("the rebuild failed");
                }

                if (i < warmup)
                {
                    continue;
                }

                totals.Add(elapsed);
                foreach (var stage in result.Timings)
                {
                    if (!stages.TryGetValue(stage.Stage, out var list))
                    {
                        stages[stage.Stage] = list = [];
                    }

                    list.Add(stage.Elapsed.TotalMilliseconds);
                }
            }
        }
        finally
        {
            File.WriteAllText(file, original);
        }

        Console.WriteLine("| stage | median ms |");
        Console.WriteLine("| --- | ---: |");
        foreach (var (name, times) in stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Median(times):0.0} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **whole rebuild** | **{Median(totals):0.0}** |"));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
