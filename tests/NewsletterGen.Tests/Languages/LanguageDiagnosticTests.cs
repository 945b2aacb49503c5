using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Languages;

/// <summary>What a writer gets wrong about languages is reported at its file and line: a
/// translation whose original is missing, two posts claiming the same translation, a language
/// site.yml does not declare, a bad `languages:` entry.</summary>
public sealed class LanguageDiagnosticTests
{
    private static TestSite Build(string posts, string? siteYml = null) =>
        TestSite.Build($"""
            -- content/site.yml --
            {siteYml ?? EditionTests.SiteYml}
            {posts}
            """, o => o with { Now = TestSite.Now });

    [Fact]
    public void Reports_a_translation_whose_original_is_missing()
    {
        using var site = Build(SampleSites.Post("2024-03-01-compute.fr.md", "Le calcul", "2024-03-01", "Texte."));

        site.Result.Succeeded.Should().BeTrue();
        site.Diagnostics.Should().ContainSingle(d => d.Code == "NG0901").Which.ToString().Should()
            .StartWith("content/posts/2024-03-01-compute.fr.md:1:1: warning NG0901:").And.Contain("content/posts/2024-03-01-compute.md");
        site.Exists("fr/posts/le-calcul/index.html").Should().BeTrue("the post is still published in its language");
    }

    [Fact]
    public void Reports_a_translation_key_no_other_post_shares_at_its_line()
    {
        using var site = Build(SampleSites.Post("2024-03-01-compute.md", "Compute", "2024-03-01", "Text.", fields: "translation_key: compute"));

        site.Diagnostics.Should().ContainSingle(d => d.Code == "NG0901").Which.ToString().Should()
            .StartWith("content/posts/2024-03-01-compute.md:4:1: warning NG0901:");
    }

    [Fact]
    public void Reports_two_posts_claiming_the_same_translation()
    {
        using var site = Build($"""
            {SampleSites.Post("2024-03-01-compute.md", "Compute", "2024-03-01", "Text.")}
            {SampleSites.Post("2024-03-01-compute.fr.md", "Le calcul", "2024-03-01", "Texte.")}
            {SampleSites.Post("2024-03-02-calcul.md", "Encore le calcul", "2024-03-02", "Texte.", fields: "lang: fr\ntranslation_key: other")}
            {SampleSites.Post("2024-03-03-calcul-bis.md", "Toujours le calcul", "2024-03-03", "Texte.", fields: "lang: fr\ntranslation_key: other")}
            """);

        site.Result.Succeeded.Should().BeFalse();
        site.Errors.Should().ContainSingle().Which.Should()
            .StartWith("content/posts/2024-03-03-calcul-bis.md:5:1: error NG0902:").And.Contain("content/posts/2024-03-02-calcul.md");
    }

    [Fact]
    public void Reports_a_language_used_in_front_matter_but_not_declared_at_its_line_and_column()
    {
        using var site = Build(SampleSites.Post("2024-03-01-compute.md", "Cómputo", "2024-03-01", "Texto.", fields: "lang: es"));

        site.Result.Succeeded.Should().BeTrue();
        site.Warnings.Should().ContainSingle().Which.Should()
            .StartWith("content/posts/2024-03-01-compute.md:4:1: warning NG0903: language 'es' is not declared");
        site.Exists("posts/computo/index.html").Should().BeTrue("the post stays in the default edition");
    }

    [Fact]
    public void A_site_in_one_language_may_hold_a_post_in_another_without_a_warning()
    {
        using var site = TestSite.Build(SampleSites.Post("2024-03-01-compute.md", "Le calcul", "2024-03-01", "Texte.", fields: "language: fr"), o => o with { Now = TestSite.Now });

        site.Warnings.Should().BeEmpty();
        site.Html("posts/le-calcul/index.html").QuerySelector("h1")!.GetAttribute("lang").Should().Be("fr");
    }

    [Theory]
    [InlineData("languages: [fr, FR!]", "content/site.yml:11:17: error NG0900: 'FR!' is not a language code")]
    [InlineData("languages: [en]", "content/site.yml:11:13: error NG0900: 'en' is the site's default language")]
    [InlineData("languages:\n  fr: 3", "content/site.yml:12:7: error NG0900: language 'fr' takes a title")]
    public void Reports_a_bad_languages_entry_in_site_yml(string languages, string expected)
    {
        using var site = TestSite.Build(SampleSites.SiteYml(languages));

        site.Result.Succeeded.Should().BeFalse();
        site.Errors.Should().ContainSingle().Which.Should().StartWith(expected);
    }
}
