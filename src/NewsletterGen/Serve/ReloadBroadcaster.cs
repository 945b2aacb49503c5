using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace NewsletterGen.Serve;

/// <summary>Sends events to every open page over Server-Sent Events: each connected page has its
/// own small queue, which <see cref="Send"/> fills and the page's request drains. A comment line
/// every <see cref="KeepAliveInterval"/> keeps idle connections from being dropped by proxies
/// and browsers. <see cref="Close"/> ends every stream, so the server can stop without waiting
/// for browsers to hang up.</summary>
public sealed class ReloadBroadcaster : IDisposable
{
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    private const string KeepAlive = ": keep-alive\n\n";

    private readonly ConcurrentDictionary<Channel<string>, bool> _clients = new();
    private readonly CancellationTokenSource _closed = new();

    /// <summary>How many pages are listening.</summary>
    public int ClientCount => _clients.Count;

    /// <summary>Queues the event for every page listening now.</summary>
    public void Send(string eventName, string data)
    {
        var message = Format(eventName, data);
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>Answers one event-stream request until the page goes away or the broadcaster is
    /// closed. The first event is `hello` with <paramref name="hello"/>'s data, read after the
    /// page is registered, so no event sent meanwhile is lost.</summary>
    public async Task StreamAsync(HttpContext context, Func<string> hello)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(hello);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // A slow page loses old events, never the server's memory; the newest event is what counts.
        var queue = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _clients.TryAdd(queue, true);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closed.Token);
        try
        {
            // retry: how soon the browser reconnects after the server restarts.
            await WriteAsync(response, "retry: 1000\n\n" + Format("hello", hello()), stop.Token);
            while (await NextAsync(queue.Reader, stop.Token) is { } message)
            {
                await WriteAsync(response, message, stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke while writing.
        }
        finally
        {
            _clients.TryRemove(queue, out _);
        }
    }

    /// <summary>Ends every stream, now and for pages connecting later.</summary>
    public void Close()
    {
        if (!_closed.IsCancellationRequested)
        {
            _closed.Cancel();
        }

        foreach (var client in _clients.Keys)
        {
            client.Writer.TryComplete();
        }
    }

    public void Dispose()
    {
        Close();
        _closed.Dispose();
    }

    /// <summary>`event: name` and one `data:` line per line of data, then a blank line.</summary>
    public static string Format(string eventName, string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder();
        text.Append("event: ").Append(eventName).Append('\n');
        foreach (var line in data.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            text.Append("data: ").Append(line).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    /// <summary>The next queued event, a keep-alive comment after a quiet interval, or null once
    /// the queue is closed.</summary>
    private static async Task<string?> NextAsync(ChannelReader<string> queue, CancellationToken cancellationToken)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quiet.CancelAfter(KeepAliveInterval);
        try
        {
            if (!await queue.WaitToReadAsync(quiet.Token))
            {
                return null;
            }

            return queue.TryRead(out var message) ? message : KeepAlive;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return KeepAlive;
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
