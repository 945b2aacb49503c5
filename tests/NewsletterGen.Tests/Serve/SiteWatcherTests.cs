using System.Diagnostics;
using AwesomeAssertions;
using NewsletterGen.Serve;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Serve;

/// <summary>The watcher alone, on a real folder: it waits for a burst of changes to end.</summary>
public class SiteWatcherTests
{
    private static readonly string OnePost = SampleSites.OnePost("Hi.");

    [Fact]
    public async Task Calls_back_once_a_burst_of_writes_has_ended_not_at_its_first_write()
    {
        using var timeout = TestTimeout.Start();
        using var site = TestSite.Create(OnePost);
        var clock = Stopwatch.StartNew();
        var called = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);

        // A long quiet period, so that even a slow machine writes the whole burst within it.
        using var watcher = new SiteWatcher(site.Root, site.Output, () => called.TrySetResult(clock.Elapsed), TimeSpan.FromSeconds(1));
        for (var i = 1; i <= 20; i++)
        {
            site.Write("content/posts/hello.md", $"---\ntitle: Hello\ndate: 2024-05-01\n---\nVersion {i}.\n");
        }

        var lastWrite = clock.Elapsed;
        var firstCall = await called.Task.WaitAsync(timeout.Token);

        firstCall.Should().BeGreaterThan(lastWrite, "the callback waits for the writes to stop");
    }

    [Fact]
    public async Task Reports_which_files_changed_and_whether_any_was_made_or_removed()
    {
        using var timeout = TestTimeout.Start();
        using var site = TestSite.Create(OnePost);
        var called = new SemaphoreSlim(0);
        using var watcher = new SiteWatcher(site.Root, site.Output, () => called.Release(), TimeSpan.FromMilliseconds(50));

        site.Write("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-05-01\n---\nEdited.\n");
        await called.WaitAsync(timeout.Token);
        var edit = watcher.TakeChanges();
        site.Write("content/posts/new.md", "---\ntitle: New\ndate: 2024-05-02\n---\nNew.\n");
        await called.WaitAsync(timeout.Token);
        var addition = watcher.TakeChanges();

        edit.Paths.Should().Equal(Path.Combine(site.Root, "content", "posts", "hello.md"));
        edit.StructureChanged.Should().BeFalse();
        edit.Complete.Should().BeTrue();
        addition.Paths.Should().Contain(Path.Combine(site.Root, "content", "posts", "new.md")).And.NotContain(Path.Combine(site.Root, "content", "posts", "hello.md"));
        addition.StructureChanged.Should().BeTrue();
    }
}
