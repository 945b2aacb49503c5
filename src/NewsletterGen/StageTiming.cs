using System.Diagnostics;

namespace NewsletterGen;

public sealed record StageTiming(string Stage, TimeSpan Elapsed)
{
    /// <summary>The CPU time of the whole process (every thread, user and kernel) during the
    /// stage: against <see cref="Elapsed"/>, how well the stage keeps the cores busy.</summary>
    public TimeSpan Cpu { get; init; }

    /// <summary>The garbage collections during the stage, by generation, and how long they
    /// paused the build.</summary>
    public GcCounts Collections { get; init; }
}
