using AwesomeAssertions;
using NewsletterGen.BrowserTests.Infrastructure;

namespace NewsletterGen.BrowserTests;

/// <summary>The page-weight budget, measured as the browser loads it (uncompressed bytes, as the
/// test server sends no compression): a typical post's HTML, CSS, scripts and every other
/// same-origin resource except images is under 100 KB, and the CSS under 20 KB.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PageWeightTests(BrowserSite site)
{
    private const int PageBudget = 100 * 1024;
    private const int CssBudget = 20 * 1024;
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico"];

    [Fact]
    public async Task A_typical_post_weighs_under_100_KB_without_images_and_its_CSS_under_20_KB()
    {
        await using var probe = await site.OpenAsync();
        await probe.GotoAsync(site.TypicalPostPath, settle: true);

        var weighed = new List<(string Url, string Type, int Bytes)>();
        foreach (var response in probe.Responses)
        {
            var type = response.Request.ResourceType;
            var path = new Uri(response.Url).AbsolutePath;
            if (type is "image" or "media" || ImageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            weighed.Add((path, type, (await response.BodyAsync()).Length));
        }

        var total = weighed.Sum(w => w.Bytes);
        var css = weighed.Where(w => w.Type == "stylesheet").Sum(w => w.Bytes);
        var report = $"{site.TypicalPostPath}: {total / 1024.0:F1} KB in all, CSS {css / 1024.0:F1} KB{Environment.NewLine}"
            + string.Join(Environment.NewLine, weighed.Select(w => $"  {w.Bytes,8:N0} B  {w.Type,-10} {w.Url}"));
        TestContext.Current.TestOutputHelper?.WriteLine(report);

        weighed.Should().Contain(w => w.Type == "document", "the post's HTML should be weighed");
        css.Should().BeGreaterThan(0, "the post should load a stylesheet");
        total.Should().BeLessThan(PageBudget, report);
        css.Should().BeLessThan(CssBudget, report);
    }
}
