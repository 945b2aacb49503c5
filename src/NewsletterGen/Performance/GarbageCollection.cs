using System.Runtime;

namespace NewsletterGen.Performance;

/// <summary>Keeps garbage collection out of the preview's rebuilds. The cache of a large site
/// makes a large heap, and a collection during a rebuild, which allocates far less, would cost
/// more than the rebuild itself. So after each
/// build, while the writer is typing, the session collects once and reserves room for the next
/// rebuild (a "no GC region" of twice what the last build allocated); the next rebuild then runs
/// without a pause. If it allocates more, or the server's requests use the room up, the runtime
/// ends the region and collects as usual: a slower rebuild, never a wrong one.</summary>
internal static class GarbageCollection
{
    private const long Minimum = 16L << 20;

    // The runtime refuses regions larger than its ephemeral budget allows; this is well inside it.
    private const long Maximum = 240L << 20;

    public static void ReserveForNextBuild(long lastBuildAllocated)
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.TryStartNoGCRegion(Math.Clamp(2 * lastBuildAllocated, Minimum, Maximum));
        }
        catch (ArgumentOutOfRangeException)
        {
            // A size this runtime cannot reserve: rebuilds collect as usual.
        }
        catch (InvalidOperationException)
        {
            // Another thread started a region in between.
        }
    }

    public static void EndReservation()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region had already ended (it was used up, or a collection was induced).
        }
    }
}
