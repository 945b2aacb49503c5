using BenchmarkDotNet.Running;
using NewsletterGen.Benchmarks;

// Lays out the benchmark site once (it is reused by every benchmark process BenchmarkDotNet
// starts), then hands the command line to BenchmarkDotNet: --job short, --filter '*Markdown*', ...
Console.WriteLine($"Benchmark site: {BenchSite.Prepare()}");
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
