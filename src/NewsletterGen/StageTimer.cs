using System.Diagnostics;

namespace NewsletterGen;

/// <summary>Measures the build's named stages, for `build --timings` and the benchmark notes.</summary>
public sealed class StageTimer
{
    private readonly List<StageTiming> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;

    public IReadOnlyList<StageTiming> Stages => _stages;

    /// <summary>Records the time since the previous mark as the stage <paramref name="name"/>.</summary>
    public void Mark(string name)
    {
        var now = _clock.Elapsed;
        _stages.Add(new StageTiming(name, now - _last));
        _last = now;
    }
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
