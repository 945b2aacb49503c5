using System.Diagnostics;
using System.Globalization;
using Markdig;

namespace NewsletterGen.Benchmarks;

/// <summary>The least any tool that uses Markdig must spend on a corpus: read every post, turn
/// its Markdown into HTML with Markdig, and write each result as posts/&lt;name&gt;/index.html, on
/// every core, with nothing else (no front matter parsing, no templates, no list pages, no feeds,
/// no checks). It answers "how far below this can a whole build go?", so the lower bound is kept
/// honest in NewsletterGen's favour: the work runs warm in one process (no start-up, no JIT in
/// the timed runs), the front matter is cut off by a plain search for its closing line, and
/// each run writes into a new folder, as bench/run.sh's builds do.
///
/// Each run times five passes over the same corpus, one after the other:
/// read (the files into strings), markdown (bare: Markdig's CommonMark pipeline, no extensions),
/// markdown (NewsletterGen's extensions: tables, footnotes, task lists, heading ids, autolinks,
/// emphasis extras, smart punctuation, alerts), write (one folder and one file per post, as
/// NewsletterGen writes them), and the last three in one pass, post by post. The floor of a run
/// is the faster of the two ways: read, Markdown and write one after the other, or in one pass.
///
/// Usage: floor --corpus DIR [--runs 5] [--output DIR]</summary>
public static class FloorBenchmark
{
    public static int Run(string[] args)
    {
        var corpus = Option(args, "--corpus") ?? throw new ArgumentException("floor needs --corpus DIR (a folder of .md posts, e.g. $BENCH_DIR/corpus/10000/posts)");
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var output = Option(args, "--output") ?? Path.Combine(Path.GetTempPath(), "nlg-floor");
        var files = Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal).ToArray();
        var bare = new MarkdownPipelineBuilder().Build();
        var extended = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseSmartyPants()
            .UseAlertBlocks()
            .Build();

        Console.WriteLine($"{files.Length} posts, {Environment.ProcessorCount} cores, output {output}");
        Console.WriteLine("| run | read | markdown (bare) | markdown (extensions) | write | read + markdown (extensions) + write | the three in one pass |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var totals = new List<double>();
        // One unreported warm-up run: the JIT compiles Markdig and the file code before timing.
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        for (var run = 0; run <= runs; run++)
        {
            // Each run writes into a new folder, as bench/run.sh's builds do: deleting the last
            // run's 10,000 folders right before made this file system slow to create the next.
            var folderOfRun = Path.Combine(output, $"run-{run}");

            var bodies = new string[files.Length];
            var html = new string[files.Length];
            var read = Time(() => Parallel.For(0, files.Length, i => bodies[i] = Body(File.ReadAllText(files[i]))));
            var markdownBare = Time(() => Parallel.For(0, files.Length, i => html[i] = Markdig.Markdown.ToHtml(bodies[i], bare)));
            var markdownExtended = Time(() => Parallel.For(0, files.Length, i => html[i] = Markdig.Markdown.ToHtml(bodies[i], extended)));
            var write = Time(() => Parallel.For(0, files.Length, i => Write(folderOfRun, files[i], html[i])));

            // The same three steps, post by post in one parallel pass: reading and writing one
            // post overlap with Markdown of the other core's, and no stage waits for the last post.
            var fused = Time(() => Parallel.For(0, files.Length, i =>
                Write(Path.Combine(output, $"fused-{run}"), files[i], Markdig.Markdown.ToHtml(Body(File.ReadAllText(files[i])), extended))));
            if (run == 0)
            {
                continue;
            }

            var total = read + markdownExtended + write;
            totals.Add(Math.Min(total, fused));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run} | {read:F2} s | {markdownBare:F2} s | {markdownExtended:F2} s | {write:F2} s | {total:F2} s | {fused:F2} s |"));
        }

        Directory.Delete(output, recursive: true);
        totals.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor (median over runs of the faster of the two ways): {totals[totals.Count / 2]:F2} s"));
        return 0;
    }

    /// <summary>One post's page, written the way NewsletterGen writes its pages (FileBytes): one
    /// open, one write, one close, with .NET's emulated file locking off (see the csproj).</summary>
    private static void Write(string root, string source, string html)
    {
        var folder = Path.Combine(root, "posts", Path.GetFileNameWithoutExtension(source));
        Directory.CreateDirectory(folder);
        using var handle = File.OpenHandle(Path.Combine(folder, "index.html"), FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, System.Text.Encoding.UTF8.GetBytes(html), 0);
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The text after the front matter's closing "---" line (the corpus always has one).</summary>
    private static string Body(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text : text[(text.IndexOf('\n', end + 1) + 1)..];
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
