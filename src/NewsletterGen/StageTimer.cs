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
