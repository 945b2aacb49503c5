using System.Diagnostics;
using NewsletterGen;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Feeds;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Search;
using NewsletterGen.Templates;

var site = args[0]; var stages = args[1].Split(','); var iters = int.Parse(args[2]);
var diagnostics = new DiagnosticBag();
var config = SiteConfigLoader.Load(site, diagnostics)!;
var sources = ContentLoader.Load(site, diagnostics).Posts.ToList();
var parsed = sources.Select(s => FrontMatterParser.Parse(s, config.TimeZone, isPost: true, diagnostics)!).ToList();
var urls = parsed.ToDictionary(d => d.Path, d => Urls.Post(config, EntryAssembler.PostSlug(d, config)), StringComparer.Ordinal);
var renderer = new MarkdownRenderer(new LinkResolver(config.BasePath, urls));
var posts = parsed.AsParallel().AsOrdered().Select(d => EntryAssembler.Post(d, renderer.Render(d.Body, d.Path, d.BodyLine, d.FrontMatter.Summary, diagnostics), config, renderer, diagnostics)).ToList();
var templates = TemplateSet.Load(site, diagnostics)!;
var model = SiteBuilder.Build(config, posts, []);
Func<object> F(string s) => s switch {
  "frontmatter" => () => { foreach (var x in sources) FrontMatterParser.Parse(x, config.TimeZone, true, diagnostics); return 0; },
  "markdown" => () => { foreach (var d in parsed) renderer.Render(d.Body, d.Path, d.BodyLine, d.FrontMatter.Summary, diagnostics); return 0; },
  "markdownpar" => () => { Parallel.ForEach(parsed, d => renderer.Render(d.Body, d.Path, d.BodyLine, d.FrontMatter.Summary, diagnostics)); return 0; },
  "model" => () => SiteBuilder.Build(config, posts, []),
  "templates" => () => new PageRenderer(templates, model).RenderAll(new DiagnosticBag()),
  "feeds" => () => FeedSet.Write(model),
  "search" => () => SearchIndexWriter.Write(model),
  "words" => () => { var t = new string[model.Posts.Count]; Parallel.For(0, t.Length, i => t[i] = SearchIndexWriter.DistinctWords(model.Posts[i].Text)); return t; },
  "words1" => () => { var t = new string[model.Posts.Count]; for (var i = 0; i < t.Length; i++) t[i] = SearchIndexWriter.DistinctWords(model.Posts[i].Text); return t; },
  "sitemap" => () => SitemapWriter.Write(model, []),
  _ => throw new ArgumentException(s) };
foreach (var s in stages) {
  var f = F(s); f(); f();
  var times = new List<double>(); var cpus = new List<double>(); var proc = System.Diagnostics.Process.GetCurrentProcess();
  GC.Collect(); var alloc0 = GC.GetTotalAllocatedBytes(true); var gc2 = GC.CollectionCount(2); var gc0 = GC.CollectionCount(0); var pause0 = GC.GetTotalPauseDuration();
  for (var i = 0; i < iters; i++) { proc.Refresh(); var c0 = proc.TotalProcessorTime; var sw = Stopwatch.StartNew(); f(); times.Add(sw.Elapsed.TotalMilliseconds); proc.Refresh(); cpus.Add((proc.TotalProcessorTime - c0).TotalMilliseconds); }
  var alloc = (GC.GetTotalAllocatedBytes(true) - alloc0) / iters / 1e6;
  times.Sort(); cpus.Sort();
  Console.WriteLine($"{s,-12} median {times[times.Count/2],8:F1} ms  min {times[0],8:F1} ms  cpu {cpus[cpus.Count/2],8:F1} ms  alloc {alloc,8:F1} MB/op  gen0/op {(GC.CollectionCount(0)-gc0)/(double)iters:F0} gen2 {GC.CollectionCount(2)-gc2} pause/op {(GC.GetTotalPauseDuration()-pause0).TotalMilliseconds/iters:F1} ms");
}
