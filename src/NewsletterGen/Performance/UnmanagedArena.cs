using System.Runtime.InteropServices;

namespace NewsletterGen.Performance;

/// <summary>Memory the garbage collector does not manage, for what a build reads in one stage and
/// holds until a later one: every young collection copies what is still alive into the next
/// generation, so bodies read as arrays were copied on their way to the old generation and the
/// read stage spent much of its time paused. Blocks are cut from large chunks, all freed at once
/// by <see cref="Dispose"/>: a native allocation per file made the C library grow its heaps page
/// by page, a system call at a time.</summary>
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
