using System.Diagnostics;

namespace NewsletterGen;

/// <summary>Garbage collections so far, or in a span of time: how many of each generation (a
/// generation-2 collection also counts as 1 and 0, as the runtime counts them), the time they
/// paused the program, and the bytes allocated (what makes collections happen).</summary>
public readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public long Allocated { get; init; }

    public static GcCounts Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration())
    {
        Allocated = GC.GetTotalAllocatedBytes(precise: false),
    };

    public static GcCounts operator -(GcCounts after, GcCounts before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused)
        {
            Allocated = after.Allocated - before.Allocated,
        };
}
