using System.Runtime.InteropServices;

namespace NewsletterGen.Content;

/// <summary>A file's bytes, read into memory the garbage collector does not manage, freed by
/// <see cref="Dispose"/>. For what a build holds from one stage to a later one and the collector
/// would otherwise move: every young collection copies what is still alive into the next
/// generation, so ten thousand bodies read as arrays were copied twice on their way to the old
/// generation, and the read stage spent a third of its time paused.</summary>
internal sealed unsafe class UnmanagedBytes : IDisposable
{
    private byte* _bytes;

    private UnmanagedBytes(byte* bytes, int length)
    {
        _bytes = bytes;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The bytes, valid until <see cref="Dispose"/>: a span taken before must not be used after.</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_bytes == null, this);
            return new ReadOnlySpan<byte>(_bytes, Length);
        }
    }

    /// <summary>Reads the whole file as it is when opened (a file that grows meanwhile is read
    /// to its length then). Throws what <see cref="File.ReadAllBytes"/> throws.</summary>
    public static UnmanagedBytes ReadFile(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{path} is larger than 2 GB");
        }

        var bytes = (byte*)NativeMemory.Alloc((nuint)Math.Max(length, 1));
        try
        {
            var read = 0;
            while (read < length)
            {
                var count = RandomAccess.Read(handle, new Span<byte>(bytes + read, (int)length - read), read);
                if (count == 0)
                {
                    break;
                }

                read += count;
            }

            return new UnmanagedBytes(bytes, read);
        }
        catch
        {
            NativeMemory.Free(bytes);
            throw;
        }
    }

    public void Dispose()
    {
        var bytes = _bytes;
        _bytes = null;
        NativeMemory.Free(bytes);
    }
}
