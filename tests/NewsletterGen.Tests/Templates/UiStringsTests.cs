using System.Globalization;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Templates;

/// <summary>The theme's words and dates in the site's language, from templates/i18n/*.yml.</summary>
public class UiStringsTests
{
    private static string SiteYml(string language) => TestSite.DefaultSiteYml.Replace("language: en", $"language: {language}", StringComparison.Ordinal)
        + "\n  bea:\n    name: Bea Beispiel\n";

    private static string Post(string date, int words = 50, string authors = "[ada, bea]") => $"""
        ---
        title: Souveraineté
        date: {date}
        authors: {authors}
        tags: [Open weights]
        ---
        {string.Join(' ', Enumerable.Repeat("mot", words))}
        """;

    private static TestSite Build(string language, string date = "2024-11-15", int words = 50, string extra = "") => TestSite.Build($"""
        -- content/site.yml --
        {SiteYml(language)}
        -- content/posts/a.md --
        {Post(date, words)}
        {extra}
        """);

    private static string Text(TestSite site, string page, string selector) =>
        site.Html(page).QuerySelector(selector)!.TextContent.Trim();

    /// <summary>The shipped theme with its 404.html replaced by <paramref name="template"/>.</summary>
    private static TestSite WithNotFoundTemplate(string template)
    {
        var site = TestSite.Create($"""
            -- content/posts/a.md --
            {Post("2024-11-15")}
            """);
        site.Write("templates/404.html", template);
        site.Rebuild();
        return site;
    }

    [Fact]
    public void A_French_site_prints_the_themes_words_and_dates_in_French()
    {
        using var site = Build("fr");

        site.Errors.Should().BeEmpty();
        var post = site.Html("posts/souverainete/index.html");
        post.DocumentElement.GetAttribute("lang").Should().Be("fr");
        post.QuerySelector(".byline time")!.TextContent.Should().Be("15 novembre 2024");
        post.QuerySelector(".authors")!.TextContent.Should().Be("Par Ada Example et Bea Beispiel");
        post.QuerySelector(".reading-time")!.TextContent.Should().Be("1 min de lecture");
        post.QuerySelector(".skip-link")!.TextContent.Should().Be("Aller au contenu");
        post.QuerySelector(".site-nav")!.GetAttribute("aria-label").Should().Be("Principale");
        post.QuerySelectorAll(".site-nav a").Select(a => a.TextContent).Should().Equal("Numéros", "Archives", "Thèmes", "Recherche", "S’abonner");
        post.QuerySelector(".subscribe-box h2")!.TextContent.Should().Be("Ne manquez aucun numéro");
        post.QuerySelector(".subscribe-box a")!.TextContent.Should().Be("voyez comment vous abonner");
        Text(site, "tags/open-weights/index.html", "h1").Should().Be("Numéros sur «\u00A0Open weights\u00A0»");
        site.Html("tags/open-weights/index.html").Title.Should().Be("Numéros sur «\u00A0Open weights\u00A0» — Test Letter");
        Text(site, "tags/open-weights/index.html", ".page-intro").Should().Be("1 numéro");
        Text(site, "archive/index.html", ".archive-list time").Should().Be("15 novembre");
        Text(site, "index.html", ".post-list .meta").Should().Contain("15 novembre 2024").And.Contain("1 min de lecture");
        Text(site, "404.html", "h1").Should().Be("Page introuvable");
        site.Html("search/index.html").QuerySelector("form")!.GetAttribute("data-no-results").Should().Be("Aucun numéro ne correspond à «\u00A0{query}\u00A0».");
    }

    [Fact]
    public void A_German_site_prints_the_themes_words_and_dates_in_German()
    {
        using var site = Build("de", words: 600);

        site.Errors.Should().BeEmpty();
        var post = site.Html("posts/souverainete/index.html");
        post.DocumentElement.GetAttribute("lang").Should().Be("de");
        post.QuerySelector(".byline time")!.TextContent.Should().Be("15. November 2024");
        post.QuerySelector(".authors")!.TextContent.Should().Be("Von Ada Example und Bea Beispiel");
        post.QuerySelector(".reading-time")!.TextContent.Should().Be("3 Min. Lesezeit");
        post.QuerySelectorAll(".site-nav a").Select(a => a.TextContent).Should().Equal("Ausgaben", "Archiv", "Themen", "Suche", "Abonnieren");
        Text(site, "tags/index.html", ".tag-index .count").Should().Be("1 Ausgabe");
        Text(site, "archive/index.html", ".archive-list time").Should().Be("15. November");
        site.Html("search/index.html").QuerySelector("form")!.GetAttribute("data-date").Should().Be("{day}. {month} {year}");
    }

