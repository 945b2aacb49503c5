using NewsletterGen.Content;

namespace NewsletterGen.Performance;

/// <summary>Bodies of parsed documents waiting to be rendered, each taken once. Disposing of the
/// store lets go of every body still waiting in it.</summary>
internal sealed class BodyStore : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WaitingBody> _bodies = new(StringComparer.Ordinal);

    /// <summary>Takes ownership of <paramref name="body"/>; a body already waiting at the same path is let go.</summary>
    public void Put(string path, WaitingBody body)
    {
        var replaced = default(WaitingBody);
        _bodies.AddOrUpdate(path, body, (_, old) =>
        {
            replaced = old;
            return body;
        });
        replaced.Utf8?.Dispose();
    }

    /// <summary>The body of <paramref name="document"/>, decoded if it waited as bytes, which the
    /// store then lets go of; the document's own Body when the store does not hold it.</summary>
    public string Take(ParsedDocument document)
    {
        if (!_bodies.TryRemove(document.Path, out var body))
        {
            return document.Body;
        }

        if (body.Utf8 is not { } utf8)
        {
            return body.Text ?? string.Empty;
        }

        using (utf8)
        {
            return utf8.Decode();
        }
    }

    /// <summary>Lets go of every body still waiting: none can be read after (it throws).</summary>
    public void Dispose()
    {
        foreach (var body in _bodies.Values)
        {
            body.Utf8?.Dispose();
        }

        _bodies.Clear();
    }
}
