using System.Globalization;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using NewsletterGen.Output;
using NewsletterGen.Performance;
using NewsletterGen.Templates.I18n;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsletterGen.Templates;

/// <summary>Renders every HTML page of the site: each page kind with its template, then the result
/// inside layout.html. Pages are rendered in parallel; each render has its own TemplateContext,
/// since a context is mutable, while parsed templates and the site model are shared.</summary>
public sealed class PageRenderer
{
    private readonly TemplateSet _templates;
    private readonly Site _site;
    private readonly ScriptObject _functions;

    // Scriban's built-in functions, made once and shared: building them is the most expensive
    // part of a TemplateContext, and templates only read them (assignments go to the page's
    // own globals).
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly CultureInfo _culture;
    private readonly PageWords _words;

    // Each other language's culture, pushed around its edition's pages.
    private readonly Dictionary<string, CultureInfo> _cultures;
    private static readonly HtmlIncludeFunction IncludeFunction = new();

    public PageRenderer(TemplateSet templates, Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _templates = templates;
        _site = site;
        _culture = CultureFor(site.Language);
        _words = new PageWords(templates.Strings, site.Language);
        _cultures = site.Editions.ToDictionary(e => e.Language, e => CultureFor(e.Language), StringComparer.Ordinal);
        _functions = new ScriptObject();
        _functions["t"] = new TranslateFunction(_words);
        _functions["t_date"] = new DateFunction(_words);
        _functions["raw"] = new OneArgumentFunction((context, value) => value as HtmlFragment ?? new HtmlFragment(context.ObjectToString(value) ?? string.Empty));
        _functions["include"] = IncludeFunction;
        _functions["relative_url"] = new OneArgumentFunction((context, url) => Urls.Root(site.Config, context.ObjectToString(url) ?? string.Empty));
        _functions["absolute_url"] = new OneArgumentFunction((context, url) => Urls.Absolute(site.Config, Urls.Root(site.Config, context.ObjectToString(url) ?? string.Empty)));
    }

    /// <summary>Takes a page as soon as it is rendered (from several threads), its bytes lent
    /// for the call only; what it returns stands for the page from then on. A clean build
    /// writes the page there and keeps only where it is.</summary>
    public delegate OutputFile PageSink(string path, ReadOnlySpan<byte> bytes, string origin);

