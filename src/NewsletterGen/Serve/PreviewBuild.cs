using NewsletterGen.Performance;

namespace NewsletterGen.Serve;

/// <summary>One build of a preview session, for its log: <see cref="Number"/> 0 is the first
/// build, then each rebuild; <see cref="Elapsed"/> is the whole build, writing included.</summary>
public sealed record PreviewBuild(int Number, BuildResult Result, TimeSpan Elapsed)
{
    /// <summary>How many garbage collections ran during the build.</summary>
    public int Collections { get; init; }

    public bool IsRebuild => Number > 0;
}
