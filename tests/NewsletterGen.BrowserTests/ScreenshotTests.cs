using AwesomeAssertions;
using Microsoft.Playwright;
using NewsletterGen.BrowserTests.Infrastructure;

namespace NewsletterGen.BrowserTests;

/// <summary>Full-page screenshots for a person to look at, in TestResults/screenshots/ under the
/// test run's working folder: home page and a post, phone and desktop, light and dark.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    public static string Folder => Path.Combine(Directory.GetCurrentDirectory(), "TestResults", "screenshots");

    public static TheoryData<string, string, ColorScheme> Shots()
    {
        var data = new TheoryData<string, string, ColorScheme>();
        foreach (var page in new[] { "home", "post" })
        {
            foreach (var device in new[] { "phone", "desktop" })
            {
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    data.Add(page, device, scheme);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task A_full_page_screenshot_is_saved_as_a_non_trivial_PNG(string page, string device, ColorScheme scheme)
    {
        var (width, height) = device == "phone" ? (390, 844) : (1280, 900);
        var file = Path.Combine(Folder, $"{page}-{device}-{scheme.ToString().ToLowerInvariant()}.png");
        Directory.CreateDirectory(Folder);
        File.Delete(file);
        await using var probe = await site.OpenAsync(scheme, width, height);
        await probe.GotoAsync(site.PathOf(page), settle: true);

        await probe.Page.ScreenshotAsync(new() { Path = file, FullPage = true });

        File.Exists(file).Should().BeTrue();
        new FileInfo(file).Length.Should().BeGreaterThan(20_000, "a page of text should not compress to a near-empty image");
        var (pngWidth, pngHeight) = Png.ReadSize(file);
        pngWidth.Should().Be(width, "the page should not be wider than the viewport");
        pngHeight.Should().BeGreaterThanOrEqualTo(height);
        TestContext.Current.TestOutputHelper?.WriteLine($"{file}: {pngWidth}x{pngHeight}, {new FileInfo(file).Length / 1024} KB");
    }

    [Theory]
    [InlineData("home")]
    [InlineData("post")]
    [InlineData("tag")]
    [InlineData("archive")]
    [InlineData("subscribe")]
    [InlineData("search")]
    public async Task At_phone_width_the_page_does_not_scroll_sideways(string page)
    {
        await using var probe = await site.OpenAsync(width: 390, height: 844);
        await probe.GotoAsync(site.PathOf(page));

        var scrollWidth = await probe.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        scrollWidth.Should().BeLessThanOrEqualTo(390, $"{site.PathOf(page)} should fit a 390 px wide phone");
    }

    [Fact]
    public async Task At_phone_width_no_post_scrolls_sideways()
    {
        await using var probe = await site.OpenAsync(width: 390, height: 844);
        var tooWide = new List<string>();
        foreach (var path in site.PostPaths)
        {
            await probe.GotoAsync(path);
            var overflow = await probe.Page.EvaluateAsync<string>(WidestElement);
            if (overflow.Length > 0)
            {
                tooWide.Add($"{path}: {overflow}");
            }
        }

        tooWide.Should().BeEmpty("wide tables and code should scroll inside their own box, not move the whole page");
    }

    /// <summary>Empty when the page fits; otherwise its scroll width and the element that sticks out furthest.</summary>
    private const string WidestElement = """
        () => {
          const doc = document.documentElement;
          if (doc.scrollWidth <= doc.clientWidth) return '';
          let worst = null, right = 0;
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect().right;
            if (r > right) { right = r; worst = el; }
          }
          return `page is ${doc.scrollWidth}px wide; <${worst.tagName.toLowerCase()} class="${worst.className}"> reaches ${Math.round(right)}px`;
        }
        """;
}
