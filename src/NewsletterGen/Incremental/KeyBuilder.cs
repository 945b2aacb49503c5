using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsletterGen.Incremental;

/// <summary>Hashes the parts of a cache key (strings, numbers, other keys) into 128 bits with
/// XXH128, so that a key naming ten thousand posts is 16 bytes, not megabytes of text that every
/// rebuild would allocate. Each string is written with its length, so no two different sequences
/// of parts hash the same but by a 2^-128 chance.</summary>
internal sealed class KeyBuilder
{
    private readonly XxHash128 _hash = new();

    public KeyBuilder Add(string? text)
    {
        if (text is null)
        {
            return Add(-1L);
        }

        Add((long)text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public KeyBuilder Add(char kind) => Add((long)kind);

    public KeyBuilder Add(long number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, number);
        _hash.Append(bytes);
        return this;
    }

    public KeyBuilder Add(UInt128 key)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, key);
        _hash.Append(bytes);
        return this;
    }

    public UInt128 Finish() => _hash.GetCurrentHashAsUInt128();

    public override string ToString() => Finish().ToString("x32", CultureInfo.InvariantCulture);
}
