using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Incremental;
using NewsletterGen.Templates.I18n;

namespace NewsletterGen.Templates;

/// <summary>Reads and parses the templates, and finds what each reads of the site. They are
/// parsed again only when one of their texts changed; each template keeps its version while its
/// text is the same. A narrow work set reads none: the watcher saw only posts change.</summary>
internal static class TemplateStage
{
    public static CachedTemplates? Run(BuildContext build, WorkSet work)
    {
        var templates = work.IsNarrow ? build.Cache.Templates : Parse(build.Source, build.Cache, build.Diagnostics);
        if (templates is not null && !work.IsNarrow)
        {
            // Kept with the parsed files, so a build that reuses them reports them again (a narrow
            // build carries the last build's diagnostics of every file it did not read).
            build.Diagnostics.AddRange(templates.Set.Strings.Warnings);
        }

        build.Timer.Mark("parse templates");
        return templates;
    }

    private static CachedTemplates? Parse(string source, BuildCache cache, DiagnosticBag diagnostics)
    {
        var texts = TemplateSet.ReadTexts(source, diagnostics);
        if (cache.Templates is { } cached && cached.Texts.Count == texts.Count
            && texts.All(t => cached.Texts.TryGetValue(t.Key, out var old) && old == t.Value))
        {
            return cached;
        }

        var set = TemplateSet.Parse(texts, diagnostics);
        if (set is null)
        {
            return null;
        }

        // Every template may print the theme's words: when an i18n file changed, every template
        // counts as changed, so every page is rendered again.
        var sameWords = cache.Templates is { } last
            && texts.Where(t => UiStrings.IsFile(t.Key)).Count() == last.Texts.Count(t => UiStrings.IsFile(t.Key))
            && texts.Where(t => UiStrings.IsFile(t.Key)).All(t => last.Texts.TryGetValue(t.Key, out var old) && old == t.Value);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, text) in texts)
        {
            var path = $"{ContentLoader.TemplatesFolder}/{name}";
            versions[path] = sameWords && cache.Templates is { } previous && previous.Texts.TryGetValue(name, out var old) && old == text
                ? previous.Versions[path]
                : cache.NextVersion();
        }

        cache.Templates = new CachedTemplates(texts, set, new TemplateDependencies(set), versions);
        return cache.Templates;
    }
}
