using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace NewsletterGen.BrowserTests.Infrastructure;

/// <summary>One page in its own browser context, with a record of everything it did: every
/// request, every request to another origin (aborted, never sent), every failed request or
/// error response, every console error and uncaught exception.</summary>
public sealed class PageProbe : IAsyncDisposable
{
    private readonly Uri origin;

    private PageProbe(IBrowserContext context, IPage page, Uri origin)
    {
        Context = context;
        Page = page;
        this.origin = origin;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> ForeignRequests { get; } = new();

    public ConcurrentQueue<string> FailedRequests { get; } = new();

    public ConcurrentQueue<string> ConsoleErrors { get; } = new();

    /// <summary>Every response from the test server, for weighing the page.</summary>
    public ConcurrentQueue<IResponse> Responses { get; } = new();

    public static async Task<PageProbe> AttachAsync(IBrowserContext context, Uri origin)
    {
        var page = await context.NewPageAsync();
        var probe = new PageProbe(context, page, origin);
        await context.RouteAsync(_ => true, async route =>
        {
            if (probe.IsLocal(route.Request.Url))
            {
                await route.ContinueAsync();
            }
            else
            {
                probe.ForeignRequests.Enqueue($"{route.Request.Method} {route.Request.Url} ({route.Request.ResourceType})");
                await route.AbortAsync("blockedbyclient");
            }
        });
        page.Request += (_, request) => probe.Requests.Enqueue($"{request.Method} {request.Url}");
        page.RequestFailed += (_, request) =>
        {
            if (probe.IsLocal(request.Url))
            {
                probe.FailedRequests.Enqueue($"{request.Method} {request.Url}: {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            if (probe.IsLocal(response.Url))
            {
                probe.Responses.Enqueue(response);
            }

            if (response.Status >= 400)
            {
                probe.FailedRequests.Enqueue($"{response.Request.Method} {response.Url}: HTTP {response.Status}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                probe.ConsoleErrors.Enqueue($"console.error at {message.Location}: {message.Text}");
            }
        };
        page.PageError += (_, error) => probe.ConsoleErrors.Enqueue($"uncaught exception: {error}");
        return probe;
    }

    /// <summary>Loads a path on the test server, until the load event or, with <paramref name="settle"/>,
    /// until the network has been quiet for 500 ms (to catch requests made after load).</summary>
    public async Task<IResponse> GotoAsync(string path, bool settle = false)
    {
        var response = await Page.GotoAsync(path, new() { WaitUntil = settle ? WaitUntilState.NetworkIdle : WaitUntilState.Load })
            ?? throw new InvalidOperationException($"No response for {path}.");
        return response;
    }

    /// <summary>Everything that went wrong, one line each; empty when the page was clean.</summary>
    public IReadOnlyList<string> Problems() =>
        ConsoleErrors.Concat(FailedRequests).Concat(ForeignRequests.Select(r => "request to another origin (aborted): " + r)).ToList();

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private bool IsLocal(string url) =>
        url.StartsWith("data:", StringComparison.Ordinal)
        || url.StartsWith("blob:", StringComparison.Ordinal)
        || url.StartsWith("about:", StringComparison.Ordinal)
        || (Uri.TryCreate(url, UriKind.Absolute, out var u) && Uri.Compare(u, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);
}
