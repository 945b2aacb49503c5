namespace NewsletterGen;

/// <summary>What to build, from where, to where.</summary>
/// <param name="SourceDirectory">The folder that holds content/ and templates/.</param>
/// <param name="OutputDirectory">Where the site goes; replaced as a whole when the build succeeds.</param>
/// <param name="BaseUrl">Overrides site.yml's base_url (e.g. for a preview host).</param>
/// <param name="IncludeDrafts">Publish posts marked draft: true.</param>
/// <param name="IncludeFuture">Publish posts dated after <paramref name="Now"/>.</param>
/// <param name="Now">The moment that decides which posts are scheduled; the clock by default.</param>
/// <param name="WriteOutput">False for a check: everything runs, nothing is written.</param>
/// <param name="WarningsAsErrors">A warning fails the build like an error.</param>
/// <param name="OutputMode">What may happen to an output folder that exists (see docs/security.md).</param>
public sealed record BuildOptions(
    string SourceDirectory,
    string OutputDirectory,
    Uri? BaseUrl = null,
    bool IncludeDrafts = false,
    bool IncludeFuture = false,
    DateTimeOffset? Now = null,
    bool WriteOutput = true,
    bool WarningsAsErrors = false,
    Output.OutputMode OutputMode = Output.OutputMode.Replace);
