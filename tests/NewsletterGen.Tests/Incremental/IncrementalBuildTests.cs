using AwesomeAssertions;
using NewsletterGen.Incremental;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Incremental;

/// <summary>The preview rebuilds with a <see cref="BuildCache"/>: only what a change affects is
/// rendered and written again. Whatever the change, the folder it leaves must equal, byte for
/// byte, what a clean build of the same sources makes, and it must report the same diagnostics.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string Site = """
        -- content/posts/2024-03-01-compute.md --
        ---
        title: Compute in Europe
        date: 2024-03-01
        tags: [Compute, EU AI Act]
        ---
        ## Where the chips are

        EuroHPC machines, and what they cost. See [the AI Act](2024-04-01-act.md#obligations).

        ## Who pays

        Member states.

        ## What next

        More of it.
        -- content/posts/2024-04-01-act.md --
        ---
        title: The AI Act in force
        date: 2024-04-01
        tags: [EU AI Act]
        ---
        ## Obligations

        Providers of general-purpose models publish a summary of their training data.
        -- content/posts/2024-05-01-mistral.md --
        ---
        title: Mistral's open weights
        date: 2024-05-01
        tags: [Mistral, Open weights, Compute]
        ---
        Mistral released weights under Apache 2.0. ![A map](map.svg)
        Earlier: [compute](2024-03-01-compute.md).
        -- content/posts/map.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
        -- content/posts/2024-06-01-gdpr.md --
        ---
        title: GDPR and training data
        date: 2024-06-01
        tags: [GDPR]
        ---
        Legitimate interest, the EDPB says, with conditions.
        -- content/posts/2024-07-01-weights.md --
        ---
        title: What open weights mean
        date: 2024-07-01
        tags: [Open weights]
        ---
        Weights, not training data. Compare [Mistral](2024-05-01-mistral.md).
        -- content/pages/about.md --
        ---
        title: About
        ---
        A newsletter about European AI.
        -- content/static/robots-note.txt --
        Hello.
        """;

    private readonly TestSite _site = TestSite.Create(Site);
    private readonly BuildCache _cache = new();

    // The sequence test applies every change in turn; some then find their file gone or changed.
    private bool _lenient;

    public IncrementalBuildTests() => BuildIncrementally().Succeeded.Should().BeTrue();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Changes() =>
    [
        "editing a post's body",
        "editing a post's title",
        "changing a post's tags",
        "adding a post",
        "adding a post with a new tag",
        "renaming a post's file that another post links to",
        "deleting a post that another post links to",
        "changing a post's slug",
        "renaming a heading another post links to",
        "making a post a draft",
        "dating a post in the future",
        "editing the post template",
        "editing a partial",
        "editing the layout",
        "adding a template",
        "editing the theme's English words",
        "editing site.yml",
        "editing a page",
        "adding a page",
        "adding a static file",
        "deleting a static file",
        "saving a file unchanged",
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void An_incremental_build_equals_a_clean_build_after(string change)
    {
        Apply(change);

        var incremental = BuildIncrementally();

        incremental.Succeeded.Should().BeTrue(string.Join("\n", incremental.Diagnostics));
        ShouldEqualCleanBuild(incremental);
    }

    [Fact]
    public void Many_changes_in_a_row_still_equal_a_clean_build_after_each()
    {
        _lenient = true;
        foreach (var change in Changes())
        {
            Apply(change);
            var incremental = BuildIncrementally();
            incremental.Succeeded.Should().BeTrue($"after {change}");
            ShouldEqualCleanBuild(incremental);
        }
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void An_incremental_build_told_what_changed_by_a_watcher_equals_a_clean_build_after(string change)
    {
        var before = Sources();
        Apply(change);
        ReportChangesSince(before);

        var incremental = BuildIncrementally();

        incremental.Succeeded.Should().BeTrue(string.Join("\n", incremental.Diagnostics));
        ShouldEqualCleanBuild(incremental);
    }

    [Fact]
    public void Many_changes_told_by_a_watcher_in_a_row_still_equal_a_clean_build_after_each()
    {
        _lenient = true;
        foreach (var change in Changes())
        {
            var before = Sources();
            Apply(change);
            ReportChangesSince(before);
            var incremental = BuildIncrementally();
            incremental.Succeeded.Should().BeTrue($"after {change}");
            ShouldEqualCleanBuild(incremental);
        }
    }

    [Fact]
    public void Editing_a_sentence_of_a_post_patches_the_last_build_and_rewrites_only_its_page_its_feeds_and_its_years_search_shard()
    {
        var timesBefore = FileTimes();
        var before = Sources();
        Replace("content/posts/2024-03-01-compute.md", "Member states.", "Member states, and the Commission.");
        ReportChangesSince(before);

        var result = BuildIncrementally();

        result.PatchedLastBuild.Should().BeTrue();
        result.RenderedDocuments.Should().Be(1);
        result.RenderedPages.Should().Be(1);
        _site.ReadText("posts/compute-in-europe/index.html").Should().Contain("Member states, and the Commission.");
        var rewritten = FileTimes().Where(f => timesBefore.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        rewritten.Should().Equal(
            "atom.xml", "feed.json", "feed.xml", "posts/compute-in-europe/index.html", "search/index-2024.json",
            "tags/compute/atom.xml", "tags/compute/feed.json", "tags/compute/feed.xml",
            "tags/eu-ai-act/atom.xml", "tags/eu-ai-act/feed.json", "tags/eu-ai-act/feed.xml");
        ShouldEqualCleanBuild(result);
    }

    [Fact]
    public void A_build_over_everything_after_a_narrow_one_renders_nothing_again()
    {
        var before = Sources();
        Replace("content/posts/2024-03-01-compute.md", "Member states.", "Member states, and the Commission.");
        ReportChangesSince(before);
        BuildIncrementally().PatchedLastBuild.Should().BeTrue();

        // No watcher report: every file is looked at, and every stage asks the cache.
        var result = BuildIncrementally();

        result.PatchedLastBuild.Should().BeFalse();
        result.RenderedDocuments.Should().Be(0, "the narrow build kept the post's entry");
        result.RenderedPages.Should().Be(0, "the narrow build kept the post's page under the key a build over everything gives it");
        ShouldEqualCleanBuild(result);
    }

    [Fact]
    public void A_retag_that_changes_the_related_posts_of_a_related_post_renders_again_the_pages_that_show_them()
    {
        File.AppendAllText(Path.Combine(_site.Root, "templates", "post.html"),
            "\n<aside id=\"two-steps\">{{ for r in post.related }}{{ r.title }}:{{ for rr in r.related }}{{ rr.title }};{{ end }}|{{ end }}</aside>\n");
        BuildIncrementally().Succeeded.Should().BeTrue();
        var before = Sources();

        // GDPR's post now shares a tag with "What open weights mean", a related post of Mistral's.
        Replace("content/posts/2024-06-01-gdpr.md", "tags: [GDPR]", "tags: [GDPR, Open weights]");
        ReportChangesSince(before);
        var result = BuildIncrementally();

        result.Succeeded.Should().BeTrue();
        var mistral = _site.OutputFiles().Single(f => f.StartsWith("posts/mistral", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal));
        _site.Html(mistral).QuerySelector("#two-steps")!.TextContent.Should().Contain("GDPR and training data");
        ShouldEqualCleanBuild(result);
    }

    [Fact]
    public void Without_a_search_index_a_sentence_edit_is_still_patched_and_equals_a_clean_build()
    {
        var before = Sources();
        File.AppendAllText(Path.Combine(_site.Root, "content", "site.yml"), "\nsearch_index: false\n");
        ReportChangesSince(before);
        var full = BuildIncrementally();
        full.PatchedLastBuild.Should().BeFalse();
        _site.Exists("search/index.json").Should().BeFalse("the incremental build deletes what a setting turned off");
        ShouldEqualCleanBuild(full);

        before = Sources();
        Replace("content/posts/2024-03-01-compute.md", "Member states.", "Member states, and the Commission.");
        ReportChangesSince(before);
        var patched = BuildIncrementally();

        patched.PatchedLastBuild.Should().BeTrue();
        _site.Exists("search/index.json").Should().BeFalse();
        ShouldEqualCleanBuild(patched);
    }

    [Fact]
    public void A_theme_that_starts_showing_related_posts_and_json_ld_gets_them_in_the_next_build()
    {
        // A theme that reads neither: the build skips making them (TemplateDependencies.MayRead).
        var before = Sources();
        _site.Write("templates/post.html", "<h1>{{ post.title }}</h1>\n{{ post.content }}\n");
        _site.Write("templates/layout.html", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n");
        ReportChangesSince(before);
        var plain = BuildIncrementally();
        plain.Succeeded.Should().BeTrue(string.Join("\n", plain.Diagnostics));
        ShouldEqualCleanBuild(plain);

        before = Sources();
        _site.Write("templates/post.html", "<h1>{{ post.title }}</h1>\n{{ post.content }}\n<ul class=\"related\">{{ for r in post.related }}<li>{{ r.title }}</li>{{ end }}</ul>\n");
        _site.Write("templates/layout.html", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>{{ page.title }}</title><script type=\"application/ld+json\">{{ page.json_ld }}</script></head><body>{{ content }}</body></html>\n");
        ReportChangesSince(before);
        var showing = BuildIncrementally();

        showing.Succeeded.Should().BeTrue(string.Join("\n", showing.Diagnostics));
        var page = _site.Html("posts/compute-in-europe/index.html");
        page.QuerySelectorAll(".related li").Select(li => li.TextContent).Should().Contain("The AI Act in force");
        page.QuerySelector("script[type='application/ld+json']")!.TextContent.Should().Contain("\"BlogPosting\"");
        ShouldEqualCleanBuild(showing);
    }

    [Fact]
    public void A_patched_build_is_what_the_next_patch_and_the_next_full_build_start_from()
    {
        var steps = new (string Path, string Old, string New, bool Patched)[]
        {
            ("content/posts/2024-03-01-compute.md", "Member states.", "Member states alone.", true),
            ("content/posts/2024-07-01-weights.md", "Compare [Mistral](2024-05-01-mistral.md).", "Compare [Mistral](2024-05-01-mistral.md).\n\nA second paragraph.", true),
            ("content/posts/2024-03-01-compute.md", "More of it.", "More of it, soon.", true),
            ("content/posts/2024-03-01-compute.md", "title: Compute in Europe", "title: Compute in the EU", false),
            ("content/posts/2024-03-01-compute.md", "Member states alone.", "Member states, again.", true),
        };
        foreach (var (path, old, replacement, patched) in steps)
        {
            var before = Sources();
            Replace(path, old, replacement);
            ReportChangesSince(before);

            var result = BuildIncrementally();

            result.PatchedLastBuild.Should().Be(patched, $"after replacing '{old}' in {path}");
            ShouldEqualCleanBuild(result);
        }
    }

    [Fact]
    public void Renaming_a_heading_another_post_links_to_is_not_patched_and_the_broken_anchor_is_reported()
    {
        var before = Sources();
        Replace("content/posts/2024-04-01-act.md", "## Obligations", "## Duties");
        ReportChangesSince(before);

        var result = BuildIncrementally();

        result.PatchedLastBuild.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == NewsletterGen.Diagnostics.DiagnosticCodes.BrokenAnchor && d.Location.File == "content/posts/2024-03-01-compute.md");
        ShouldEqualCleanBuild(result);
    }

    [Fact]
    public void A_warning_a_save_adds_to_a_post_is_reported_by_the_patch_and_leaves_with_the_fix()
    {
        var before = Sources();
        Replace("content/posts/2024-03-01-compute.md", "Member states.", "Member states. See [the plan](/nowhere/).");
        ReportChangesSince(before);

        var broken = BuildIncrementally();

        broken.PatchedLastBuild.Should().BeTrue();
        broken.Diagnostics.Should().ContainSingle(d => d.Location.File == "content/posts/2024-03-01-compute.md" && d.Message.Contains("/nowhere/"));
        ShouldEqualCleanBuild(broken);

        before = Sources();
        Replace("content/posts/2024-03-01-compute.md", " See [the plan](/nowhere/).", string.Empty);
        ReportChangesSince(before);
        var fixedBuild = BuildIncrementally();

        fixedBuild.PatchedLastBuild.Should().BeTrue();
        fixedBuild.Diagnostics.Should().BeEmpty();
        ShouldEqualCleanBuild(fixedBuild);
    }

    [Fact]
    public void A_save_after_a_scheduled_post_fell_due_is_a_full_build_that_publishes_it()
    {
        _site.Write("content/posts/2024-09-01-due.md", "---\ntitle: Due soon\ndate: " + TestSite.Now.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\n---\nScheduled.\n");
        var later = TestSite.Now.AddDays(3);
        SiteBuild.Run(new BuildOptions(_site.Root, _site.Output, Now: TestSite.Now), _cache).Succeeded.Should().BeTrue();
        var before = Sources();
        Replace("content/posts/2024-03-01-compute.md", "Member states.", "Member states, later.");
        ReportChangesSince(before);

        var result = SiteBuild.Run(new BuildOptions(_site.Root, _site.Output, Now: later), _cache);

        result.PatchedLastBuild.Should().BeFalse();
        _site.OutputFiles().Should().Contain("posts/due-soon/index.html");
        CleanBuild.Run(_site, later).Succeeded.Should().BeTrue();
        CleanBuild.ShouldHoldTheCleanBuildsFiles(_site);
    }

    [Fact]
    public void Editing_one_posts_body_renders_it_again_and_rewrites_only_files_whose_bytes_changed()
    {
        var timesBefore = FileTimes();
        Apply("editing a post's body");

        var result = BuildIncrementally();

        result.RenderedDocuments.Should().Be(1);
        result.RenderedPages.Should().BeLessThan(timesBefore.Keys.Count(f => f.EndsWith(".html", StringComparison.Ordinal)));
        var rewritten = FileTimes().Where(f => timesBefore.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key).ToList();
        rewritten.Should().Contain(["posts/gdpr-and-training-data/index.html", "feed.xml", "search/index-2024.json"]);

        // Pages that show only the post's title were rendered again, but their bytes are the same.
        rewritten.Should().NotContain(["posts/what-open-weights-mean/index.html", "archive/index.html", "tags/compute/index.html", "about/index.html"]);
    }

    [Fact]
    public void Editing_a_posts_title_renders_the_pages_that_list_it_and_its_neighbours()
    {
        Apply("editing a post's title");

        var result = BuildIncrementally();

        result.RenderedDocuments.Should().Be(1);
        result.RenderedPages.Should().BeGreaterThan(3).And.BeLessThan(_site.OutputFiles().Count(f => f.EndsWith(".html", StringComparison.Ordinal)));
        _site.Html("index.html").QuerySelectorAll("h2 a, h3 a").Select(a => a.TextContent.Trim()).Should().Contain("GDPR, training data and the EDPB");
        ShouldEqualCleanBuild(result);
    }

    [Fact]
    public void A_build_told_by_a_watcher_which_files_changed_reads_only_those_and_equals_a_clean_build()
    {
        Apply("editing a post's body");
        var changed = Path.Combine(_site.Root, "content/posts/2024-06-01-gdpr.md");

        // Another post changed on disk but not in the watcher's (complete) report is not looked at.
        var unreported = Path.Combine(_site.Root, "content/posts/2024-07-01-weights.md");
        var before = File.ReadAllText(unreported);
        File.WriteAllText(unreported, before.Replace("Weights, not training data.", "Unreported.", StringComparison.Ordinal));
        _cache.Changes = new SourceChanges(new HashSet<string> { changed }, StructureChanged: false, Complete: true);

        var result = BuildIncrementally();

        result.RenderedDocuments.Should().Be(1);
        _site.ReadText("posts/what-open-weights-mean/index.html").Should().NotContain("Unreported.");
        File.WriteAllText(unreported, before);
        ShouldEqualCleanBuild(result);
    }

    [Fact]
    public void A_build_told_that_the_watcher_missed_changes_looks_at_every_file()
    {
        Replace("content/posts/2024-07-01-weights.md", "Weights, not training data.", "Seen anyway.");
        _cache.Changes = new SourceChanges(new HashSet<string>(), StructureChanged: true, Complete: false);

        var result = BuildIncrementally();

        _site.ReadText("posts/what-open-weights-mean/index.html").Should().Contain("Seen anyway.");
        ShouldEqualCleanBuild(result);
    }

    [Fact]
    public void A_second_save_of_the_same_size_right_after_the_first_is_not_missed()
    {
        // The kernel's file times are coarse: two writes a millisecond apart can share a time.
        _site.Write("content/pages/about.md", "---\ntitle: About\n---\nVersion AAAA.\n");
        BuildIncrementally();
        _site.Write("content/pages/about.md", "---\ntitle: About\n---\nVersion BBBB.\n");

        BuildIncrementally();

        _site.ReadText("about/index.html").Should().Contain("Version BBBB.");
    }

    [Fact]
    public void A_broken_change_leaves_the_output_and_its_fix_equals_a_clean_build()
    {
        var before = _site.ReadText("posts/gdpr-and-training-data/index.html");
        _site.Write("content/posts/2024-06-01-gdpr.md", "---\ntitle: [unclosed\ndate: 2024-06-01\n---\nBody.\n");

        var broken = BuildIncrementally();

        broken.Succeeded.Should().BeFalse();
        broken.Diagnostics.Should().Contain(d => d.IsError && d.Location.File == "content/posts/2024-06-01-gdpr.md" && d.Location.Line == 2);
        _site.ReadText("posts/gdpr-and-training-data/index.html").Should().Be(before);

        _site.Write("content/posts/2024-06-01-gdpr.md", "---\ntitle: GDPR and training data, fixed\ndate: 2024-06-01\n---\nBody.\n");
        var fixedBuild = BuildIncrementally();

        fixedBuild.Succeeded.Should().BeTrue();
        ShouldEqualCleanBuild(fixedBuild);
    }

    [Fact]
    public void Warnings_of_unchanged_posts_are_reported_again_by_every_build()
    {
        _site.Write("content/posts/2024-06-01-gdpr.md", "---\ntitle: GDPR and training data\ndate: 2024-06-01\ntags: [GDPR]\nauthors: [nobody]\n---\nSee [missing](/nowhere/).\n");
        var first = BuildIncrementally();
        _site.Write("content/pages/about.md", "---\ntitle: About\n---\nChanged.\n");

        var second = BuildIncrementally();

        first.Diagnostics.Should().Contain(d => d.Code == "NG0401" || d.Code == "NG0106");
        second.Diagnostics.Select(d => d.ToString()).Should().Equal(first.Diagnostics.Select(d => d.ToString()));
    }

    private BuildResult BuildIncrementally() =>
        SiteBuild.Run(new BuildOptions(_site.Root, _site.Output, Now: TestSite.Now), _cache);

    private Dictionary<string, byte[]> Sources() => WatchedSources.Snapshot(_site.Root);

    private void ReportChangesSince(Dictionary<string, byte[]> before) => _cache.Changes = WatchedSources.ChangesSince(_site.Root, before);

    private Dictionary<string, DateTime> FileTimes() =>
        _site.OutputFiles().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(_site.Output, f)), StringComparer.Ordinal);

    /// <summary>Builds the same sources from scratch into another folder and compares every file.</summary>
    private void ShouldEqualCleanBuild(BuildResult incremental) => CleanBuild.ShouldEqual(_site, incremental);

    private void Apply(string change)
    {
        switch (change)
        {
            case "editing a post's body":
                Replace("content/posts/2024-06-01-gdpr.md", "with conditions.", "with conditions, and a balancing test.");
                break;
            case "editing a post's title":
                Replace("content/posts/2024-06-01-gdpr.md", "title: GDPR and training data", "title: GDPR, training data and the EDPB\nslug: gdpr-and-training-data");
                break;
            case "changing a post's tags":
                Replace("content/posts/2024-07-01-weights.md", "tags: [Open weights]", "tags: [Open weights, Mistral]");
                break;
            case "adding a post":
                _site.Write("content/posts/2024-08-01-sovereign.md", "---\ntitle: Sovereign clouds\ndate: 2024-08-01\ntags: [Compute]\n---\nLinks to [the act](2024-04-01-act.md).\n");
                break;
            case "adding a post with a new tag":
                _site.Write("content/posts/2024-08-02-chips.md", "---\ntitle: Chips Act\ndate: 2024-08-02\ntags: [Semiconductors]\n---\nFabs.\n");
                break;
            case "renaming a post's file that another post links to":
                Move("content/posts/2024-05-01-mistral.md", "content/posts/2024-05-02-mistral-weights.md");
                Replace("content/posts/2024-05-02-mistral-weights.md", "date: 2024-05-01", "date: 2024-05-02");
                break;
            case "deleting a post that another post links to":
                File.Delete(Path.Combine(_site.Root, "content/posts/2024-04-01-act.md"));
                break;
            case "changing a post's slug":
                Replace("content/posts/2024-05-01-mistral.md", "tags: [Mistral", "slug: mistral-apache\ntags: [Mistral");
                break;
            case "renaming a heading another post links to":
                Replace("content/posts/2024-04-01-act.md", "## Obligations", "## Duties");
                break;
            case "making a post a draft":
                Replace("content/posts/2024-07-01-weights.md", "tags: [Open weights]", "tags: [Open weights]\ndraft: true");
                break;
            case "dating a post in the future":
                Replace("content/posts/2024-06-01-gdpr.md", "date: 2024-06-01", "date: 2031-06-01");
                break;
            case "editing the post template":
                Replace("templates/post.html", "<article class=\"post\">", "<article class=\"post issue\">");
                break;
            case "editing a partial":
                Replace("templates/partials/post-list.html", "<", "<!-- list -->\n<", once: true);
                break;
            case "editing the layout":
                Replace("templates/layout.html", "</body>", "<!-- edited --></body>");
                break;
            case "adding a template":
                _site.Write("templates/partials/unused.html", "<p>unused</p>");
                break;
            case "editing the theme's English words":
                Replace("templates/i18n/en.yml", "\"{count} min read\"", "\"{count} minutes\"");
                break;
            case "editing site.yml":
                Replace("content/site.yml", "title: Test Letter", "title: Sovereign Test Letter");
                break;
            case "editing a page":
                Replace("content/pages/about.md", "title: About", "title: About us");
                break;
            case "adding a page":
                _site.Write("content/pages/contact.md", "---\ntitle: Contact\n---\nWrite to us.\n");
                break;
            case "adding a static file":
                _site.Write("content/static/images/new.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
                break;
            case "deleting a static file":
                File.Delete(Path.Combine(_site.Root, "content/static/robots-note.txt"));
                break;
            case "saving a file unchanged":
                var path = Path.Combine(_site.Root, "content/posts/2024-03-01-compute.md");
                File.WriteAllText(path, File.ReadAllText(path));
                break;
            default:
                throw new ArgumentException($"unknown change '{change}'", nameof(change));
        }
    }

    private void Replace(string path, string old, string replacement, bool once = false)
    {
        var full = Path.Combine(_site.Root, path);
        if (!File.Exists(full) && _lenient)
        {
            return;
        }

        var text = File.ReadAllText(full);
        var index = text.IndexOf(old, StringComparison.Ordinal);
        if (index < 0)
        {
            if (!_lenient)
            {
                throw new InvalidOperationException($"{path} should contain '{old}' for the change to mean anything");
            }

            return;
        }

        text = once ? text[..index] + replacement + text[(index + old.Length)..] : text.Replace(old, replacement, StringComparison.Ordinal);
        File.WriteAllText(full, text);
    }

    private void Move(string from, string to)
    {
        var source = Path.Combine(_site.Root, from);
        if (File.Exists(source))
        {
            File.Move(source, Path.Combine(_site.Root, to));
        }
    }
}
