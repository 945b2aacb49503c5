using AwesomeAssertions;
using NewsletterGen.Diagnostics;
using NewsletterGen.Import;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Archives;

/// <summary>One rule of the import at a time, on archives of one or two files.</summary>
public sealed class ImportNormalisationTests : IDisposable
{
    private readonly string _archive = Path.Combine(Path.GetTempPath(), "nlg-archive-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly TestSite _site = TestSite.Create(string.Empty);

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_archive))
        {
            Directory.Delete(_archive, recursive: true);
        }
    }

    private void Archive(string path, string text)
    {
        var full = Path.Combine(_archive, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private ImportResult Import(bool dryRun = false) =>
        ArchiveImporter.Run(new ImportOptions(_site.Root, _archive, dryRun, TestSite.Now));

    private string Imported(string path) => File.ReadAllText(Path.Combine(_site.Root, path));

    [Fact]
    public void TOML_front_matter_becomes_YAML_with_its_tables_and_dates()
    {
        Archive("hugo.toml", "title = \"x\"\n");
        Archive("content/posts/first-a-start.md", "+++\ntitle = \"First: a start\"\ndate = 2020-03-04T10:00:00Z\ntags = [\"go\", \"web\"]\n[params]\n  mood = \"calm\"\n  score = 3\n+++\nBody\n");

        var result = Import();

        result.Diagnostics.Should().BeEmpty();
        Imported("content/posts/first-a-start.md").Should().Be("""
            ---
            title: "First: a start"
            date: 2020-03-04T10:00:00Z
            tags:
              - go
              - web
            params:
              mood: calm
              score: 3
            ---
            Body

            """);
        _site.Rebuild();
        _site.Errors.Should().BeEmpty();
        _site.Html("posts/first-a-start/index.html").QuerySelector("h1")!.TextContent.Should().Be("First: a start");
        _site.OutputFiles().Should().NotContain(f => f.StartsWith("first", StringComparison.Ordinal), "the old URL is the new one: no redirect");
    }

    [Fact]
    public void JSON_front_matter_becomes_YAML()
    {
        Archive("content/posts/j.md", "{\n  \"title\": \"Jay\",\n  \"date\": \"2021-05-06\",\n  \"draft\": true\n}\nBody\n");

        Import().Files.Single().Changes.Should().Contain("JSON → YAML");

        Imported("content/posts/j.md").Should().StartWith("---\ntitle: Jay\ndate: 2021-05-06\ndraft: true\naliases:\n  - /posts/j/\n---\nBody");
    }

    [Fact]
    public void Jekyll_tags_written_as_text_are_split_at_spaces_or_at_commas()
    {
        Archive("_posts/2013-01-02-a.md", "---\ntitle: A\ntags: ruby rails\n---\nA\n");
        Archive("_posts/2013-01-03-b.md", "---\ntitle: B\ntags: \"ruby on rails, web\"\n---\nB\n");

        Import();

        Imported("content/posts/2013-01-02-a.md").Should().Contain("tags:\n  - ruby\n  - rails\n");
        Imported("content/posts/2013-01-03-b.md").Should().Contain("tags:\n  - ruby on rails\n  - web\n");
    }

    [Fact]
    public void Categories_join_the_tags_and_name_the_old_URL()
    {
        Archive("_posts/2013-11-22-hello.md", "---\ntitle: Hello\ncategories: [Ruby, news]\ntags: [ruby]\n---\nHi\n");

        var line = Import().Files.Single().ReportLine;

        Imported("content/posts/2013-11-22-hello.md").Should().Contain("tags:\n  - ruby\n  - news\n").And.Contain("  - /ruby/news/2013/11/22/hello.html\n");
        line.Should().Contain("categories → tags");
    }

    [Fact]
    public void Published_false_becomes_a_draft_and_excerpt_the_summary()
    {
        Archive("_posts/2013-11-22-hidden.md", "---\ntitle: Hidden\npublished: false\nexcerpt: Not yet\n---\nHi\n");

        Import();

        var text = Imported("content/posts/2013-11-22-hidden.md");
        text.Should().Contain("summary: Not yet\n").And.Contain("draft: true\n").And.NotContain("published").And.NotContain("excerpt");
    }

    [Fact]
    public void A_post_Hugo_had_already_expired_is_a_draft_and_reported_at_its_line()
    {
        Archive("content/posts/gone.md", "---\ntitle: Gone\ndate: 2019-01-01\nexpiryDate: 2020-01-01\n---\nHi\n");

        var result = Import();

        var text = Imported("content/posts/gone.md");
        text.Should().Contain("expires: 2020-01-01\ndraft: true\n");
        var line = Array.IndexOf(text.Split('\n'), "expires: 2020-01-01") + 1;
        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.ImportFieldToDecide)
            .Which.Location.Should().Be(new SourceLocation("content/posts/gone.md", line, 1));
    }

    [Fact]
    public void Hugo_lastmod_becomes_updated_and_publishDate_the_date()
    {
        Archive("content/posts/p.md", "---\ntitle: P\ndate: 2019-01-01\npublishDate: 2019-02-01\nlastmod: 2019-03-01\n---\nHi\n");

        Import();

        Imported("content/posts/p.md").Should().StartWith("---\ntitle: P\ndate: 2019-02-01\nupdated: 2019-03-01\n");
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_are_normalised_and_the_body_is_copied_as_written()
    {
        Archive("_posts/2013-11-22-crlf.md", "\uFEFF---\r\ntitle: Crlf\r\n---\r\n{% highlight ruby %}\r\n# x\r\n{% endhighlight %}\r\n");

        var changes = Import().Files.Single().Changes;

        changes.Should().Contain(["byte order mark removed", "CRLF → LF"]);
        Imported("content/posts/2013-11-22-crlf.md").Should().EndWith("---\n{% highlight ruby %}\n# x\n{% endhighlight %}\n").And.NotContain("\r").And.NotContain("\uFEFF");
    }

    [Fact]
    public void The_same_title_in_two_years_gets_two_URLs()
    {
        Archive("_posts/2019-01-01-release-notes.md", "---\ntitle: Release notes\n---\nOne\n");
        Archive("_posts/2020-01-01-release-notes.md", "---\ntitle: Release notes\n---\nTwo\n");

        Import();
        _site.Rebuild();

        _site.Errors.Should().BeEmpty();
        _site.Exists("posts/release-notes/index.html").Should().BeTrue();
        _site.Exists("posts/release-notes-2020/index.html").Should().BeTrue();
        _site.Exists("2020/01/01/release-notes.html").Should().BeTrue();
    }

    [Fact]
    public void A_permalink_style_in_config_yml_decides_the_old_URL()
    {
        Archive("_config.yml", "permalink: pretty\n");
        Archive("_posts/2013-11-22-hello.md", "---\ntitle: Hello\n---\nHi\n");

        Import();

        Imported("content/posts/2013-11-22-hello.md").Should().Contain("aliases:\n  - /2013/11/22/hello/\n");
    }

    [Fact]
    public void Permalinks_in_hugo_toml_decide_the_old_URL()
    {
        Archive("hugo.toml", "[permalinks]\n  posts = \"/:year/:month/:title/\"\n");
        Archive("content/posts/x.md", "+++\ntitle = \"What's new?\"\ndate = 2021-02-03\n+++\nHi\n");

        Import();

        Imported("content/posts/x.md").Should().Contain("  - /2021/02/whats-new/\n");
    }

    [Fact]
    public void A_page_bundle_keeps_its_images_beside_the_post()
    {
        Archive("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2021-02-03\n---\n![Map](map.png)\n");
        Archive("content/posts/trip/map.png", "png");

        Import();
        _site.Rebuild();

        _site.Errors.Should().BeEmpty();
        File.Exists(Path.Combine(_site.Root, "content/posts/trip/map.png")).Should().BeTrue();
        _site.Exists("posts/trip/index.html").Should().BeTrue("the bundle's old URL is kept as an alias");
    }

    [Fact]
    public void An_existing_file_is_never_overwritten_and_is_reported()
    {
        Archive("_posts/2013-11-22-hello.md", "---\ntitle: Hello\n---\nNew\n");
        _site.Write("content/posts/2013-11-22-hello.md", "---\ntitle: Mine\ndate: 2013-11-22\n---\nMine\n");

        var result = Import();

        Imported("content/posts/2013-11-22-hello.md").Should().Be("---\ntitle: Mine\ndate: 2013-11-22\n---\nMine\n");
        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.ImportTargetExists);
        result.Files.Single().Written.Should().BeFalse();
    }

    [Fact]
    public void A_dry_run_writes_nothing()
    {
        Archive("_posts/2013-11-22-hello.md", "---\ntitle: Hello\ncategories: ruby\n---\nHi\n");

        var result = Import(dryRun: true);

        result.Files.Single().Changes.Should().Contain("categories → tags");
        Directory.Exists(Path.Combine(_site.Root, "content/posts")).Should().BeFalse();
        result.Summary.Should().StartWith("Would import");
    }

    [Fact]
    public void Malformed_TOML_is_reported_at_its_line_in_the_archive()
    {
        Archive("content/posts/bad.md", "+++\ntitle = \"ok\"\ndate = = 2020\n+++\nHi\n");

        var result = Import();

        var error = result.Diagnostics.Should().ContainSingle(d => d.IsError).Which;
        error.Code.Should().Be(DiagnosticCodes.ImportMalformedFrontMatter);
        error.Location.File.Should().EndWith("bad.md");
        error.Location.Line.Should().Be(3);
        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void A_post_without_a_title_is_named_after_its_file()
    {
        Archive("_posts/2013-11-22-why-we-moved.md", "---\nlayout: post\n---\nHi\n");

        var result = Import();

        Imported("content/posts/2013-11-22-why-we-moved.md").Should().StartWith("---\ntitle: Why We Moved\n");
        result.Files.Single().Changes.Should().Contain(["title from the file name", "layout left out"]);
    }

    [Fact]
    public void Settings_NewsletterGen_does_not_read_are_kept_and_reported()
    {
        Archive("content/posts/m.md", "---\ntitle: M\ndate: 2021-01-01\nmenu: main\nweight: 3\ncomments: true\n---\nHi\n");

        var result = Import();

        Imported("content/posts/m.md").Should().Contain("menu: main\nweight: 3\ncomments: true\n");
        result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ImportFieldToDecide).Select(d => d.Message[..8])
            .Should().BeEquivalentTo(["'menu' p", "'weight'"]);
        result.Files.Single().Changes.Should().Contain("kept as written: menu, weight, comments");
    }
}
