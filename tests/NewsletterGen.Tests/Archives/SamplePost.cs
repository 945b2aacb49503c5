namespace NewsletterGen.Tests.Archives;

/// <summary>What the generator knows about a post it wrote: its file (relative to the archive's
/// root), its title, the URL Jekyll or Hugo published it at (worked out here from the file's name
/// and the front matter the generator chose, by the generator's rules, not the importer's),
/// whether it was published, and which normalisations its front matter calls for.</summary>
public sealed record SamplePost(string File, string Title, string? OldUrl, bool Published, IReadOnlySet<string> Features);
