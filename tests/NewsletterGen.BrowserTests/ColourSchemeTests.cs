using AwesomeAssertions;
using Microsoft.Playwright;
using NewsletterGen.BrowserTests.Infrastructure;

namespace NewsletterGen.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class ColourSchemeTests(BrowserSite site)
{
    [Theory]
    [InlineData("home")]
    [InlineData("post")]
    public async Task Dark_mode_gives_the_body_a_dark_background_that_differs_from_light_mode(string page)
    {
        var light = await BodyBackground(page, ColorScheme.Light);
        var dark = await BodyBackground(page, ColorScheme.Dark);

        dark.Should().NotBe(light, "prefers-color-scheme: dark should change the page's background");
        dark.IsTransparent.Should().BeFalse("the body should paint its own background in dark mode");
        dark.Luminance.Should().BeLessThan(0.1, $"the dark-mode background {dark} should be dark");
    }

    private async Task<Colour> BodyBackground(string page, ColorScheme scheme)
    {
        await using var probe = await site.OpenAsync(scheme);
        await probe.GotoAsync(site.PathOf(page));
        return Colour.Parse(await probe.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }
}
