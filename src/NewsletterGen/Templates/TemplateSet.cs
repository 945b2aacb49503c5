using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Templates.I18n;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace NewsletterGen.Templates;

/// <summary>Every template of the theme, parsed once. Parsed Scriban templates are immutable and
/// shared by all renders; includes are served from this set, never parsed again per page.</summary>
public sealed class TemplateSet : ITemplateLoader
{
    public static readonly string[] Required = ["layout.html", "post.html", "home.html", "tag.html", "tags.html", "archive.html", "page.html", "404.html"];

    // By path from the site's folder ("templates/post.html"), as includes and diagnostics name
    // them, and by name below templates/ ("post.html"), as pages ask for them.
    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, Template> _byName;

    private TemplateSet(Dictionary<string, Template> templates, UiStrings strings)
    {
        _templates = templates;
        _byName = templates.ToDictionary(t => t.Key[(ContentLoader.TemplatesFolder.Length + 1)..], t => t.Value, StringComparer.Ordinal);
        Strings = strings;
    }

    /// <summary>The theme's words in each language (templates/i18n/*.yml), parsed with the templates.</summary>
    public UiStrings Strings { get; }

    /// <summary>Templates by their path from the site's folder ("templates/post.html", "templates/partials/nav.html").</summary>
    public IReadOnlyDictionary<string, Template> Templates => _templates;

    public static TemplateSet? Load(string sourceDirectory, DiagnosticBag diagnostics) =>
        Parse(ReadTexts(sourceDirectory, diagnostics), diagnostics);

    /// <summary>The text of every template below templates/ (not assets/), and of the i18n files
    /// (i18n/*.yml), keyed by its path below templates/.</summary>
    public static IReadOnlyDictionary<string, string> ReadTexts(string sourceDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var folder = Path.Combine(sourceDirectory, ContentLoader.TemplatesFolder);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in ContentLoader.ListFiles(folder, folder, sourceDirectory, diagnostics))
        {
            var name = ContentLoader.Relative(folder, file);
            if (name.StartsWith("assets/", StringComparison.Ordinal) || (!name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !UiStrings.IsFile(name)))
            {
                continue;
            }

            var path = $"{ContentLoader.TemplatesFolder}/{name}";
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.StartOf(path), e.Message);
                continue;
            }

            var text = TextDecoder.Decode(bytes, path, diagnostics);
            if (text is not null)
            {
                texts[name] = text;
            }
        }

        return texts;
    }

    /// <summary>Parses templates given as text, keyed by their path below templates/.</summary>
    public static TemplateSet? Parse(IReadOnlyDictionary<string, string> texts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ok = true;
        foreach (var required in Required)
        {
            if (!texts.ContainsKey(required))
            {
                diagnostics.Error(DiagnosticCodes.MissingTemplate, SourceLocation.StartOf($"{ContentLoader.TemplatesFolder}/{required}"),
                    $"the theme has no {required}; every theme needs {string.Join(", ", Required)}");
                ok = false;
            }
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (name, text) in texts.Where(t => !UiStrings.IsFile(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var path = $"{ContentLoader.TemplatesFolder}/{name}";
            var template = Template.Parse(text, path);
            foreach (var message in template.Messages)
            {
                if (message.Type == ParserMessageType.Error)
                {
                    diagnostics.Error(DiagnosticCodes.TemplateSyntax, Location(message.Span, path), message.Message);
                    ok = false;
                }
            }

            templates[path] = template;
        }

        var strings = UiStrings.Parse(texts, diagnostics);
        ok &= strings is not null && StringKeyCheck.Run(templates, strings, diagnostics);
        return ok ? new TemplateSet(templates, strings!) : null;
    }

    public bool Contains(string name) => _byName.ContainsKey(name);

    public Template Get(string name) => _byName[name];

    internal void Register(TemplateContext context)
    {
        foreach (var (path, template) in _templates)
        {
            context.CachedTemplates[path] = template;
        }
    }

    public static SourceLocation Location(ScribanSpan span, string fallbackPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    // Includes name templates relative to templates/: {{ include "partials/nav.html" }}.
    string ITemplateLoader.GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName)
    {
        var path = $"{ContentLoader.TemplatesFolder}/{templateName.TrimStart('/')}";
        if (!_templates.ContainsKey(path))
        {
            throw new ScriptRuntimeException(callerSpan, $"there is no template '{templateName}' in {ContentLoader.TemplatesFolder}/");
        }

        return path;
    }

    // Never reached for known templates: Register() put every parsed template in the context's cache.
    string ITemplateLoader.Load(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"there is no template '{templatePath}'");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"there is no template '{templatePath}'");
}
