using System.Globalization;
using System.Text;
using AwesomeAssertions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsletterGen.BrowserTests.Infrastructure;

namespace NewsletterGen.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly List<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static TheoryData<string, ColorScheme> Pages() => new()
    {
        { "home", ColorScheme.Light }, { "home", ColorScheme.Dark },
        { "post", ColorScheme.Light }, { "post", ColorScheme.Dark },
        { "tag", ColorScheme.Light }, { "tag", ColorScheme.Dark },
        { "archive", ColorScheme.Light }, { "archive", ColorScheme.Dark },
        { "search", ColorScheme.Light }, { "search", ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_WCAG_2_1_AA_violation_on_the_page_in_the_colour_scheme(string page, ColorScheme scheme)
    {
        var path = site.PathOf(page);
        await using var probe = await site.OpenAsync(scheme);
        var response = await probe.GotoAsync(path);
        response.Status.Should().Be(200, $"{path} should exist");

        var result = await probe.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag21AA } });

        if (result.Violations.Length > 0)
        {
            Assert.Fail(Describe(result.Violations, path, scheme));
        }
    }

    /// <summary>Structure (keyboard access to code blocks, table headers, image text) differs from
    /// post to post, so every post is checked too; colours are the theme's and covered above.</summary>
    [Fact]
    public async Task Axe_finds_no_WCAG_2_1_AA_violation_on_any_post()
    {
        await using var probe = await site.OpenAsync();
        var failures = new StringBuilder();
        foreach (var path in site.PostPaths)
        {
            await probe.GotoAsync(path);
            var result = await probe.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag21AA } });
            if (result.Violations.Length > 0)
            {
                failures.AppendLine(Describe(result.Violations, path, ColorScheme.Light));
            }
        }

        if (failures.Length > 0)
        {
            Assert.Fail(failures.ToString());
        }
    }

    /// <summary>Violations as a reader can act on them: rule, impact, what to fix, and each element
    /// with its selector, markup and axe's own explanation.</summary>
    internal static string Describe(AxeResultItem[] violations, string path, ColorScheme scheme)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"axe-core found {violations.Length} WCAG 2.1 AA violation(s) on {path} ({scheme.ToString().ToLowerInvariant()} scheme):");
        foreach (var v in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {v.Id} [{v.Impact}]: {v.Help} ({v.HelpUrl})");
            foreach (var node in v.Nodes.Take(10))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    element {node.Target}: {Shorten(node.Html)}");
                foreach (var check in (node.All ?? []).Concat(node.None ?? []))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      fix: {check.Message}");
                }

                var any = (node.Any ?? []).Select(c => c.Message).ToList();
                if (any.Count > 0)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      fix one of: {string.Join(" | ", any)}");
                }
            }

            if (v.Nodes.Length > 10)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    … and {v.Nodes.Length - 10} more element(s)");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..157] + "...";
}
