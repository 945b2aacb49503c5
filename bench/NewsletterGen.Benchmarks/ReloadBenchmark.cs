using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsletterGen.Benchmarks;

/// <summary>Edit-to-reload time of `newslettergen serve`: starts the published CLI on the
/// benchmark site, listens to its event stream as an open page does, then saves one post again
/// and again and times each save until the `reload` event arrives. Two series: the newest post
/// (what a writer edits; it is on the home page, in the feeds and on its tag pages) and a post
/// from the middle of the archive. Each save changes the post's last paragraph. The first saves
/// of each series are a warm-up and are not counted.
///
/// Usage: reload --cli PATH/newslettergen [--posts 10000] [--edits 30] [--warmup 5]
/// [--theme newsletter|minimal]: newsletter is the repository's templates/ with its search index,
/// minimal the benchmark's own theme; without it, templates/ without the search index.</summary>
public static partial class ReloadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cli = Option(args, "--cli") ?? throw new ArgumentException("--cli PATH (the published newslettergen) is required");
        var posts = int.Parse(Option(args, "--posts") ?? "10000", CultureInfo.InvariantCulture);
        var edits = int.Parse(Option(args, "--edits") ?? "30", CultureInfo.InvariantCulture);
        var warmup = int.Parse(Option(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);

        Environment.SetEnvironmentVariable("NLG_BENCH_POSTS", posts.ToString(CultureInfo.InvariantCulture));
        if (Option(args, "--theme") is { } theme)
        {
            Environment.SetEnvironmentVariable("NLG_THEME", theme is "newsletter" or "minimal" ? theme : throw new ArgumentException("--theme is newsletter or minimal"));
        }

        var site = BenchSite.Prepare();
        var output = Path.Combine(Path.GetTempPath(), $"nlg-reload-{posts}");
        var files = Directory.GetFiles(Path.Combine(site, "content", "posts"), "*.md").Order(StringComparer.Ordinal).ToList();
        Console.Error.WriteLine($"site: {site} ({files.Count} posts); starting {cli} serve");

        var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "serve", "--source", site, "--output", output, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start) ?? throw new InvalidOperationException($"could not start {cli}");
        var rebuilds = new List<double>();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            if (ServingLine().Match(e.Data) is { Success: true } serving)
            {
                address.TrySetResult(new Uri(serving.Groups["url"].Value));
            }
            else if (RebuiltLine().Match(e.Data) is { Success: true } rebuilt)
            {
                lock (rebuilds)
                {
                    rebuilds.Add(double.Parse(rebuilt.Groups["ms"].Value, CultureInfo.InvariantCulture));
                }
            }

            Console.Error.WriteLine($"  serve: {e.Data}");
        };
        server.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"  serve: {e.Data}");
            }
        };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        try
        {
            var url = await address.Task.WaitAsync(TimeSpan.FromMinutes(10));
            using var http = new HttpClient { BaseAddress = url, Timeout = Timeout.InfiniteTimeSpan };
            using var events = await http.GetStreamAsync(new Uri("/__newslettergen/events", UriKind.Relative));
            using var reader = new StreamReader(events);
            await WaitForEventAsync(reader, "hello");

            Console.WriteLine($"| series | saves | median ms | p90 ms | min ms | max ms | server rebuild median ms |");
            Console.WriteLine($"| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            var newest = files.OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).Last();
            var middle = files[files.Count / 2];
            foreach (var (name, file) in new[] { ("newest post", newest), ("a post in the middle of the archive", middle) })
            {
                var original = await File.ReadAllTextAsync(file);
                var times = new List<double>();
                lock (rebuilds)
                {
                    rebuilds.Clear();
                }

                for (var i = 0; i < warmup + edits; i++)
                {
                    var text = original.TrimEnd() + $"\n\nEdited for the reload benchmark, save number {i}.\n";
                    var clock = Stopwatch.StartNew();
                    await File.WriteAllTextAsync(file, text);
                    await WaitForEventAsync(reader, "reload");
                    clock.Stop();
                    if (i >= warmup)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }

                    // A writer pauses between saves; the next save starts from a quiet server.
                    await Task.Delay(200);
                }

                await File.WriteAllTextAsync(file, original);
                await WaitForEventAsync(reader, "reload");
                List<double> serverTimes;
                lock (rebuilds)
                {
                    serverTimes = [.. rebuilds.Skip(warmup).Take(edits).Order()];
                }

                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {times.Count} | {Median(times):0.0} | {times[(int)Math.Ceiling(0.9 * times.Count) - 1]:0.0} | {times[0]:0.0} | {times[^1]:0.0} | {Median(serverTimes):0} |"));
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        return 0;
    }

    private static double Median(List<double> sorted) =>
        sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>Reads Server-Sent Events until one named <paramref name="name"/> has arrived.</summary>
    private static async Task WaitForEventAsync(StreamReader reader, string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == $"event: {name}")
            {
                return;
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    [GeneratedRegex(@"Serving .* at (?<url>http://\S+/) ")]
    private static partial Regex ServingLine();

    [GeneratedRegex(@"Rebuilt .* in (?<ms>\d+) ms")]
    private static partial Regex RebuiltLine();
}
