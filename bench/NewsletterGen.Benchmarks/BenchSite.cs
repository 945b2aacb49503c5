using System.Diagnostics;
using System.Globalization;

namespace NewsletterGen.Benchmarks;

/// <summary>The site the stage benchmarks read: content/site.yml (bench/newslettergen/site.yml),
/// content/posts/ (a corpus made by ../shared/bench/make-corpus.py) and the repository's templates/.
/// Environment: NLG_BENCH_SITE (use this site folder as it is), NLG_BENCH_POSTS (corpus size,
/// default 200), NLG_THEME (newsletter or minimal), BENCH_DIR (work folder, default
/// /tmp/nlg-bench), CORPUS_SCRIPT (the generator).</summary>
public static class BenchSite
{
    public const string SiteVariable = "NLG_BENCH_SITE";

    public static string Folder =>
        Environment.GetEnvironmentVariable(SiteVariable) is { Length: > 0 } folder
            ? folder
            : throw new InvalidOperationException($"{SiteVariable} is not set; Program.Main sets it before the benchmarks start");

    /// <summary>Makes the site if needed and sets NLG_BENCH_SITE for the benchmark processes
    /// BenchmarkDotNet starts (they inherit this process's environment).</summary>
    public static string Prepare()
    {
        if (Environment.GetEnvironmentVariable(SiteVariable) is { Length: > 0 } given)
        {
            return given;
        }

        var posts = int.Parse(Environment.GetEnvironmentVariable("NLG_BENCH_POSTS") ?? "200", CultureInfo.InvariantCulture);
        var benchDir = Environment.GetEnvironmentVariable("BENCH_DIR") is { Length: > 0 } dir ? dir : "/tmp/nlg-bench";
        var repo = FindRepository();
        var script = Environment.GetEnvironmentVariable("CORPUS_SCRIPT") is { Length: > 0 } s
            ? s
            : Path.GetFullPath(Path.Combine(repo, "..", "shared", "bench", "make-corpus.py"));

        var corpus = Path.Combine(benchDir, "corpus", posts.ToString(CultureInfo.InvariantCulture));
        if (!File.Exists(Path.Combine(corpus, ".complete")))
        {
            MakeCorpus(script, posts, corpus);
        }

        // Laid out anew each time, so that the current templates/ and site.yml are measured.
        var site = Path.Combine(benchDir, "micro", $"newslettergen-{posts}");
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        // NLG_THEME as in run.sh: "newsletter" is the repository's templates/ with its search
        // index, "minimal" the benchmark's own theme; unset, templates/ without the index.
        var theme = Environment.GetEnvironmentVariable("NLG_THEME");
        var siteYml = File.ReadAllLines(Path.Combine(repo, "bench", "newslettergen", "site.yml"));
        Directory.CreateDirectory(Path.Combine(site, "content"));
        File.WriteAllLines(Path.Combine(site, "content", "site.yml"), theme == "newsletter" ? siteYml.Where(l => l != "search_index: false") : siteYml);
        CopyFolder(Path.Combine(corpus, "posts"), Path.Combine(site, "content", "posts"));
        CopyFolder(theme == "minimal" ? Path.Combine(repo, "bench", "newslettergen", "templates") : Path.Combine(repo, "templates"), Path.Combine(site, "templates"));
        Environment.SetEnvironmentVariable(SiteVariable, site);
        return site;
    }

    private static void MakeCorpus(string script, int posts, string corpus)
    {
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"no corpus generator at {script}; set CORPUS_SCRIPT", script);
        }

        var temporary = corpus + ".tmp";
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        var start = new ProcessStartInfo("python3") { UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(posts.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(temporary);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} exited with {process.ExitCode}");
        }

        File.WriteAllText(Path.Combine(temporary, ".complete"), string.Empty);
        if (Directory.Exists(corpus))
        {
            Directory.Delete(corpus, recursive: true);
        }

        Directory.Move(temporary, corpus);
    }

    /// <summary>The repository root: the folder above this program that holds NewsletterGen.sln.</summary>
    private static string FindRepository()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsletterGen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository (NewsletterGen.sln) above " + AppContext.BaseDirectory);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
