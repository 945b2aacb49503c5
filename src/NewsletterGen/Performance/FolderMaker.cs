using NewsletterGen.Output;

namespace NewsletterGen.Performance;

/// <summary>Makes the folders of files to come into a staged site, in order, on a thread of
/// its own, while the build does other work. Disposing it stops it and waits for it: no folder
/// is made once the staged site may be deleted. A folder it has not made yet when its file is
/// written is made by the write (<see cref="StagedSite.Put"/>).</summary>
public sealed class FolderMaker : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _work;

    private FolderMaker(StagedSite site, IEnumerable<string> paths)
    {
        // A long-running task gets a thread of its own rather than one of the thread pool's,
        // which the parallel loops of the build keep busy.
        _work = Task.Factory.StartNew(() => site.MakeFolders(paths, _stop.Token), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Starts making the folders of <paramref name="paths"/> (output paths of files).</summary>
    public static FolderMaker Start(StagedSite site, IEnumerable<string> paths) => new(site, paths);

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _work.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Stopped before it started.
        }

        _stop.Dispose();
    }
}
