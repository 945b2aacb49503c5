using NewsletterGen.Serve;

namespace NewsletterGen.Tests.Serve;

public sealed record ServerEvent(string Name, string Data);

/// <summary>A client of the preview's Server-Sent Events, reading the stream as a browser's
/// EventSource does: `event:` and `data:` lines up to a blank line; comments skipped.</summary>
public sealed class EventSourceClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventSourceClient(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <summary>Connects and reads the `hello` event, so the server has registered this client
    /// before the test changes anything.</summary>
    public static async Task<EventSourceClient> OpenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync(PreviewServer.EventsPath, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var stream = new EventSourceClient(response, new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken)));
        stream.Hello = await stream.WaitForAsync("hello", cancellationToken);
        return stream;
    }

    public ServerEvent Hello { get; private set; } = null!;

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>The next event, or null when the server has ended the stream.</summary>
    public async Task<ServerEvent?> NextAsync(CancellationToken cancellationToken)
    {
        string? name = null;
        var data = new List<string>();
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data.Count > 0)
                {
                    return new ServerEvent(name ?? "message", string.Join('\n', data));
                }
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }

        return null;
    }

    /// <summary>Skips events up to the next one named <paramref name="name"/>.</summary>
    public async Task<ServerEvent> WaitForAsync(string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = await NextAsync(cancellationToken) ?? throw new InvalidOperationException($"the event stream ended before a '{name}' event");
            if (next.Name == name)
            {
                return next;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
