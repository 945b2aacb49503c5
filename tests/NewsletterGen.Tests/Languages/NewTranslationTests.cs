using AwesomeAssertions;
using NewsletterGen.Content;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Languages;

/// <summary>`newslettergen new "Titre" --lang fr [--translation-of file]` writes a file the build
/// puts in the right edition, linked to its original.</summary>
public sealed class NewTranslationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static readonly string Original = EditionTests.ComputeInEurope;

    [Fact]
    public void New_with_a_language_writes_lang_in_front_matter_and_a_slug_of_that_language()
    {
        using var site = TestSite.Create($"""
            -- content/site.yml --
            {EditionTests.SiteYml}
            """);

        var result = PostScaffold.Create(site.Root, "Größe zählt", [], isDraft: false, Now, language: "de", translationOf: null);

        result.Diagnostics.Should().BeEmpty();
        result.RelativePath.Should().Be("content/posts/2026-11-27-groesse-zaehlt.md");
        File.ReadAllText(Path.Combine(site.Root, result.RelativePath!)).Should().Contain("\nlang: de\n");
        site.Rebuild(o => o with { Now = TestSite.Now });
        site.Exists("de/posts/groesse-zaehlt/index.html").Should().BeTrue();
    }

    [Fact]
    public void New_translation_of_a_post_is_named_after_it_and_linked_to_it()
    {
        using var site = TestSite.Create($"""
            -- content/site.yml --
            {EditionTests.SiteYml}
            {Original}
            """);

        var result = PostScaffold.Create(site.Root, "Le calcul en Europe", [], isDraft: false, Now, "fr", "content/posts/2024-03-01-compute.md");

        result.Diagnostics.Should().BeEmpty();
        result.RelativePath.Should().Be("content/posts/2024-03-01-compute.fr.md");
        site.Rebuild(o => o with { Now = TestSite.Now });
        site.Errors.Should().BeEmpty();
        site.Html("posts/compute-in-europe/index.html").QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href"))
            .Should().Contain("https://example.org/fr/posts/le-calcul-en-europe/");
    }

    [Fact]
    public void New_translation_copies_the_originals_translation_key()
    {
        using var site = TestSite.Create($"""
            -- content/site.yml --
            {EditionTests.SiteYml}
            {SampleSites.Post("2024-03-01-compute.md", "Compute in Europe", "2024-03-01", "EuroHPC machines.", fields: "translation_key: \"compute\"")}
            """);

        var result = PostScaffold.Create(site.Root, "Rechenleistung", [], isDraft: false, Now, "de", "content/posts/2024-03-01-compute.md");

        File.ReadAllText(Path.Combine(site.Root, result.RelativePath!)).Should().Contain("\ntranslation_key: \"compute\"\n");
    }

    [Theory]
    [InlineData("es", null, "content/site.yml:1:1: error NG0904: --lang es: site.yml does not declare it (declared: en, fr, de)")]
    [InlineData("fr", "content/posts/missing.md", "content/posts/missing.md:1:1: error NG0904: --translation-of names no Markdown post")]
    [InlineData(null, "content/posts/2024-03-01-compute.md", "content/posts/2024-03-01-compute.md:1:1: error NG0904: --translation-of needs --lang")]
    public void New_refuses_an_undeclared_language_or_a_missing_original(string? language, string? original, string expected)
    {
        using var site = TestSite.Create($"""
            -- content/site.yml --
            {EditionTests.SiteYml}
            {Original}
            """);

        var result = PostScaffold.Create(site.Root, "Titre", [], isDraft: false, Now, language, original);

        result.RelativePath.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.ToString().Should().StartWith(expected);
    }
}
