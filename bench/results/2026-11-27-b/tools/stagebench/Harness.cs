using System.Diagnostics;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Feeds;
using NewsletterGen.Markdown;
using NewsletterGen.Model;
using NewsletterGen.Search;
using NewsletterGen.Templates;

public static class Harness
{
    static SiteConfig config; static List<SourceDocument> sources; static List<ParsedDocument> parsed; static MarkdownRenderer renderer; static Site model; static TemplateSet templates; static string siteDir;
    public static void Setup(string site)
    {
        siteDir = site;
        var diagnostics = new DiagnosticBag();
        config = SiteConfigLoader.Load(site, diagnostics)!;
        sources = ContentLoader.Load(site, diagnostics).Posts.ToList();
        parsed = sources.Select(s => FrontMatterParser.Parse(s, config.TimeZone, isPost: true, diagnostics)!).ToList();
        var urls = parsed.ToDictionary(d => d.Path, d => Urls.Post(config, EntryAssembler.PostSlug(d, config)), StringComparer.Ordinal);
        renderer = new MarkdownRenderer(new LinkResolver(config.BasePath, urls));
        var posts = parsed.AsParallel().AsOrdered().Select(d => EntryAssembler.Post(d, renderer.Render(d.Body, d.Path, d.BodyLine, d.FrontMatter.Summary, diagnostics), config, renderer, diagnostics)).ToList();
        templates = TemplateSet.Load(site, diagnostics)!;
        model = SiteBuilder.Build(config, posts, []);
    }
    public static double Run(string stage)
    {
        var d = new DiagnosticBag();
        var sw = Stopwatch.StartNew();
        switch (stage)
        {
            case "frontmatter": foreach (var x in sources) FrontMatterParser.Parse(x, config.TimeZone, true, d); break;
            case "markdown": foreach (var p in parsed) renderer.Render(p.Body, p.Path, p.BodyLine, p.FrontMatter.Summary, d); break;
            case "templates": new PageRenderer(templates, model).RenderAll(d); break;
            case "feeds": FeedSet.Write(model); break;
            case "search": SearchIndexWriter.Write(model); break;
            case "words": foreach (var p in model.Posts) SearchIndexWriter.DistinctWords(p.Text); break;
            case "read": { var s = NewsletterGen.Content.ContentLoader.Load(siteDir, d); foreach (var x in s.Posts) NewsletterGen.Feeds.XmlText.FirstForbidden(x.Text); } break;
            case "model": SiteBuilder.Build(config, model.Posts, []); break;
            default: throw new ArgumentException(stage);
        }
        return sw.Elapsed.TotalMilliseconds;
    }
}
