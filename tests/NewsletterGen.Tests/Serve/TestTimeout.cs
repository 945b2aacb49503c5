namespace NewsletterGen.Tests.Serve;

/// <summary>A bound on a test that waits for a server: it fails with a cancellation rather than
/// hanging the run. Not a timing assertion: 20 s is far above what any step needs.</summary>
public static class TestTimeout
{
    public static CancellationTokenSource Start()
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        return timeout;
    }
}
