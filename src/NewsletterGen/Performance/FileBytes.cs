namespace NewsletterGen.Performance;

/// <summary>A file's bytes, held until they are let go (<see cref="Dispose"/>); a read after that
/// throws, so a body is never decoded twice or after its store is gone.</summary>
internal sealed class FileBytes : IDisposable
{
    private byte[]? _bytes;

    private FileBytes(byte[] bytes) => _bytes = bytes;

    /// <summary>The bytes: a span taken before the bytes are let go must not be used after.</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_bytes is null, this);
            return _bytes;
        }
    }

    /// <summary>Reads the whole file; throws what <see cref="File.ReadAllBytes"/> throws.</summary>
    public static FileBytes ReadFile(string path) => new(File.ReadAllBytes(path));

    /// <summary>Lets go of the bytes, for the collector to take.</summary>
    public void Dispose() => _bytes = null;
}