    [Fact]
    public void An_English_site_keeps_the_words_and_dates_it_always_had()
    {
        using var site = Build("en", date: "2024-07-05");

        var post = site.Html("posts/souverainete/index.html");
        post.QuerySelector(".byline time")!.TextContent.Should().Be("5 July 2024");
        post.QuerySelector(".authors")!.TextContent.Should().Be("By Ada Example and Bea Beispiel");
        post.QuerySelector(".reading-time")!.TextContent.Should().Be("1 min read");
        Text(site, "tags/open-weights/index.html", ".page-intro").Should().Be("1 issue");
        site.Html("tags/open-weights/index.html").Title.Should().Be("Issues tagged “Open weights” — Test Letter");
    }

    [Fact]
    public void The_first_of_the_month_reads_1er_in_French_and_1_in_German()
    {
        using var french = Build("fr", date: "2024-11-01");
        using var german = Build("de", date: "2024-11-01");

        Text(french, "posts/souverainete/index.html", ".byline time").Should().Be("1er novembre 2024");
        Text(german, "posts/souverainete/index.html", ".byline time").Should().Be("1. November 2024");
    }

    [Fact]
    public void French_counts_zero_and_one_as_singular_and_English_only_one()
    {
        using var site = TestSite.Create("");
        var strings = NewsletterGen.Templates.TemplateSet.Load(site.Root, new global::NewsletterGen.Diagnostics.DiagnosticBag())!.Strings;
        var french = strings.Resolve("fr", "fr");
        var english = strings.Resolve("en", "en");

        french.Find("tag.count")!.For(0, french.Plural).Text.Should().Be("{count} numéro");
        french.Find("tag.count")!.For(2, french.Plural).Text.Should().Be("{count} numéros");
        english.Find("tag.count")!.For(0, english.Plural).Text.Should().Be("{count} issues");
        english.Find("tag.count")!.For(1, english.Plural).Text.Should().Be("{count} issue");
        french.Number(12345).Should().Be("12\u202F345");
        french.Number(2024).Should().Be("2024");
        english.Number(1234567).Should().Be("1,234,567");
        english.Number(1.5m).Should().Be("1.5");
        french.Number(1.5m).Should().Be("1,5");
    }

    [Fact]
    public void Month_names_come_from_the_i18n_file_not_from_the_machines_culture_data()
    {
        // Esperanto names written here, with an unusual pattern: nothing of ICU can produce them.
        using var site = TestSite.Build($$"""
            -- content/site.yml --
            {{SiteYml("eo")}}
            -- templates/i18n/eo.yml --
            date.long: "la %e-a de %B %Y"
            date.months: [januaro, februaro, marto, aprilo, majo, junio, julio, aŭgusto, septembro, oktobro, novembro, decembro]
            reading_time:
              one: "{count} minuto"
              other: "{count} minutoj"
            -- content/posts/a.md --
            {{Post("2024-11-15", words: 600)}}
            """);

        var post = site.Html("posts/souverainete/index.html");
        post.QuerySelector(".byline time")!.TextContent.Should().Be("la 15-a de novembro 2024");
        post.QuerySelector(".reading-time")!.TextContent.Should().Be("3 minutoj");
        post.QuerySelector(".skip-link")!.TextContent.Should().Be("Skip to content", "keys eo.yml lacks come from English");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void Pages_read_the_same_whatever_the_current_culture(string culture)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            using var reference = Build("fr", words: 600);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            using var odd = Build("fr", words: 600);

            foreach (var page in reference.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            {
                odd.ReadText(page).Should().Be(reference.ReadText(page), $"{page} must not depend on the machine's culture");
            }

            odd.Html("posts/souverainete/index.html").QuerySelector(".byline time")!.TextContent.Should().Be("15 novembre 2024");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void A_key_missing_in_a_language_falls_back_and_the_build_names_the_file_line_and_key()
    {
        var german = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "templates/i18n/de.yml"));
        var withoutSkipLink = string.Join('\n', german.Split('\n').Where(l => !l.StartsWith("skip_link:", StringComparison.Ordinal)));
        var line = Array.FindIndex(withoutSkipLink.Split('\n'), l => l.StartsWith("nav.label:", StringComparison.Ordinal)) + 1;
        using var site = TestSite.Build($"""
            -- content/site.yml --
            {SiteYml("de")}
            -- templates/i18n/de.yml --
            {withoutSkipLink}
            -- content/posts/a.md --
            {Post("2024-11-15")}
            """);

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().ContainSingle(w => w.Contains("NG0921", StringComparison.Ordinal))
            .Which.Should().StartWith($"templates/i18n/de.yml:{line}:1: warning NG0921: 'skip_link' is missing in de.yml");
        site.Html("posts/souverainete/index.html").QuerySelector(".skip-link")!.TextContent.Should().Be("Skip to content");
    }

