using NewsletterGen.Output;

namespace NewsletterGen.Incremental;

/// <summary>One output file and the key of everything it was made from.</summary>
internal sealed record CachedOutput(UInt128 Key, OutputFile File);
