using System.Text.Json;
using AwesomeAssertions;
using Microsoft.Playwright;
using NewsletterGen.BrowserTests.Infrastructure;

namespace NewsletterGen.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    /// <summary>What the focused element looks like: enough to judge whether focus is visible.</summary>
    private const string FocusedStyle = """
        () => {
          const el = document.activeElement;
          const s = getComputedStyle(el);
          return JSON.stringify({
            tag: el.tagName.toLowerCase(), cls: el.className, href: el.getAttribute('href') ?? '', text: el.textContent.trim(),
            outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor, boxShadow: s.boxShadow,
            top: el.getBoundingClientRect().top, height: el.getBoundingClientRect().height,
          });
        }
        """;

    /// <summary>The first link after the skip link in document order that can take focus.</summary>
    private const string FirstLinkAfterSkipLink = """
        () => {
          const links = [...document.querySelectorAll('a[href]')].filter(a => a.tabIndex >= 0 && a.getClientRects().length > 0 || a.classList.contains('skip-link'));
          const skip = links.findIndex(a => a.classList.contains('skip-link') || a.getAttribute('href') === '#main');
          return skip >= 0 && skip + 1 < links.length ? links[skip + 1].getAttribute('href') : null;
        }
        """;

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Tab_reaches_the_skip_link_first_and_shows_it(ColorScheme scheme)
    {
        await using var probe = await site.OpenAsync(scheme);
        await probe.GotoAsync("/");

        await probe.Page.Keyboard.PressAsync("Tab");
        var focused = await FocusedAsync(probe);

        focused.Href.Should().Be("#main", "the first Tab should reach the skip link");
        focused.Top.Should().BeGreaterThanOrEqualTo(0, "the focused skip link should move into view");
        focused.Height.Should().BeGreaterThan(0);
        focused.HasVisibleIndicator.Should().BeTrue($"the focused skip link should show an outline or box-shadow: {focused}");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Tabbing_to_the_first_link_after_the_skip_link_shows_a_visible_outline(ColorScheme scheme)
    {
        await using var probe = await site.OpenAsync(scheme);
        await probe.GotoAsync("/");
        var expected = await probe.Page.EvaluateAsync<string?>(FirstLinkAfterSkipLink);
        expected.Should().NotBeNull("the page should have a skip link followed by another link");

        await probe.Page.Keyboard.PressAsync("Tab");
        await probe.Page.Keyboard.PressAsync("Tab");
        var focused = await FocusedAsync(probe);

        focused.Tag.Should().Be("a");
        focused.Href.Should().Be(expected, "the second Tab should reach the first link after the skip link");
        focused.HasVisibleIndicator.Should().BeTrue($"the focused link should show an outline or box-shadow: {focused}");
    }

    private static async Task<Focused> FocusedAsync(PageProbe probe) =>
        JsonSerializer.Deserialize<Focused>(await probe.Page.EvaluateAsync<string>(FocusedStyle), Json)!;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Focused(
        string Tag, string Cls, string Href, string Text, string OutlineStyle, string OutlineWidth, string OutlineColor, string BoxShadow, double Top, double Height)
    {
        public bool HasVisibleIndicator =>
            (OutlineStyle != "none" && ParsePx(OutlineWidth) > 0 && !Colour.Parse(OutlineColor).IsTransparent)
            || (BoxShadow != "none" && BoxShadow.Length > 0);

        private static double ParsePx(string css) =>
            double.TryParse(css.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var px) ? px : 0;
    }
}