    [Fact]
    public void The_shipped_languages_have_every_key()
    {
        using var site = Build("fr");

        site.Warnings.Should().NotContain(w => w.Contains("NG092", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_calling_an_unknown_key_is_an_error_at_its_place()
    {
        using var site = WithNotFoundTemplate("""
            <h1>{{ t "title.not_found" }}</h1>
            <p>{{ t "not_found.txet" }}</p>
            """);

        site.Errors.Should().ContainSingle().Which.Should().StartWith("templates/404.html:2:7: error NG0920: there is no string 'not_found.txet'");
        site.Exists("index.html").Should().BeFalse();
    }

    [Fact]
    public void A_plural_text_called_without_a_count_is_an_error_at_its_place()
    {
        using var site = WithNotFoundTemplate("""
            <p>{{ t "reading_time" }}</p>
            """);

        site.Errors.Should().ContainSingle().Which.Should().StartWith("templates/404.html:1:7: error NG0924: 'reading_time' has plural forms");
    }

    [Fact]
    public void A_computed_key_no_file_has_is_an_error_where_it_is_rendered()
    {
        using var site = WithNotFoundTemplate("""
            {{ key = "nav." + "nope" }}<p>{{ t key }}</p>
            """);

        site.Errors.Should().ContainSingle().Which.Should().StartWith("templates/404.html:1:34: error NG0920: there is no string 'nav.nope'");
    }

    [Fact]
    public void A_translation_with_a_placeholder_the_default_language_lacks_is_a_warning()
    {
        var french = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "templates/i18n/fr.yml"))
            .Replace("home.page: \"Numéros, page {number}\"", "home.page: \"Numéros, page {nombre}\"", StringComparison.Ordinal);
        using var site = TestSite.Build($"""
            -- templates/i18n/fr.yml --
            {french}
            -- content/posts/a.md --
            {Post("2024-11-15")}
            """);

        site.Warnings.Where(w => w.Contains("NG0925", StringComparison.Ordinal)).Should().ContainSingle(string.Join("\n", site.Warnings))
            .Which.Should().Contain("templates/i18n/fr.yml:").And.Contain("'home.page' uses {nombre}", string.Join("\n", site.Warnings));
    }

    [Fact]
    public void A_page_language_without_a_file_shows_the_English_words_with_a_warning()
    {
        using var site = Build("es");

        site.Errors.Should().BeEmpty();
        site.Html("posts/souverainete/index.html").QuerySelector(".skip-link")!.TextContent.Should().Be("Skip to content");
        site.Warnings.Should().ContainSingle(w => w.Contains("NG0923", StringComparison.Ordinal))
            .Which.Should().StartWith("templates/i18n/es.yml:1:1: warning NG0923: pages in 'es' have no templates/i18n/es.yml");
    }

    [Fact]
    public void A_theme_without_i18n_files_renders_as_before()
    {
        using var site = TestSite.Build("""
            -- templates/layout.html --
            <html lang="{{ lang }}"><title>{{ page.title }}</title>{{ content }}</html>
            -- templates/post.html --
            <p>{{ date.to_string post.date "%e %B %Y" | string.strip }}</p>
            -- templates/home.html --
            home
            -- templates/tag.html --
            tag
            -- templates/tags.html --
            tags
            -- templates/archive.html --
            archive
            -- templates/page.html --
            page
            -- templates/404.html --
            404
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-11-15
            tags: [x]
            ---
            Text.
            """);

        site.Errors.Should().BeEmpty();
        site.Warnings.Should().BeEmpty();
        site.ReadText("posts/a/index.html").Should().Be("<html lang=\"en\"><title>A</title><p>15 November 2024</p>\n</html>\n");
        site.Html("tags/x/index.html").Title.Should().Be("Issues tagged “x”");
    }
}
