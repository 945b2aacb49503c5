using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsletterGen.Incremental;

/// <summary>Makes a cache key from its parts (numbers, strings, other keys): the parts are
/// gathered as 64-bit words, a string as its length and its XXH3 hash, and the words hashed once
/// with XXH128 when the key is finished. A key naming ten thousand posts is 16 bytes, not megabytes
/// of text that every rebuild would allocate; and one hash over a buffer of words is many times
/// faster than feeding a streaming hasher sixteen bytes at a time (which cost several
/// microseconds per post). Different parts give the same key only by chance, about 2^-64 per
/// string and 2^-128 otherwise.</summary>
internal sealed class KeyBuilder
{
    private readonly List<long> _words = new(64);

    /// <summary>Starts a new key with this builder.</summary>
    public KeyBuilder Reset()
    {
        _words.Clear();
        return this;
    }

    public KeyBuilder Add(string? text)
    {
        if (text is null)
        {
            _words.Add(-1);
            return this;
        }

        _words.Add(text.Length);
        _words.Add((long)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan())));
        return this;
    }

    public KeyBuilder Add(char kind)
    {
        _words.Add(kind);
        return this;
    }

    public KeyBuilder Add(long number)
    {
        _words.Add(number);
        return this;
    }

    public KeyBuilder Add(UInt128 key)
    {
        _words.Add((long)(ulong)key);
        _words.Add((long)(ulong)(key >> 64));
        return this;
    }

    public UInt128 Finish() => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(_words)));
}
