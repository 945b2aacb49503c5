using System.Text;
using AwesomeAssertions;
using Microsoft.Playwright;
using NewsletterGen.BrowserTests.Infrastructure;
using YamlDotNet.Serialization;

namespace NewsletterGen.BrowserTests;

/// <summary>Screen readers pick a voice from the nearest lang attribute, so an issue written in
/// another language than the site's (front matter <c>language: fr</c>) must say so: on its own page
/// (WCAG 3.1.1, Language of Page) and where its title and summary appear in listings (3.1.2,
/// Language of Parts). A language site.yml declares under <c>languages:</c> has its own edition
/// (/fr/), whose pages say so as a whole; its language switcher leads to pages in each language.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LanguageTests(BrowserSite site)
{
    private const string NearestLang = "el => (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase()";

    [Fact]
    public async Task An_issue_in_another_language_declares_that_language_on_its_page()
    {
        await using var probe = await site.OpenAsync();
        var wrong = new List<string>();
        foreach (var post in ForeignLanguagePosts())
        {
            var path = await FindOnArchive(probe, post.Title, post.Edition);
            await probe.GotoAsync(path);
            var lang = await probe.Page.Locator("main h1").First.EvaluateAsync<string>(NearestLang);
            if (!lang.StartsWith(post.Language, StringComparison.Ordinal))
            {
                wrong.Add($"{path} is written in '{post.Language}' but its heading's nearest lang is '{lang}'");
            }
        }

        if (wrong.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, wrong));
        }
    }

    [Fact]
    public async Task An_issue_in_another_language_declares_that_language_where_the_archive_and_home_page_list_it()
    {
        await using var probe = await site.OpenAsync();
        var wrong = new List<string>();
        foreach (var post in ForeignLanguagePosts())
        {
            var path = await FindOnArchive(probe, post.Title, post.Edition);
            var lang = await probe.Page.Locator($"main a[href$='{path}']").First.EvaluateAsync<string>(NearestLang);
            if (!lang.StartsWith(post.Language, StringComparison.Ordinal))
            {
                wrong.Add($"{post.Edition}archive/ lists {path} ('{post.Language}') under lang '{lang}'");
            }
        }

        foreach (var post in ForeignLanguagePosts())
        {
            await probe.GotoAsync(post.Edition);
            var link = probe.Page.Locator("main a").Filter(new() { HasText = post.Title });
            if (await link.CountAsync() > 0)
            {
                var lang = await link.First.EvaluateAsync<string>(NearestLang);
                if (!lang.StartsWith(post.Language, StringComparison.Ordinal))
                {
                    wrong.Add($"{post.Edition} lists '{post.Title}' ('{post.Language}') under lang '{lang}'");
                }
            }
        }

        if (wrong.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, wrong));
        }
    }

    [Fact]
    public async Task An_issue_in_another_language_declares_that_language_in_search_results()
    {
        await using var probe = await site.OpenAsync();
        var wrong = new List<string>();
        foreach (var post in ForeignLanguagePosts())
        {
            var path = await FindOnArchive(probe, post.Title, post.Edition);
            await probe.GotoAsync(post.Edition + "search/?q=" + Uri.EscapeDataString(post.Title));
            var hit = probe.Page.Locator($"#search-results a[href$='{path}']");
            await Assertions.Expect(hit.First).ToBeVisibleAsync(new() { Timeout = 10_000 });
            var lang = await hit.First.EvaluateAsync<string>(NearestLang);
            if (!lang.StartsWith(post.Language, StringComparison.Ordinal))
            {
                wrong.Add($"{post.Edition}search/ lists {path} ('{post.Language}') under lang '{lang}'");
            }
        }

        if (wrong.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, wrong));
        }
    }

    [Fact]
    public async Task The_language_switcher_of_an_issue_leads_to_a_page_in_each_language()
    {
        await using var probe = await site.OpenAsync();
        var wrong = new List<string>();
        var posts = ForeignLanguagePosts().Where(p => p.Edition != "/").ToList();
        posts.Should().NotBeEmpty("the newsletter has an edition in another language");
        foreach (var post in posts)
        {
            var path = await FindOnArchive(probe, post.Title, post.Edition);
            await probe.GotoAsync(path);
            var count = await probe.Page.Locator(".language-switcher a").CountAsync();
            count.Should().BeGreaterThan(1, $"{path} should offer the site's languages");
            for (var i = 0; i < count; i++)
            {
                await probe.GotoAsync(path);
                var link = probe.Page.Locator(".language-switcher a").Nth(i);
                var language = await link.GetAttributeAsync("hreflang") ?? "";
                await link.ClickAsync();
                await probe.Page.WaitForLoadStateAsync();
                var landed = await probe.Page.EvaluateAsync<string>("document.documentElement.lang");
                if (landed != language)
                {
                    wrong.Add($"{path}: the switcher's '{language}' leads to {probe.Page.Url}, a page in '{landed}'");
                }
            }
        }

        if (wrong.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, wrong));
        }
    }

    private static async Task<string> FindOnArchive(PageProbe probe, string title, string edition)
    {
        if (!probe.Page.Url.EndsWith(edition + "archive/", StringComparison.Ordinal))
        {
            await probe.GotoAsync(edition + "archive/");
        }

        var link = probe.Page.Locator("main a").Filter(new() { HasText = title });
        (await link.CountAsync()).Should().BeGreaterThan(0, $"{edition}archive/ should list '{title}'");
        var href = await link.First.GetAttributeAsync("href") ?? "";
        return new Uri(new Uri("http://x/"), href).AbsolutePath;
    }

    /// <summary>Published posts whose front matter names a language other than site.yml's, and
    /// the root of the edition they are in ("/fr/" when site.yml declares the language, else "/").</summary>
    private static List<(string Title, string Language, string Edition)> ForeignLanguagePosts()
    {
        var yaml = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();
        var content = Path.Combine(RepositoryRoot.Path, "content");
        var config = yaml.Deserialize<Dictionary<string, object>>(File.ReadAllText(Path.Combine(content, "site.yml")));
        var siteLanguage = Field(config, "language") ?? "en";
        var editions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (config.TryGetValue("languages", out var declared))
        {
            editions.UnionWith(declared switch
            {
                IDictionary<object, object> map => map.Keys.Select(k => k.ToString()!),
                IEnumerable<object> list => list.Select(k => k.ToString()!),
                _ => [],
            });
        }

        var posts = new List<(string, string, string)>();
        foreach (var file in Directory.GetFiles(Path.Combine(content, "posts"), "*.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file, Encoding.UTF8).ReplaceLineEndings("\n");
            if (!text.StartsWith("---\n", StringComparison.Ordinal) || text.IndexOf("\n---", 4, StringComparison.Ordinal) is var end && end < 0)
            {
                continue;
            }

            var front = yaml.Deserialize<Dictionary<string, object>>(text[4..end]);
            if (Field(front, "language") is { } language && !language.StartsWith(siteLanguage, StringComparison.OrdinalIgnoreCase)
                && Field(front, "draft") is not "true" && Field(front, "title") is { } title)
            {
                posts.Add((title, language.ToLowerInvariant(), editions.Contains(language) ? $"/{language.ToLowerInvariant()}/" : "/"));
            }
        }

        return posts;
    }

    private static string? Field(Dictionary<string, object> yaml, string key) => yaml.TryGetValue(key, out var value) ? value?.ToString() : null;
}
