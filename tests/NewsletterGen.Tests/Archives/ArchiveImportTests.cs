using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using AwesomeAssertions;
using NewsletterGen.Import;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Archives;

/// <summary>Generated archives of a few hundred posts, imported into a fresh site with the
/// repository's own templates and built: every post has its page, every old URL leads to it,
/// the feeds parse, and the import's report says what it changed in each file.</summary>
public sealed class ArchiveImportTests
{
    [Fact]
    public void A_Jekyll_archive_builds_with_every_post_at_its_old_URL()
    {
        using var sample = ArchiveSample.Jekyll(300);
        using var site = ImportAndBuild(sample);
        site.Exists("assets/img/diagram.png").Should().BeTrue("images the posts link to from the site's root are copied to content/static/");
    }

    [Fact]
    public void A_Hugo_archive_builds_with_its_permalink_pattern_and_every_post_at_its_old_URL()
    {
        using var sample = ArchiveSample.Hugo(300);
        using var site = ImportAndBuild(sample, "permalink: /:year/:month/:slug/\nsections:\n  notes: { title: Notes }");
        site.Exists("images/logo.png").Should().BeTrue("Hugo's static/ is copied to content/static/");

        // With Hugo's pattern in site.yml, most posts need no redirect at all.
        var direct = sample.Posts.Where(p => p.Published && p.OldUrl is not null && p.File.StartsWith("content/posts/", StringComparison.Ordinal) && !p.Features.Contains("alias"))
            .Select(p => p.OldUrl!.TrimStart('/') + "index.html")
            .Where(site.Exists)
            .Count(path => site.Html(path).QuerySelector("meta[http-equiv=refresh]") is null);
        direct.Should().BeGreaterThan(50, "Hugo's /:year/:month/:slug/ is the site's pattern: a post whose title makes one slug in both and is not repeated (the import adds the year to a repeated title's slug) is at its old URL itself");
        site.ReadText("_redirects").Should().Contain(" 301\n");

        // Hugo's `notes` section, declared in site.yml, has its own listing and feeds.
        site.Html("notes/index.html").QuerySelector("h1")!.TextContent.Should().Be("Notes");
        using var notes = XmlReader.Create(Path.Combine(site.Output, "notes", "feed.xml"));
        SyndicationFeed.Load(notes).Items.Should().NotBeEmpty();
    }

    /// <summary>Imports the sample into a fresh site and builds it, asserting what every archive
    /// must give: no error, every post, every old URL, feeds that parse, a report of each change.</summary>
    private static TestSite ImportAndBuild(ArchiveSample sample, string siteYml = "")
    {
        var site = TestSite.Create(siteYml.Length == 0 ? string.Empty : "-- content/site.yml --\n" + TestSite.DefaultSiteYml + "\n" + siteYml + "\n");
        try
        {
            var result = ArchiveImporter.Run(new ImportOptions(site.Root, sample.Root, DryRun: false, TestSite.Now));

            result.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
            site.Rebuild();
            site.Errors.Should().BeEmpty();
            site.Result.PostCount.Should().Be(sample.Posts.Where(p => p.Published).Select(p => p.File).Distinct().Count());
            EveryOldUrlLeadsToItsPost(site, sample);
            FeedsParse(site);
            ReportNamesEveryChange(result, sample);
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    [Fact]
    public void The_generated_archives_are_the_same_bytes_every_time()
    {
        using var first = ArchiveSample.Hugo(40);
        using var second = ArchiveSample.Hugo(40);
        Files(first.Root).Should().Equal(Files(second.Root));

        static List<string> Files(string root) =>
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => Path.GetRelativePath(root, f) + "\n" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
                .ToList();
    }

    private static void EveryOldUrlLeadsToItsPost(TestSite site, ArchiveSample sample)
    {
        foreach (var post in sample.Posts.Where(p => p.Published && p.OldUrl is not null))
        {
            var path = post.OldUrl!.TrimStart('/');
            path = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
            site.Exists(path).Should().BeTrue($"{post.File} was published at {post.OldUrl}");
            var page = site.Html(path);
            var refresh = page.QuerySelector("meta[http-equiv=refresh]");
            if (refresh is not null)
            {
                var target = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!);
                target.Host.Should().Be("example.org");
                page = site.Html(Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/') + "index.html");
            }

            page.QuerySelector("h1")!.TextContent.Trim().Should().Be(post.Title, $"{post.OldUrl} leads to {post.File}");
        }
    }

    private static void FeedsParse(TestSite site)
    {
        foreach (var feed in new[] { "feed.xml", "atom.xml" })
        {
            using var reader = XmlReader.Create(Path.Combine(site.Output, feed));
            SyndicationFeed.Load(reader).Items.Should().NotBeEmpty();
        }

        using var json = JsonDocument.Parse(site.ReadText("feed.json"));
        json.RootElement.GetProperty("items").GetArrayLength().Should().BeGreaterThan(0);
    }

    private static readonly Dictionary<string, string[]> ChangeNames = new(StringComparer.Ordinal)
    {
        ["categories"] = ["categories → tags", "category → tags"],
        ["excerpt"] = ["excerpt → summary"],
        ["published"] = ["published: false → draft: true"],
        ["tags"] = ["tags text → list"],
        ["title"] = ["title from the file name"],
        ["date"] = ["date written as"],
        ["permalink"] = ["permalink → aliases"],
        ["url"] = ["url → aliases"],
        ["toml"] = ["TOML → YAML"],
        ["json"] = ["JSON → YAML"],
        ["lastmod"] = ["lastmod → updated"],
        ["publishDate"] = ["publishDate → date"],
        ["expiryDate"] = ["expiryDate → expires"],
        ["crlf"] = ["CRLF → LF"],
        ["bom"] = ["byte order mark removed"],
    };

    private static void ReportNamesEveryChange(ImportResult result, ArchiveSample sample)
    {
        var lines = result.Files.ToDictionary(f => f.Source, f => f.ReportLine, StringComparer.Ordinal);
        foreach (var post in sample.Posts)
        {
            lines.Should().ContainKey(post.File);
            foreach (var feature in post.Features.Where(ChangeNames.ContainsKey))
            {
                ChangeNames[feature].Any(name => lines[post.File].Contains(name, StringComparison.Ordinal))
                    .Should().BeTrue($"the report line '{lines[post.File]}' should name the change '{ChangeNames[feature][0]}'");
            }
        }
    }
}
