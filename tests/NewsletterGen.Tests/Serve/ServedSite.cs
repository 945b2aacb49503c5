using NewsletterGen.Serve;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Serve;

/// <summary>A <see cref="TestSite"/> served by a real <see cref="PreviewSession"/> on a free
/// loopback port, with an HttpClient that follows no redirects and uses no proxy. Disposing
/// stops the server and deletes the site.</summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly List<PreviewBuild> _builds;

    private ServedSite(TestSite site, PreviewSession session, List<PreviewBuild> builds)
    {
        Site = site;
        Session = session;
        _builds = builds;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { BaseAddress = session.Url };
    }

    public TestSite Site { get; }

    public PreviewSession Session { get; }

    public HttpClient Http { get; }

    /// <summary>Every build so far, the first one included, as the session reported them.</summary>
    public IReadOnlyList<PreviewBuild> Builds
    {
        get
        {
            lock (_builds)
            {
                return [.. _builds];
            }
        }
    }

    /// <param name="before">Changes the site's folder before the server starts.</param>
    public static async Task<ServedSite> StartAsync(string files, Func<BuildOptions, BuildOptions>? configure = null, Action<TestSite>? before = null)
    {
        var site = TestSite.Create(files);
        try
        {
            before?.Invoke(site);
            var options = new BuildOptions(site.Root, site.Output, Now: TestSite.Now);
            var builds = new List<PreviewBuild>();
            var session = await PreviewSession.StartAsync(configure is null ? options : configure(options), 0, b =>
            {
                lock (builds)
                {
                    builds.Add(b);
                }
            });
            return new ServedSite(site, session, builds);
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    /// <summary>A request for exactly this target, e.g. "/..%2f..%2fetc/passwd": HttpClient's
    /// Uri would otherwise resolve dot segments and backslashes before sending.</summary>
    public Task<HttpResponseMessage> GetRawAsync(string target, CancellationToken cancellationToken) =>
        Http.GetAsync(new Uri(Session.Url.GetLeftPart(UriPartial.Authority) + target, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }), cancellationToken);

    public Task<EventSourceClient> OpenEventsAsync(CancellationToken cancellationToken) => EventSourceClient.OpenAsync(Http, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Session.DisposeAsync();
        Site.Dispose();
    }
}
