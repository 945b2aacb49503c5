using System.Runtime.InteropServices;

namespace NewsletterGen.Performance;

/// <summary>Memory the garbage collector does not manage, for what a build reads in one stage and
/// holds until a later one: every young collection copies what is still alive into the next
/// generation, so ten thousand bodies read as arrays were copied twice on their way to the old
/// generation, and the read stage spent a third of its time paused. Blocks are cut from large
/// chunks, all freed at once by <see cref="Dispose"/>: a native allocation per file made the C
/// library grow its heaps page by page, six thousand more system calls per build.</summary>
internal sealed unsafe class UnmanagedArena : IDisposable
{
    private const int ChunkSize = 4 << 20;

    private readonly Lock _gate = new();
    private readonly List<nint> _chunks = [];
    private byte* _next;
    private int _left;
    private volatile bool _disposed;

    public bool IsDisposed => _disposed;

    /// <summary>A block of <paramref name="length"/> bytes, valid until the arena is disposed.</summary>
    public byte* Allocate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (length > _left)
            {
                // A block larger than a quarter chunk gets its own, so as not to waste the rest of the current one.
                var size = length > ChunkSize / 4 ? Math.Max(length, 1) : ChunkSize;
                var chunk = (byte*)NativeMemory.Alloc((nuint)size);
                _chunks.Add((nint)chunk);
                if (size != ChunkSize)
                {
                    return chunk;
                }

                _next = chunk;
                _left = ChunkSize;
            }

            var block = _next;
            _next += length;
            _left -= length;
            return block;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var chunk in _chunks)
            {
                NativeMemory.Free((void*)chunk);
            }

            _chunks.Clear();
            _next = null;
            _left = 0;
        }
    }
}

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
