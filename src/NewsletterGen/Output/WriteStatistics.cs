namespace NewsletterGen.Output;

/// <summary>What a write did: how many files the site has, and how many of them were unchanged
/// since the previous build (linked, not written).</summary>
public sealed record WriteStatistics(int Files, int Unchanged);
