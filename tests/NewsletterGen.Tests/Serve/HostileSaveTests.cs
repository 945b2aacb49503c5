using System.Net;
using System.Text.Json;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Serve;

/// <summary>Saving front matter that would once have ended the process (a stack overflow) or
/// filled the memory (an alias bomb) while `serve` runs: the server reports it and goes on.</summary>
public class HostileSaveTests
{
    private static readonly string OnePost = SampleSites.OnePost("First version.");

    [Theory]
    [InlineData("custom: [[[[[[[[[[", "NG0010")]
    [InlineData("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\na1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\na2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]\na3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]\na4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]", "NG0011")]
    public async Task Saving_hostile_front_matter_reports_it_and_keeps_serving(string fields, string code)
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost);
        await using var events = await served.OpenEventsAsync(timeout.Token);
        var hostile = fields.StartsWith("custom", StringComparison.Ordinal) ? fields.Replace("[[[[[[[[[[", new string('[', 100_000), StringComparison.Ordinal) : fields;

        served.Site.Write("content/posts/hello.md", $"---\ntitle: Hello\ndate: 2024-05-01\n{hostile}\n---\nBroken version.\n");
        var errors = await events.WaitForAsync("errors", timeout.Token);
        var page = await served.Http.GetAsync("/posts/hello/", timeout.Token);

        using var json = JsonDocument.Parse(errors.Data);
        json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).Should().ContainSingle().Which.Should().Contain($"error {code}:");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync(timeout.Token)).Should().Contain("First version.");
    }
}
