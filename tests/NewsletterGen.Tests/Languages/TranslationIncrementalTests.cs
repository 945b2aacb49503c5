using AwesomeAssertions;
using NewsletterGen.Incremental;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Languages;

/// <summary>Adding a translation changes its original's page (hreflang, the switcher) though not
/// its file: after every change to translations, an incremental build, told what changed by a
/// watcher or not, must equal a clean build byte for byte.</summary>
public sealed class TranslationIncrementalTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create(EditionTests.Files);
    private readonly BuildCache _cache = new();

    public TranslationIncrementalTests() => Build().Succeeded.Should().BeTrue();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Changes() =>
    [
        "adding a translation",
        "editing a translation's title",
        "editing a translation's body",
        "removing a translation",
        "giving a post a translation_key its translation shares",
        "moving a post to another language",
        "adding a language to site.yml",
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void An_incremental_build_equals_a_clean_build_after(string change)
    {
        Apply(change);
        ShouldEqualCleanBuild(Build());
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void An_incremental_build_told_what_changed_by_a_watcher_equals_a_clean_build_after(string change)
    {
        var before = Sources();
        Apply(change);
        ReportChangesSince(before);
        ShouldEqualCleanBuild(Build());
    }

    [Fact]
    public void Many_translation_changes_in_a_row_still_equal_a_clean_build_after_each()
    {
        foreach (var change in Changes())
        {
            var before = Sources();
            Apply(change);
            ReportChangesSince(before);
            ShouldEqualCleanBuild(Build());
        }
    }

    [Fact]
    public void Adding_a_translation_renders_its_originals_page_again_with_the_new_hreflang()
    {
        Apply("adding a translation");
        Build();

        _site.Html("posts/the-ai-act-in-force/index.html").QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => l.GetAttribute("hreflang")).Should().Equal("en", "fr", "de", "x-default");
    }

    private BuildResult Build() => SiteBuild.Run(new BuildOptions(_site.Root, _site.Output, Now: TestSite.Now), _cache);

    private void Apply(string change)
    {
        switch (change)
        {
            case "adding a translation":
                _site.Write("content/posts/2024-04-01-act.fr.md", "---\ntitle: Le règlement sur l'IA\ndate: 2024-04-02\ntags: [AI Act]\n---\nObligations.\n");
                Replace("content/posts/2024-04-01-act.md", "translation_key: ai-act\n", string.Empty);
                Replace("content/posts/2024-04-05-ki-verordnung.md", "translation_key: ai-act\n", string.Empty);
                _site.Write("content/posts/2024-04-01-act.de.md", "---\ntitle: Die KI-Verordnung\ndate: 2024-04-05\n---\nPflichten.\n");
                File.Delete(Path.Combine(_site.Root, "content/posts/2024-04-05-ki-verordnung.md"));
                break;
            case "editing a translation's title":
                Replace("content/posts/2024-03-01-compute.fr.md", "title: Le calcul en Europe", "title: Le calcul en Europe, enfin\nslug: le-calcul-en-europe");
                break;
            case "editing a translation's body":
                Replace("content/posts/2024-03-01-compute.fr.md", "Les machines EuroHPC.", "Les machines EuroHPC, et leur prix.");
                break;
            case "removing a translation":
                File.Delete(Path.Combine(_site.Root, "content/posts/2024-03-01-compute.fr.md"));
                break;
            case "giving a post a translation_key its translation shares":
                Replace("content/posts/2024-05-01-seul.md", "language: fr\n", "language: fr\ntranslation_key: compute-2\n");
                Replace("content/posts/2024-03-01-compute.md", "tags: [Compute]", "tags: [Compute]\ntranslation_key: compute-2");
                break;
            case "moving a post to another language":
                Replace("content/posts/2024-05-01-seul.md", "language: fr", "language: de");
                break;
            case "adding a language to site.yml":
                Replace("content/site.yml", "    title: Der Brief", "    title: Der Brief\n  it:\n    title: La Lettera");
                break;
            default:
                throw new ArgumentException($"unknown change '{change}'", nameof(change));
        }
    }

    private void Replace(string path, string old, string replacement)
    {
        var full = Path.Combine(_site.Root, path);
        if (File.Exists(full))
        {
            File.WriteAllText(full, File.ReadAllText(full).Replace(old, replacement, StringComparison.Ordinal));
        }
    }

    private Dictionary<string, byte[]> Sources() => WatchedSources.Snapshot(_site.Root);

    private void ReportChangesSince(Dictionary<string, byte[]> before) => _cache.Changes = WatchedSources.ChangesSince(_site.Root, before);

    private void ShouldEqualCleanBuild(BuildResult incremental) => CleanBuild.ShouldEqual(_site, incremental);
}
