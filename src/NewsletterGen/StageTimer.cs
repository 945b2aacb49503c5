using System.Diagnostics;

namespace NewsletterGen;

/// <summary>Measures the build's named stages, for `build --timings` and the benchmark notes:
/// wall time, CPU time, and the garbage collections that ran in the stage (a full collection of a large
/// build's heap takes hundreds of milliseconds, and shows up in whichever stage allocated last).</summary>
public sealed class StageTimer
{
    private readonly List<StageTiming> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;
    private TimeSpan _lastCpu = Environment.CpuUsage.TotalTime;
    private GcCounts _lastGc = GcCounts.Now();

    public IReadOnlyList<StageTiming> Stages => _stages;

    /// <summary>Records the time since the previous mark as the stage <paramref name="name"/>.</summary>
    public void Mark(string name)
    {
        var now = _clock.Elapsed;
        var cpu = Environment.CpuUsage.TotalTime;
        var gc = GcCounts.Now();
        _stages.Add(new StageTiming(name, now - _last) { Cpu = cpu - _lastCpu, Collections = gc - _lastGc });
        _last = now;
        _lastCpu = cpu;
        _lastGc = gc;
    }
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed)
{
    /// <summary>The CPU time of the whole process (every thread, user and kernel) during the
    /// stage: against <see cref="Elapsed"/>, how well the stage keeps the cores busy.</summary>
    public TimeSpan Cpu { get; init; }

    /// <summary>The garbage collections during the stage, by generation, and how long they
    /// paused the build.</summary>
    public GcCounts Collections { get; init; }
}

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
