using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Tests.Infrastructure;

/// <summary>A whole small site in a temp folder, written from one string in which each file is a
/// section headed `-- path --`. Files the test leaves out come from defaults: a site.yml and the
/// repository's own templates/. Building writes to `_site` inside the folder; the folder is
/// deleted when the test site is disposed.</summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultSiteYml = """
        title: Test Letter
        description: A newsletter used by tests.
        base_url: https://example.org/
        language: en
        time_zone: Europe/Paris
        posts_per_page: 10
        authors:
          ada:
            name: Ada Example
            url: https://example.org/about/
        """;

    /// <summary>Builds are judged at a fixed moment, so no test depends on today's date.</summary>
    public static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private TestSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public BuildResult Result { get; private set; } = null!;

    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    public IEnumerable<string> Errors => Diagnostics.Where(d => d.IsError).Select(d => d.ToString());

    public IEnumerable<string> Warnings => Diagnostics.Where(d => !d.IsError).Select(d => d.ToString());

    /// <summary>Writes the files and builds once with <paramref name="configure"/> applied to the options.</summary>
    public static TestSite Build(string files, Func<BuildOptions, BuildOptions>? configure = null)
    {
        var site = Create(files);
        try
        {
            site.Rebuild(configure);
        }
        catch
        {
            // The test never gets the site to dispose when the build itself throws.
            site.Dispose();
            throw;
        }

        return site;
    }

    /// <summary>Writes the files without building.</summary>
    public static TestSite Create(string files)
    {
        var root = Path.Combine(Path.GetTempPath(), "nlg-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        var given = Parse(files);
        if (!given.ContainsKey("content/site.yml"))
        {
            site.Write("content/site.yml", DefaultSiteYml);
        }

        if (!given.Keys.Any(k => k.StartsWith("templates/", StringComparison.Ordinal) && TemplateNames.Contains(k["templates/".Length..])))
        {
            CopyDirectory(Path.Combine(RepositoryRoot, "templates"), Path.Combine(root, "templates"));
        }

        foreach (var (path, text) in given)
        {
            site.Write(path, text);
        }

        return site;
    }

    private static readonly HashSet<string> TemplateNames = [.. NewsletterGen.Templates.TemplateSet.Required];

    public BuildResult Rebuild(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = new BuildOptions(Root, Output, Now: Now);
        Result = SiteBuild.Run(configure is null ? options : configure(options));
        return Result;
    }

    public void Write(string path, string text) => WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public string ReadText(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public IHtmlDocument Html(string outputPath) => new HtmlParser().ParseDocument(ReadText(outputPath));

    public XDocument Xml(string outputPath) => XDocument.Load(Path.Combine(Output, outputPath));

    /// <summary>Every file of the output, relative, with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> OutputFiles() =>
        Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Splits "-- path --" sections. Text is taken as written, except that the common
    /// indentation of a raw string literal has already been removed by C#.</summary>
    public static Dictionary<string, string> Parse(string files)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var body = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null)
                {
                    result[current] = string.Join('\n', body) + "\n";
                }

                current = line[3..^3].Trim();
                body.Clear();
            }
            else if (current is not null)
            {
                body.Add(line);
            }
        }

        if (current is not null)
        {
            result[current] = string.Join('\n', body) + "\n";
        }

        return result;
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsletterGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find NewsletterGen.sln above " + AppContext.BaseDirectory);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