    /// <param name="written">Where each page goes as soon as it is rendered, if anywhere; else
    /// every page is kept, with its bytes.</param>
    /// <param name="posts">Only the pages of these posts (by index in the site's list), for a
    /// save that changed nothing other pages show of them; every page if null.</param>
    public IReadOnlyList<OutputFile> RenderAll(DiagnosticBag diagnostics, IRenderedPageCache? cache = null, PageSink? written = null, IReadOnlyList<int>? posts = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var jobs = posts is null ? Jobs().ToList() : posts.Select(PostJob).ToList();
        var results = new OutputFile?[jobs.Count];
        var keys = new UInt128?[jobs.Count];
        if (cache is not null)
        {
            Parallel.For(0, jobs.Count, i =>
            {
                keys[i] = cache.Key(jobs[i]);
                if (keys[i] is { } key)
                {
                    results[i] = cache.TryGet(Urls.OutputPath(_site.Config, jobs[i].Url), key);
                }
            });
        }

        var pending = Enumerable.Range(0, jobs.Count).Where(i => results[i] is null).ToList();

        // One TemplateContext per worker, reused page after page: making a context is a large
        // part of rendering a small page. Each page's variables are pushed and popped around it.
        Parallel.For(
            0,
            pending.Count,
            NewWorker,
            (n, _, worker) =>
            {
                var i = pending[n];
                var usable = Render(jobs[i], worker, diagnostics);
                if (usable)
                {
                    var path = Urls.OutputPath(_site.Config, jobs[i].Url);
                    results[i] = written is null
                        ? new OutputFile(path, worker.Output.TakeUtf8(), null, jobs[i].Origin)
                        : written(path, worker.Output.LendUtf8(), jobs[i].Origin);
                }

                return usable ? worker : NewWorker();
            },
            _ => { });
        if (cache is not null)
        {
            var rendered = pending.ToHashSet();
            for (var i = 0; i < jobs.Count; i++)
            {
                if (keys[i] is { } key && results[i] is { } file)
                {
                    cache.Record(file.Path, key, file, rendered.Contains(i));
                }
            }
        }

        _words.Report(diagnostics);

        return results.OfType<OutputFile>().OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private IEnumerable<PageJob> Jobs()
    {
        var root = _site;
        foreach (var site in root.AllEditions)
        {
            foreach (var job in EditionJobs(site))
            {
                yield return job;
            }
        }

        var others = Alternates(root, _ => null, exact: false);
        foreach (var page in root.Pages)
        {
            yield return new PageJob(page.Url, "page.html", () => Info(root, "page", page.Title, page.SummaryText, page.Url, others: others),
                new Dictionary<string, object?> { ["entry"] = page }, page.Source.File);
        }

        var notFound = Urls.Root(root.Config, "404.html");
        yield return new PageJob(notFound, "404.html", () => Info(root, "404", Phrase(root, "title.not_found", "Page not found"), Phrase(root, "description.not_found", "This page does not exist."), notFound, others: others),
            new Dictionary<string, object?>(), "the 404 page");
    }

    /// <summary>The pages of one language's edition: its posts, home pages, tags, archive,
    /// subscribe and search pages.</summary>
    private IEnumerable<PageJob> EditionJobs(Site site)
    {
        var config = site.Config;
        var edition = ReferenceEquals(site, _site) ? null : site;

        for (var i = 0; i < site.Posts.Count; i++)
        {
            yield return PostJob(site, i) with { Edition = edition };
        }

        foreach (var pager in site.Pagers)
        {
            var title = pager.Number == 1 ? site.Title : Phrase(site, "title.home_page", string.Create(CultureInfo.InvariantCulture, $"Page {pager.Number} of {pager.PageCount}"), ("number", pager.Number), ("count", pager.PageCount));
            var others = Alternates(site, s => s.HomeUrl, exact: pager.Number == 1);
            yield return new PageJob(pager.Url, "home.html", () => Info(site, "home", title, site.Description, pager.Url, others: others),
                new Dictionary<string, object?> { ["pager"] = pager }, "the home page") { Edition = edition };
        }

        // A section's pages: its own template if the theme has one, else the home page's.
        var sectionTemplate = _templates.Contains("section.html") ? "section.html" : "home.html";
        foreach (var section in site.Sections)
        {
            foreach (var pager in section.Pagers)
            {
                var title = pager.Number == 1 ? section.Title : string.Create(CultureInfo.InvariantCulture, $"{section.Title}, page {pager.Number} of {pager.PageCount}");
                var description = section.Description.Length > 0 ? section.Description : $"{section.Title}, from {site.Title}.";
                yield return new PageJob(pager.Url, sectionTemplate, () => Info(site, "section", title, description, pager.Url, [.. section.Feeds, .. site.Feeds]),
                    new Dictionary<string, object?> { ["pager"] = pager, ["section"] = section }, $"the section '{section.Folder.TrimEnd('/')}'") { Edition = edition };
            }
        }

        var tagOthers = Alternates(site, s => s.TagsUrl, exact: false);
        foreach (var tag in site.Tags)
        {
            yield return new PageJob(tag.Url, "tag.html", () => Info(site, "tag", Phrase(site, "title.tag", $"Issues tagged “{tag.Name}”", ("tag", tag.Name)), Phrase(site, "description.tag", $"Every issue of {site.Title} about {tag.Name}.", ("site", site.Title), ("tag", tag.Name)), tag.Url, [.. tag.Feeds, .. site.Feeds], tagOthers),
                new Dictionary<string, object?> { ["tag"] = tag }, $"the tag '{tag.Name}'") { Edition = edition };
        }

        var tagsUrl = Urls.TagIndex(config);
        var tagsOthers = Alternates(site, s => s.TagsUrl, exact: true);
        yield return new PageJob(tagsUrl, "tags.html", () => Info(site, "tags", Phrase(site, "title.tags", "Tags"), Phrase(site, "description.tags", $"The subjects {site.Title} covers.", ("site", site.Title)), tagsUrl, others: tagsOthers),
            new Dictionary<string, object?>(), "the tag index") { Edition = edition };

        var archiveUrl = Urls.Archive(config);
        var archiveOthers = Alternates(site, s => s.ArchiveUrl, exact: true);
        yield return new PageJob(archiveUrl, "archive.html", () => Info(site, "archive", Phrase(site, "title.archive", "Archive"), Phrase(site, "description.archive", $"Every issue of {site.Title}, by year.", ("site", site.Title)), archiveUrl, others: archiveOthers),
            new Dictionary<string, object?> { ["years"] = site.Years }, "the archive") { Edition = edition };

        if (_templates.Contains("subscribe.html"))
        {
            var others = Alternates(site, s => s.SubscribeUrl, exact: true);
            yield return new PageJob(site.SubscribeUrl, "subscribe.html", () => Info(site, "subscribe", Phrase(site, "title.subscribe", "Subscribe"), Phrase(site, "description.subscribe", $"Follow {site.Title} in a feed reader: RSS, Atom and JSON Feed.", ("site", site.Title)), site.SubscribeUrl, others: others),
                new Dictionary<string, object?>(), "the subscribe page") { Edition = edition };
        }

        if (_templates.Contains("search.html"))
        {
            var others = Alternates(site, s => s.SearchUrl, exact: true);
            yield return new PageJob(site.SearchUrl, "search.html", () => Info(site, "search", Phrase(site, "title.search", "Search"), Phrase(site, "description.search", $"Search every issue of {site.Title}.", ("site", site.Title)), site.SearchUrl, others: others),
                new Dictionary<string, object?>(), "the search page") { Edition = edition };
        }
    }

    /// <summary>The same page in each language, for the switcher and hreflang: found by
    /// <paramref name="same"/> in each edition, else (null) that edition's home page. Empty on a
    /// site in one language.</summary>
    private List<PageAlternate> Alternates(Site current, Func<Site, string?> same, bool exact)
    {
        if (_site.Editions.Count == 0)
        {
            return [];
        }

        var alternates = new List<PageAlternate>(_site.Editions.Count + 1);
        foreach (var edition in _site.AllEditions)
        {
            var url = same(edition);
            var language = edition.Config.Language;
            var name = _site.Languages.FirstOrDefault(l => l.Code == language)?.Name ?? language;
            alternates.Add(new PageAlternate(language, url ?? edition.HomeUrl, Urls.Absolute(_site.Config, url ?? edition.HomeUrl), name, edition.Title, exact && url is not null,
                ReferenceEquals(edition, current) && url is not null));
        }

        return alternates;
    }

    /// <summary>A post's page in each language: itself, its translations, and the home page of
    /// each language it is not translated into.</summary>
    private List<PageAlternate> Alternates(Site current, Post post)
    {
        if (_site.Editions.Count == 0)
        {
            return [];
        }

        var alternates = new List<PageAlternate>(_site.Editions.Count + 1);
        foreach (var language in _site.Languages)
        {
            if (language.Code == current.Language)
            {
                alternates.Add(new PageAlternate(language.Code, post.Url, post.Permalink, language.Name, language.Title, post.Translations.Count > 0, true));
            }
            else if (post.Translations.FirstOrDefault(t => t.Lang == language.Code) is { } translation)
            {
                alternates.Add(new PageAlternate(language.Code, translation.Url, translation.Permalink, language.Name, language.Title, true, false));
            }
            else
            {
                alternates.Add(new PageAlternate(language.Code, language.HomeUrl, language.HomePermalink, language.Name, language.Title, false, false));
            }
        }

        return alternates;
    }

    /// <summary>The absolute URL of the default language's page among <paramref name="alternates"/>,
    /// when it is the same page and some other language has it too.</summary>
    private static string? HreflangDefault(IReadOnlyList<PageAlternate> alternates) =>
        alternates.Count(a => a.Exact) >= 2 && alternates[0].Exact ? alternates[0].Permalink : null;

    /// <summary>The page of the post at <paramref name="index"/> in the site's list.</summary>
    private PageJob PostJob(int index) => PostJob(_site, index);

    /// <summary>The page of the post at <paramref name="index"/> in the list of one edition.</summary>
    private PageJob PostJob(Site site, int index)
    {
        var post = site.Posts[index];
        return new PageJob(post.Url, "post.html", () =>
            {
                var image = post.Image is { Length: > 0 } cover ? Urls.AbsoluteFrom(site.Config, post.Permalink, cover) : null;
                var alternates = Alternates(site, post);
                return new PageInfo("post", post.Title, post.SummaryText, post.Url, post.Permalink, site.Feeds)
                {
                    Image = image,
                    MakeJsonLd = () => JsonLd.ForPost(site, post, image),
                    Alternates = alternates,
                    HreflangDefault = HreflangDefault(alternates),
                };
            },
            new Dictionary<string, object?>
            {
                ["post"] = post,
                ["newer"] = index > 0 ? site.Posts[index - 1] : null,
                ["older"] = index + 1 < site.Posts.Count ? site.Posts[index + 1] : null,
            },
            post.Source.File);
    }

    /// <summary>A title or description the engine gives a page, in the page's edition's language when the
    /// theme's i18n files have <paramref name="key"/>; else <paramref name="english"/>, as
    /// themes without i18n files have always had it.</summary>
    private string Phrase(Site site, string key, string english, params (string Name, object Value)[] values)
    {
        if (_words.IsEmpty || _words.For(site.Language) is not { } words || words.Find(key) is not { } text)
        {
            return english;
        }

        var message = values.FirstOrDefault(v => v.Name == "count").Value is int count ? text.For(count, words.Plural) : text.Other;
        return message.Format(name => values.FirstOrDefault(v => v.Name == name).Value switch
        {
            int n => words.Number(n),
            string s => s,
            _ => null,
        }).ToString() ?? english;
    }

    private static PageInfo Info(Site site, string kind, string title, string description, string url, IReadOnlyList<FeedLink>? feeds = null, IReadOnlyList<PageAlternate>? others = null)
    {
        var permalink = Urls.Absolute(site.Config, url);
        var type = kind switch { "home" => "WebSite", "page" or "subscribe" or "search" or "404" => "WebPage", _ => "CollectionPage" };
        return new(kind, title, description, url, permalink, feeds ?? site.Feeds)
        {
            MakeJsonLd = () => JsonLd.ForPage(site, type, title, permalink),
            Alternates = others ?? [],
            HreflangDefault = others is null ? null : HreflangDefault(others),
        };
    }

    /// <summary>Renders the page's template into the worker's body buffer, then the layout
    /// around it, in one context; the layout writes the page into the worker's output, where
    /// the caller takes it. False after a template error, which may leave the context's stacks
    /// unbalanced: the caller then starts afresh with a new worker.</summary>
    private bool Render(PageJob job, Worker worker, DiagnosticBag diagnostics)
    {
        var context = worker.Context;
        var variables = new ScriptObject();
        var site = job.Edition ?? _site;
        variables["site"] = site;
        variables["lang"] = site.Language;
        variables["page"] = job.Describe();

        foreach (var (name, value) in job.Variables)
        {
            variables[name] = value;
        }

        // Dates follow the page's language (its edition's), from the theme's i18n files when it
        // has them, else from .NET's culture of that language.
        var culture = _words.IsEmpty ? _culture : _words.For(variables["lang"] as string ?? _site.Language).Culture;
        var editionCulture = job.Edition is not null && _words.IsEmpty;
        context.PushCulture(culture);
        context.PushGlobal(variables);
        if (editionCulture)
        {
            context.PushCulture(_cultures[site.Language]);
        }

        worker.Body.Clear();
        context.PushOutput(worker.Body);
        if (RenderOne(_templates.Get(job.Template), context, diagnostics) is null)
        {
            return false;
        }

        context.PopOutput();
        variables["content"] = new LentHtml(worker.Body);
        worker.Output.Clear();
        context.PushOutput(worker.Output);
        if (RenderOne(_templates.Get("layout.html"), context, diagnostics) is null)
        {
            return false;
        }

        context.PopOutput();
        if (editionCulture)
        {
            context.PopCulture();
        }

        context.PopGlobal();
        context.PopCulture();
        return true;
    }

    /// <summary>Dates in templates read in the site's language ("5 juillet 2024" on a French site).</summary>
    private static CultureInfo CultureFor(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>What one rendering thread reuses from page to page: its context, the buffer its
    /// pages' bodies are written into and the one the layout writes each page into.</summary>
    private sealed record Worker(HtmlEscapingContext Context, PageOutput Body, PageOutput Output);

    private Worker NewWorker() => new(NewContext(), new PageOutput(), new PageOutput());

    private HtmlEscapingContext NewContext()
    {
        var context = new HtmlEscapingContext(_builtins)
        {
            TemplateLoader = _templates,
            StrictVariables = true,
            // A newsletter's archive loops over every issue; Scriban's default stops at 1,000.
            LoopLimit = 0,
            // Post bodies are long strings; Scriban truncates values over 1 MB by default.
            LimitToString = 0,
        };
        context.PushCulture(_culture);
        _templates.Register(context);
        context.PushGlobal(_functions);
        return context;
    }

    private static string? RenderOne(Template template, TemplateContext context, DiagnosticBag diagnostics)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var code = e is UiStringException words ? words.Code : DiagnosticCodes.TemplateRuntime;
            diagnostics.Error(code, TemplateSet.Location(e.Span, template.SourceFilePath ?? "templates"), e.OriginalMessage);
            return null;
        }
    }
}
