using AwesomeAssertions;
using NewsletterGen.BrowserTests.Infrastructure;

namespace NewsletterGen.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class PageHealthTests(BrowserSite site)
{
    [Theory]
    [InlineData("home")]
    [InlineData("post")]
    [InlineData("tag")]
    [InlineData("archive")]
    [InlineData("subscribe")]
    [InlineData("search")]
    public async Task The_page_renders_with_no_console_error_no_failed_request_and_no_request_to_another_origin(string page)
    {
        var path = site.PathOf(page);
        await using var probe = await site.OpenAsync();

        var response = await probe.GotoAsync(path, settle: true);

        response.Status.Should().Be(200, $"{path} should exist");
        probe.Requests.Should().NotBeEmpty();
        var problems = probe.Problems();
        if (problems.Count > 0)
        {
            Assert.Fail(
                $"{path} did not load cleanly:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}"
                + $"{Environment.NewLine}Requests made:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", probe.Requests)}");
        }
    }

    [Fact]
    public async Task An_unknown_path_gets_the_404_page_with_status_404()
    {
        await using var probe = await site.OpenAsync();

        var response = await probe.GotoAsync("/no-such-page/", settle: true);

        response.Status.Should().Be(404);
        (await probe.Page.Locator("h1").First.TextContentAsync()).Should().NotBeNullOrWhiteSpace();
        (await probe.Page.Locator("link[rel=stylesheet]").CountAsync()).Should().BeGreaterThan(0, "the 404 page should be styled like the site");
        probe.ConsoleErrors.Where(e => !e.Contains("404", StringComparison.Ordinal)).Should().BeEmpty();
        probe.ForeignRequests.Should().BeEmpty();
    }
}
