using BenchmarkDotNet.Running;
using NewsletterGen.Benchmarks;

// `reload`: the edit-to-reload benchmark of `serve` (ReloadBenchmark.cs).
if (args.Length > 0 && args[0] == "reload")
{
    return await ReloadBenchmark.RunAsync(args[1..]);
}

// `rebuild`: the same saves, rebuilt in this process, stage by stage (RebuildBenchmark.cs).
if (args.Length > 0 && args[0] == "rebuild")
{
    return RebuildBenchmark.Run(args[1..]);
}

// `floor`: the least a build with Markdig can cost: read, Markdown, write, nothing else (FloorBenchmark.cs).
if (args.Length > 0 && args[0] == "floor")
{
    return FloorBenchmark.Run(args[1..]);
}

// Lays out the benchmark site once (it is reused by every benchmark process BenchmarkDotNet
// starts), then hands the command line to BenchmarkDotNet: --job short, --filter '*Markdown*', ...
Console.WriteLine($"Benchmark site: {BenchSite.Prepare()}");
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
