using System.Runtime.InteropServices;

namespace NewsletterGen.Performance;

/// <summary>A file's bytes in an <see cref="UnmanagedArena"/>. Readable until it is let go
/// (<see cref="Dispose"/>) or its arena is; a read after that throws rather than return whatever
/// the memory holds by then.</summary>
internal sealed unsafe class UnmanagedBytes : IDisposable
{
    private readonly UnmanagedArena _arena;
    private readonly byte* _bytes;
    private bool _released;

    private UnmanagedBytes(UnmanagedArena arena, byte* bytes, int length)
    {
        _arena = arena;
        _bytes = bytes;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The bytes: a span taken before the bytes are let go must not be used after.</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_released || _arena.IsDisposed, this);
            return new ReadOnlySpan<byte>(_bytes, Length);
        }
    }

    /// <summary>Reads the whole file as it is when opened (a file that grows meanwhile is read
    /// to its length then). Throws what <see cref="File.ReadAllBytes"/> throws.</summary>
    public static UnmanagedBytes ReadFile(string path, UnmanagedArena arena)
    {
        ArgumentNullException.ThrowIfNull(arena);
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{path} is larger than 2 GB");
        }

        var bytes = arena.Allocate((int)length);
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

        return new UnmanagedBytes(arena, bytes, read);
    }

    /// <summary>Lets go of the bytes; their memory is the arena's, freed with it.</summary>
    public void Dispose() => _released = true;
}
