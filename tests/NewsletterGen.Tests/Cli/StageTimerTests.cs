using AwesomeAssertions;

namespace NewsletterGen.Tests.Cli;

/// <summary>What `build --timings` reports of each stage.</summary>
public class StageTimerTests
{
    [Fact]
    public void A_stage_counts_the_garbage_collections_that_ran_in_it_by_generation()
    {
        var timer = new StageTimer();
        timer.Mark("before");
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        timer.Mark("collected");

        var collected = timer.Stages[1];
        collected.Stage.Should().Be("collected");
        collected.Collections.Gen2.Should().BeGreaterThanOrEqualTo(1);
        collected.Collections.Gen1.Should().BeGreaterThanOrEqualTo(collected.Collections.Gen2, "a generation-2 collection counts in generation 1 too");
        collected.Collections.Gen0.Should().BeGreaterThanOrEqualTo(collected.Collections.Gen1);
        collected.Collections.Paused.Should().BeGreaterThan(TimeSpan.Zero);
    }
}
