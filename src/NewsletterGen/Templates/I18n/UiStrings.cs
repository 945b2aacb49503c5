using NewsletterGen.Content;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Templates.I18n;

/// <summary>Every i18n file of the theme (templates/i18n/&lt;lang&gt;.yml), parsed once per build
/// and kept with the templates. A theme without the folder has none, and its templates work as
/// before: nothing here is consulted unless a template calls `t` or `t_date`.</summary>
public sealed class UiStrings
{
    public const string Folder = "i18n";

    /// <summary>The language whose words a theme is assumed to have in full when the page's and the
    /// site's languages lack a key: the shipped theme's first language.</summary>
    public const string BaseLanguage = "en";

    public static readonly UiStrings None = new([], []);

    private readonly Dictionary<string, StringsFile> _files;

    private UiStrings(Dictionary<string, StringsFile> files, IReadOnlyList<Diagnostic> warnings)
    {
        _files = files;
        Warnings = warnings;
    }

    public bool IsEmpty => _files.Count == 0;

    /// <summary>Keys some languages have and others lack, found when the files are read; reported
    /// with every build that uses these files, including builds that reuse them unchanged.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>Whether a file is one of the theme's i18n files (a path below templates/).</summary>
    public static bool IsFile(string name) =>
        name.StartsWith(Folder + "/", StringComparison.Ordinal) && name.IndexOf('/', Folder.Length + 1) < 0
        && (name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase));

    /// <summary>The text of <paramref name="key"/> in the file that a template's key is checked
    /// against: the base language's, else any file's; null when no file has the key.</summary>
    public UiText? Any(string key)
    {
        foreach (var file in Ordered())
        {
            if (file.ByKey.TryGetValue(key, out var entry))
            {
                return entry.Text;
            }
        }

        return null;
    }

    public bool Has(string key) => _files.Values.Any(f => f.ByKey.ContainsKey(key));

    /// <summary>Reads the i18n files among <paramref name="texts"/> (paths below templates/); null
    /// after an error.</summary>
    public static UiStrings? Parse(IReadOnlyDictionary<string, string> texts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = new Dictionary<string, StringsFile>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (name, text) in texts.Where(t => IsFile(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var path = $"{ContentLoader.TemplatesFolder}/{name}";
            var language = Languages.Normalize(System.IO.Path.GetFileNameWithoutExtension(name));
            if (files.TryGetValue(language, out var twin))
            {
                diagnostics.Error(DiagnosticCodes.InvalidUiString, SourceLocation.StartOf(path), $"two files give the words of '{language}': {twin.Path} and this one; keep one");
                ok = false;
                continue;
            }

            if (StringsFile.Parse(language, path, text, diagnostics) is { } file)
            {
                files[language] = file;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new UiStrings(files, Missing(files)) : null;
    }

    /// <summary>For each file, every key another file has and it lacks, at the line it would go
    /// on, measured against the base language's file (else the file with most keys).</summary>
    private static List<Diagnostic> Missing(Dictionary<string, StringsFile> files)
    {
        var warnings = new List<Diagnostic>();
        if (files.Count < 2)
        {
            return warnings;
        }

        var ordered = files.Values.OrderByDescending(f => f.Language == BaseLanguage).ThenByDescending(f => f.Entries.Count).ThenBy(f => f.Language, StringComparer.Ordinal).ToList();
        var reported = new HashSet<(string, string)>();
        foreach (var file in ordered)
        {
            // Each missing key once, measured against the first file (in that order) that has it.
            foreach (var reference in ordered.Where(r => r != file))
            {
                foreach (var entry in reference.Entries.Where(e => !file.ByKey.ContainsKey(e.Key) && !StringsFile.OptionalKeys.Contains(e.Key) && reported.Add((file.Language, e.Key))))
                {
                    warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.MissingUiString,
                        new SourceLocation(file.Path, file.LineFor(entry.Key, reference), 1),
                        $"'{entry.Key}' is missing in {Name(file)}: pages in '{file.Language}' show it from the language it falls back to; add it here, as {Name(reference)} has it at line {entry.Line}"));
                }
            }

            foreach (var entry in file.Entries)
            {
                // Translations are measured against the reference file (the base language's), not it against them.
                if (entry.Text is null || file == ordered[0] || ordered.FirstOrDefault(r => r != file && r.ByKey.ContainsKey(entry.Key)) is not { } reference
                    || reference.ByKey[entry.Key].Text is not { } theirs)
                {
                    continue;
                }

                var known = theirs.Forms().SelectMany(m => m.Names).ToHashSet(StringComparer.Ordinal);
                known.Add("count");
                foreach (var unknown in entry.Text.Forms().SelectMany(m => m.Names).Where(n => !known.Contains(n)).Distinct())
                {
                    warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownUiPlaceholder, new SourceLocation(file.Path, entry.Line, 1),
                        $"'{entry.Key}' uses {{{unknown}}}, which {Name(reference)} does not: templates give no such value, so it would print as written; check its spelling"));
                }
            }
        }

        return warnings;
    }

    private static string Name(StringsFile file) => System.IO.Path.GetFileName(file.Path);

    private IEnumerable<StringsFile> Ordered() =>
        _files.Values.OrderByDescending(f => f.Language == BaseLanguage).ThenByDescending(f => f.Entries.Count).ThenBy(f => f.Language, StringComparer.Ordinal);

    /// <summary>The words of <paramref name="language"/>: its file's keys, then for the keys it lacks
    /// those of its primary language ("fr" for "fr-ca"), of the site's language, and of English.
    /// <paramref name="fallback"/> is told when the language has no file of its own.</summary>
    public Words Resolve(string language, string siteLanguage, Action<string>? fallback = null)
    {
        var chain = new[] { language, Languages.Primary(language), siteLanguage, Languages.Primary(siteLanguage), BaseLanguage }
            .Select(Languages.Normalize).Distinct().Where(_files.ContainsKey).Select(l => _files[l]).ToList();
        if (chain.Count == 0 || (chain[0].Language != Languages.Normalize(language) && chain[0].Language != Languages.Primary(language)))
        {
            fallback?.Invoke(chain.Count == 0 ? "no file" : Name(chain[0]));
        }

        var texts = new Dictionary<string, UiText>(StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var file in chain)
        {
            foreach (var entry in file.Entries)
            {
                if (entry.Text is { } text)
                {
                    texts.TryAdd(entry.Key, text);
                }
                else if (entry.Names is { } list)
                {
                    names.TryAdd(entry.Key, list);
                }
            }
        }

        return new Words(Languages.Normalize(language), texts, names);
    }
}
