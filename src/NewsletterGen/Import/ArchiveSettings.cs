using NewsletterGen.Diagnostics;

namespace NewsletterGen.Import;

/// <summary>What the archive's own configuration says about its URLs: Jekyll's `permalink:` in
/// _config.yml, Hugo's `[permalinks]` in hugo.toml, config.toml or their YAML and JSON forms.</summary>
public sealed record ArchiveSettings(string? JekyllPermalink, IReadOnlyDictionary<string, string> HugoPermalinks, string? ConfigFile)
{
    public static readonly ArchiveSettings None = new(null, new Dictionary<string, string>(), null);

    public static ArchiveSettings Jekyll(string siteRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        var path = Path.Combine(siteRoot, "_config.yml");
        var fields = Read(path, FrontMatterFormat.Yaml, diagnostics);
        var permalink = fields?.FirstOrDefault(f => f.Key == "permalink")?.Value is ImportScalar s ? s.Text : null;
        return new ArchiveSettings(permalink, new Dictionary<string, string>(), fields is null ? null : path);
    }

    public static ArchiveSettings Hugo(string siteRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        foreach (var (name, format) in new[] { ("hugo.toml", FrontMatterFormat.Toml), ("config.toml", FrontMatterFormat.Toml), ("hugo.yaml", FrontMatterFormat.Yaml), ("config.yaml", FrontMatterFormat.Yaml), ("hugo.yml", FrontMatterFormat.Yaml), ("config.yml", FrontMatterFormat.Yaml), ("hugo.json", FrontMatterFormat.Json), ("config.json", FrontMatterFormat.Json) })
        {
            var path = Path.Combine(siteRoot, name);
            if (Read(path, format, diagnostics) is not { } fields)
            {
                continue;
            }

            var permalinks = new Dictionary<string, string>(StringComparer.Ordinal);
            if (fields.FirstOrDefault(f => f.Key == "permalinks")?.Value is ImportMap map)
            {
                // Hugo 0.120 and later also accept [permalinks.page], which says the same for pages.
                var page = map.Fields.FirstOrDefault(f => f.Key == "page")?.Value as ImportMap;
                foreach (var field in (page ?? map).Fields)
                {
                    if (field.Value is ImportScalar pattern)
                    {
                        permalinks[field.Key] = pattern.Text;
                    }
                }
            }

            return new ArchiveSettings(null, permalinks, path);
        }

        return None;
    }

    private static IReadOnlyList<ImportField>? Read(string path, FrontMatterFormat format, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        return FieldReader.Read(new SourceSplit(format, text, 1, string.Empty, false, false), path, diagnostics);
    }
}
