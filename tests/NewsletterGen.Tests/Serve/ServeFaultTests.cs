using System.Text.Json;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Serve;

/// <summary>`serve` when its disk fills up: the build is marked failed (status, error overlay,
/// NG0602), the last complete site is served (never half of one build and half of the next),
/// and the next save builds again.</summary>
public class ServeFaultTests
{
    private const string OnePost = """
        -- content/posts/hello.md --
        ---
        title: Hello
        date: 2024-05-01
        tags: [News]
        ---
        First version.
        """;

    private static string Post(string title, string text) => $"---\ntitle: {title}\ndate: 2024-05-01\ntags: [News]\n---\n{text}\n";

    /// <summary>Waits until no build has started for half a second: one save may be seen as
    /// two changes, and the folder is compared only once no build writes into it.</summary>
    private static async Task Quiet(ServedSite served, CancellationToken cancellationToken)
    {
        var count = -1;
        while (served.Builds.Count != count)
        {
            count = served.Builds.Count;
            await Task.Delay(500, cancellationToken);
        }
    }

    [Fact]
    public async Task A_full_disk_marks_the_build_failed_keeps_the_last_complete_site_and_the_next_save_builds_again()
    {
        using var disk = SmallDisk.Mount(1024);
        var output = Path.Combine(disk.Path, "preview");
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(OnePost, o => o with { OutputDirectory = output });
        await using var events = await served.OpenEventsAsync(timeout.Token);
        var before = FolderSnapshot.Of(output);

        // One save makes the post's page, the feeds and the tag's page too big for the disk
        // together: none of them may change.
        served.Site.Write("content/posts/hello.md", Post("Hello", string.Join(' ', Enumerable.Repeat("Second version.", 150_000))));
        var errors = await events.WaitForAsync("errors", timeout.Token);
        await Quiet(served, timeout.Token);

        var reported = JsonDocument.Parse(errors.Data).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        reported.Should().ContainSingle().Which.Should().Contain("error NG0602: ").And.Contain("no space left on the device");
        var status = JsonDocument.Parse(await served.Http.GetStringAsync("/__newslettergen/status", timeout.Token)).RootElement;
        status.GetProperty("succeeded").GetBoolean().Should().BeFalse();
        FolderSnapshot.Of(output).Should().Equal(before);
        (await served.Http.GetStringAsync("/posts/hello/", timeout.Token)).Should().Contain("First version.");
        (await served.Http.GetStringAsync("/feed.xml", timeout.Token)).Should().NotContain("Second version.");

        served.Site.Write("content/posts/hello.md", Post("Hello", "Second version."));
        await events.WaitForAsync("reload", timeout.Token);

        (await served.Http.GetStringAsync("/posts/hello/", timeout.Token)).Should().Contain("Second version.");
        (await served.Http.GetStringAsync("/feed.xml", timeout.Token)).Should().Contain("Second version.");
        status = JsonDocument.Parse(await served.Http.GetStringAsync("/__newslettergen/status", timeout.Token)).RootElement;
        status.GetProperty("succeeded").GetBoolean().Should().BeTrue();
    }
}
