using System.Text.Json;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsletterGen.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsletterGen.BrowserTests;

/// <summary>The search page's contract (docs/templates.md "Search" and the default theme):
/// /search/ has <c>&lt;input type="search" id="search-input"&gt;</c> and <c>&lt;ul id="search-results"&gt;</c>,
/// assets/search.js searches /search/index.json as you type, and a <c>&lt;noscript&gt;</c> links the archive.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class SearchTests(BrowserSite site)
{
    [Fact]
    public async Task Search_finds_an_issue_by_a_word_that_is_only_in_its_body()
    {
        var (word, post) = DistinctiveBodyWord();
        await using var probe = await site.OpenAsync();
        (await probe.GotoAsync("/search/")).Status.Should().Be(200, "the site should have a search page at /search/");

        await probe.Page.Locator("#search-input").PressSequentiallyAsync(word);

        var hit = probe.Page.Locator($"#search-results a[href$='{new Uri(post.Url, UriKind.RelativeOrAbsolute).ToPathOnly()}']");
        await Expect(hit.First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        (await hit.First.InnerTextAsync()).Should().Contain(post.Title, $"the result for '{word}' should name the issue");
        probe.Problems().Should().BeEmpty();
    }

    [Fact]
    public async Task An_empty_query_clears_the_results()
    {
        var (word, _) = DistinctiveBodyWord();
        await using var probe = await site.OpenAsync();
        (await probe.GotoAsync("/search/")).Status.Should().Be(200, "the site should have a search page at /search/");
        var input = probe.Page.Locator("#search-input");
        var results = probe.Page.Locator("#search-results li");
        await input.PressSequentiallyAsync(word);
        await Expect(results.First).ToBeVisibleAsync(new() { Timeout = 10_000 });

        await input.FillAsync("");

        await Expect(results).ToHaveCountAsync(0);
        probe.Problems().Should().BeEmpty();
    }

    [Fact]
    public async Task A_word_in_no_issue_finds_nothing_and_breaks_nothing()
    {
        await using var probe = await site.OpenAsync();
        (await probe.GotoAsync("/search/")).Status.Should().Be(200, "the site should have a search page at /search/");

        await probe.Page.Locator("#search-input").PressSequentiallyAsync("zqxjvwk");
        await probe.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(probe.Page.Locator("#search-results a")).ToHaveCountAsync(0);
        probe.Problems().Should().BeEmpty();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task With_results_showing_axe_finds_no_WCAG_2_1_AA_violation(ColorScheme scheme)
    {
        var (word, _) = DistinctiveBodyWord();
        await using var probe = await site.OpenAsync(scheme);
        (await probe.GotoAsync("/search/")).Status.Should().Be(200, "the site should have a search page at /search/");
        await probe.Page.Locator("#search-input").PressSequentiallyAsync(word);
        await Expect(probe.Page.Locator("#search-results a").First).ToBeVisibleAsync(new() { Timeout = 10_000 });

        var result = await probe.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });

        if (result.Violations.Length > 0)
        {
            Assert.Fail(AccessibilityTests.Describe(result.Violations, "/search/ with results", scheme));
        }
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_says_so_and_links_the_archive()
    {
        await using var probe = await site.OpenAsync(javaScript: false);
        (await probe.GotoAsync("/search/")).Status.Should().Be(200, "the site should have a search page at /search/");

        var noscript = probe.Page.Locator("noscript");
        (await noscript.CountAsync()).Should().BeGreaterThan(0, "the search page should have a <noscript> message");
        var archiveLink = probe.Page.Locator("noscript a[href$='/archive/']");
        await Expect(archiveLink.First).ToBeVisibleAsync();
        (await noscript.First.InnerTextAsync()).Trim().Length.Should().BeGreaterThan(20, "the message should say that search needs JavaScript");
        probe.Problems().Should().BeEmpty();
    }

    /// <summary>A word (7+ ASCII letters) that is in one post's body text in the search index's shards
    /// and nowhere else in the index: not in that post's title, summary, tags or headings, and
    /// not even as part of a longer word in any other post.</summary>
    private (string Word, SearchEntry Post) DistinctiveBodyWord()
    {
        var indexFile = Path.Combine(site.SiteRoot, "search", "index.json");
        File.Exists(indexFile).Should().BeTrue("the build should write /search/index.json (docs/templates.md, \"Search\")");
        using var manifest = JsonDocument.Parse(File.ReadAllText(indexFile));
        var entries = manifest.RootElement.GetProperty("shards").EnumerateArray()
            .SelectMany(shard => JsonSerializer.Deserialize<List<SearchEntry>>(File.ReadAllText(Path.Combine(site.SiteRoot, "search", shard.GetString()!)), WebJson)!)
            .ToList();
        entries.Should().NotBeEmpty();
        foreach (var entry in entries.OrderBy(e => e.Url, StringComparer.Ordinal))
        {
            var elsewhere = entry.Title + " " + entry.Summary + " " + string.Join(' ', entry.Tags ?? []) + " " + string.Join(' ', entry.Headings ?? []);
            var others = entries.Where(e => !ReferenceEquals(e, entry)).Select(e => e.All).ToList();
            foreach (Match m in AsciiWord().Matches(entry.Text ?? ""))
            {
                var word = m.Value.ToLowerInvariant();
                if (!elsewhere.Contains(word, StringComparison.OrdinalIgnoreCase) && !others.Any(o => o.Contains(word, StringComparison.OrdinalIgnoreCase)))
                {
                    TestContext.Current.TestOutputHelper?.WriteLine($"searching for '{word}', only in the body of {entry.Url} ({entry.Title})");
                    return (word, entry);
                }
            }
        }

        throw new InvalidOperationException("No word in /search/index.json is in exactly one post's body text.");
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [GeneratedRegex(@"\b[A-Za-z]{7,}\b")]
    private static partial Regex AsciiWord();

    public sealed record SearchEntry(string Title, string Url, string? Summary, string[]? Tags, string[]? Headings, string? Text)
    {
        public string All => string.Join(' ', Title, Summary, Text, string.Join(' ', Tags ?? []), string.Join(' ', Headings ?? []));
    }
}

internal static class UriPaths
{
    /// <summary>The path of an absolute or root-relative URL: results may link either way.</summary>
    public static string ToPathOnly(this Uri uri) => uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
}
