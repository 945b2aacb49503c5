namespace NewsletterGen.Import;

/// <param name="SourceDirectory">The NewsletterGen site (holds content/).</param>
/// <param name="Archive">A Jekyll site or its _posts folder, a Hugo site or its content folder.</param>
/// <param name="DryRun">Report what would change; write nothing.</param>
/// <param name="Now">Decides which Hugo posts had already expired.</param>
public sealed record ImportOptions(string SourceDirectory, string Archive, bool DryRun, DateTimeOffset Now);
