namespace NewsletterGen.Incremental;

/// <summary>Bytes made from one input, and the key of that input.</summary>
internal sealed record CachedBytes(UInt128 Key, byte[] Bytes);
