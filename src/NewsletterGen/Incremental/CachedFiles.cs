using NewsletterGen.Output;

namespace NewsletterGen.Incremental;

/// <summary>A feed channel's files, and the key of what they were made from.</summary>
internal sealed record CachedFiles(UInt128 Key, IReadOnlyList<OutputFile> Files);
