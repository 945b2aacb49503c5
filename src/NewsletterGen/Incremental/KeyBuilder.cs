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

    /// <summary>Starts a new key with this builder.</summary>
    public KeyBuilder Reset()
    {
        _hash.Reset();
        return this;
    }

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

    /// <summary>The hash of a kind, two numbers and some strings, made in one buffer without a
    /// hasher object: the same value as adding them to a KeyBuilder one by one.</summary>
    public static UInt128 HashOf(char kind, long first, long second, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var length = 3 * sizeof(long);
        foreach (var text in texts)
        {
            length += sizeof(long) + (2 * text.Length);
        }

        Span<byte> buffer = length <= 1024 ? stackalloc byte[length] : new byte[length];
        BinaryPrimitives.WriteInt64LittleEndian(buffer, kind);
        BinaryPrimitives.WriteInt64LittleEndian(buffer[8..], first);
        BinaryPrimitives.WriteInt64LittleEndian(buffer[16..], second);
        var at = 24;
        foreach (var text in texts)
        {
            BinaryPrimitives.WriteInt64LittleEndian(buffer[at..], text.Length);
            at += sizeof(long);
            MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(buffer[at..]);
            at += 2 * text.Length;
        }

        return XxHash128.HashToUInt128(buffer);
    }

    public override string ToString() => Finish().ToString("x32", CultureInfo.InvariantCulture);
}
