using BenchmarkDotNet.Attributes;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Feeds;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Templates;

namespace NewsletterGen.Benchmarks;

/// <summary>The build's stages one at a time, each over every post of the benchmark site (200 by
/// default), with the input of each stage prepared once in <see cref="Setup"/>; then the whole
/// build. Front matter and Markdown are called once per post on one thread (SiteBuild runs them
/// with Parallel.For); PageRenderer.RenderAll, FeedSet.Write and SiteBuild.Run parallelise
/// internally as they do in a build.</summary>
[MemoryDiagnoser]
[MedianColumn]
[HideColumns("Error", "InvocationCount", "UnrollFactor")]
public class StageBenchmarks
{
    private string _siteFolder = null!;
    private string _outputFolder = null!;
    private SiteConfig _config = null!;
    private List<SourceDocument> _sources = null!;
    private List<ParsedDocument> _parsed = null!;
    private MarkdownRenderer _renderer = null!;
    private List<Post> _posts = null!;
    private TemplateSet _templates = null!;
    private Site _site = null!;

    [GlobalSetup]
    public void Setup()
    {
        _siteFolder = BenchSite.Folder;
        _outputFolder = Path.Combine(Path.GetTempPath(), $"nlg-bench-out-{Environment.ProcessId}");
        var diagnostics = new DiagnosticBag();
        _config = SiteConfigLoader.Load(_siteFolder, diagnostics) ?? throw Failed("site.yml", diagnostics);
        _sources = [.. ContentLoader.List(_siteFolder).Posts.Select(p => ContentLoader.Read(_siteFolder, p, diagnostics) ?? throw Failed(p, diagnostics))];
        _parsed = [.. _sources.Select(s => FrontMatterParser.Parse(s, _config.TimeZone, isPost: true, diagnostics) ?? throw Failed(s.Path, diagnostics))];
        var urls = _parsed.ToDictionary(d => d.Path, d => Urls.Post(_config, EntryAssembler.PostSlug(d, _config)), StringComparer.Ordinal);
        _renderer = new MarkdownRenderer(new LinkResolver(_config.BasePath, urls));
        _posts = [.. _parsed.Select(d => EntryAssembler.Post(d, Render(d, diagnostics), _config, _renderer, diagnostics))];
        _templates = TemplateSet.Load(_siteFolder, diagnostics) ?? throw Failed("templates", diagnostics);
        _site = SiteBuilder.Build(_config, _posts, []);
        if (diagnostics.HasErrors)
        {
            throw Failed("setup", diagnostics);
        }

        Console.WriteLine($"// {_sources.Count} posts, {_site.Tags.Count} tags, {_site.Pagers.Count} home pages from {_siteFolder}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_outputFolder))
        {
            Directory.Delete(_outputFolder, recursive: true);
        }
    }

    [Benchmark(Description = "Front matter (FrontMatterParser.Parse)")]
    public int FrontMatter()
    {
        var diagnostics = new DiagnosticBag();
        var count = 0;
        foreach (var source in _sources)
        {
            count += FrontMatterParser.Parse(source, _config.TimeZone, isPost: true, diagnostics) is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark(Description = "Markdown (MarkdownRenderer.Render)")]
    public int Markdown()
    {
        var diagnostics = new DiagnosticBag();
        var length = 0;
        foreach (var document in _parsed)
        {
            length += Render(document, diagnostics).Html.Value.Length;
        }

        return length;
    }

    [Benchmark(Description = "Site model (SiteBuilder.Build)")]
    public Site SiteModel() => SiteBuilder.Build(_config, _posts, []);

    [Benchmark(Description = "Templates (PageRenderer.RenderAll)")]
    public int Templates() => new PageRenderer(_templates, _site).RenderAll(new DiagnosticBag()).Count;

    [Benchmark(Description = "Feeds (FeedSet.Write)")]
    public int Feeds() => FeedSet.Write(_site).Count;

    [Benchmark(Description = "Whole build, no output (SiteBuild.Run)")]
    public BuildResult BuildWithoutOutput() => Run(writeOutput: false);

    // A cold write each time: the previous output is deleted first, so that no file is
    // hard-linked from an earlier build.
    [IterationSetup(Target = nameof(BuildWithOutput))]
    public void DeleteOutput() => Cleanup();

    [Benchmark(Description = "Whole build, output written (SiteBuild.Run)")]
    public BuildResult BuildWithOutput() => Run(writeOutput: true);

    private BuildResult Run(bool writeOutput)
    {
        var result = SiteBuild.Run(new BuildOptions(_siteFolder, _outputFolder, WriteOutput: writeOutput));
        return result.Succeeded ? result : throw new InvalidOperationException("the build failed: " + string.Join("; ", result.Diagnostics.Take(5)));
    }

    private RenderedMarkdown Render(ParsedDocument document, DiagnosticBag diagnostics) =>
        _renderer.Render(document.Body, document.Path, document.BodyLine, document.FrontMatter.Summary, diagnostics);

    private static InvalidOperationException Failed(string what, DiagnosticBag diagnostics) =>
        new($"{what}: {string.Join("; ", diagnostics.ToSortedList().Take(5))}");
}
