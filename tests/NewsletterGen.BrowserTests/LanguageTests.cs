using System.Text;
using AwesomeAssertions;
using Microsoft.Playwright;
using NewsletterGen.BrowserTests.Infrastructure;
using YamlDotNet.Serialization;

namespace NewsletterGen.BrowserTests;

/// <summary>Screen readers pick a voice from the nearest lang attribute, so an issue written in
/// another language than the site's (front matter <c>language: fr</c>) must say so: on its own page
/// (WCAG 3.1.1, Language of Page) and where its title and summary appear in listings (3.1.2,
/// Language of Parts).</summary>
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
            var path = await FindOnArchive(probe, post.Title);
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
            var path = await FindOnArchive(probe, post.Title);
            var lang = await probe.Page.Locator($"main a[href$='{path}']").First.EvaluateAsync<string>(NearestLang);
            if (!lang.StartsWith(post.Language, StringComparison.Ordinal))
            {
                wrong.Add($"/archive/ lists {path} ('{post.Language}') under lang '{lang}'");
            }
        }

        await probe.GotoAsync("/");
        foreach (var post in ForeignLanguagePosts())
        {
            var link = probe.Page.Locator("main a").Filter(new() { HasText = post.Title });
            if (await link.CountAsync() > 0)
            {
                var lang = await link.First.EvaluateAsync<string>(NearestLang);
                if (!lang.StartsWith(post.Language, StringComparison.Ordinal))
                {
                    wrong.Add($"/ lists '{post.Title}' ('{post.Language}') under lang '{lang}'");
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
            var path = await FindOnArchive(probe, post.Title);
            await probe.GotoAsync("/search/?q=" + Uri.EscapeDataString(post.Title));
            var hit = probe.Page.Locator($"#search-results a[href$='{path}']");
            await Assertions.Expect(hit.First).ToBeVisibleAsync(new() { Timeout = 10_000 });
            var lang = await hit.First.EvaluateAsync<string>(NearestLang);
            if (!lang.StartsWith(post.Language, StringComparison.Ordinal))
            {
                wrong.Add($"/search/ lists {path} ('{post.Language}') under lang '{lang}'");
            }
        }

        if (wrong.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, wrong));
        }
    }

    private static async Task<string> FindOnArchive(PageProbe probe, string title)
    {
        if (!probe.Page.Url.EndsWith("/archive/", StringComparison.Ordinal))
        {
            await probe.GotoAsync("/archive/");
        }

        var link = probe.Page.Locator("main a").Filter(new() { HasText = title });
        (await link.CountAsync()).Should().BeGreaterThan(0, $"the archive should list '{title}'");
        var href = await link.First.GetAttributeAsync("href") ?? "";
        return new Uri(new Uri("http://x/"), href).AbsolutePath;
    }

    /// <summary>Published posts whose front matter names a language other than site.yml's.</summary>
    private static List<(string Title, string Language)> ForeignLanguagePosts()
    {
        var yaml = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();
        var content = Path.Combine(RepositoryRoot.Path, "content");
        var siteLanguage = Field(yaml.Deserialize<Dictionary<string, object>>(File.ReadAllText(Path.Combine(content, "site.yml"))), "language") ?? "en";
        var posts = new List<(string, string)>();
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
                posts.Add((title, language.ToLowerInvariant()));
            }
        }

        return posts;
    }

    private static string? Field(Dictionary<string, object> yaml, string key) => yaml.TryGetValue(key, out var value) ? value?.ToString() : null;
}
