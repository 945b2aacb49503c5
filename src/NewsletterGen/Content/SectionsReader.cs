using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen.Content;

/// <summary>Reads site.yml's `sections:`, a map from a folder below content/posts/ to its
/// settings (`title`, `description`, `in_main_feed`, `permalink`).</summary>
internal static class SectionsReader
{
    /// <summary>Folders whose URL the site already uses for its own pages and files.</summary>
    private static readonly string[] Reserved = ["posts", "page", "tags", "archive", "assets", "search", "subscribe"];

    public static IReadOnlyList<SectionSettings> Read(YamlValues reader, YamlValue node, DiagnosticBag diagnostics)
    {
        var sections = new List<SectionSettings>();
        foreach (var (folder, keyStart, value) in reader.Entries(node, DiagnosticCodes.InvalidSection,
                     "'sections' must map a folder of content/posts/ to its settings, e.g.\n  sections:\n    team-notes:\n      title: Team notes"))
        {
            if (!Slug.IsSafe(folder) || Slug.From(folder) != folder || Reserved.Contains(folder))
            {
                var why = Reserved.Contains(folder) ? $"/{folder}/ is already one of the site's own URLs" : "a section's folder is its URL prefix";
                diagnostics.Error(DiagnosticCodes.InvalidSection, reader.At(keyStart),
                    $"section '{folder}' cannot be used: {why}; name the folder with lower-case letters, digits and hyphens, e.g. '{(Reserved.Contains(folder) ? folder + "-notes" : Slug.Suggest(folder))}'");
                continue;
            }

            string? title = null, description = null;
            var inMainFeed = true;
            PermalinkPattern? permalink = null;
            if (value is YamlMap fields)
            {
                foreach (var (field, _, v) in fields.Entries)
                {
                    switch (field)
                    {
                        case "title": title = reader.Text(field, v); break;
                        case "description": description = reader.Text(field, v); break;
                        case "in_main_feed": inMainFeed = reader.Boolean(field, v) ?? true; break;
                        case "permalink": permalink = SiteConfigLoader.ReadPermalink(reader, field, v, diagnostics); break;
                        default:
                            diagnostics.Error(DiagnosticCodes.InvalidSection, reader.At(v),
                                $"unknown section field '{field}'; a section has title, description, in_main_feed and permalink");
                            break;
                    }
                }
            }
            else if (value is YamlText text && !string.IsNullOrWhiteSpace(text.Value) && text.Value != "~" && text.Value != "null")
            {
                title = text.Value.Trim();
            }
            else if (value is not YamlText)
            {
                diagnostics.Error(DiagnosticCodes.InvalidSection, reader.At(value), $"section '{folder}' must have a title, e.g. '{folder}: {{ title: \"Team notes\" }}'");
                continue;
            }

            sections.Add(new SectionSettings(folder, title ?? folder, description ?? string.Empty, inMainFeed, permalink));
        }

        return sections;
    }
}
