using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Serve;

/// <summary>`newslettergen serve`: builds the site, serves it (<see cref="PreviewServer"/>),
/// watches its sources (<see cref="SiteWatcher"/>) and, after each burst of changes, builds it
/// again and tells the open pages (<see cref="ReloadBroadcaster"/>): `reload` after a good
/// build, `errors` after a failed one, which leaves the last good site on disk and served.
/// Builds run one at a time on a background loop; changes made during a build cause exactly
/// one more build after it.</summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private const string PreviewFolders = "newslettergen-serve";

    private readonly BuildOptions _options;
    private readonly Action<PreviewBuild> _report;
    private readonly ReloadBroadcaster _broadcaster = new();
    private readonly PreviewServer _server;

    // What the last build made: each rebuild renders and writes only what a change affects.
    private readonly Incremental.BuildCache _cache = new();

    // Holds at most one pending request: any number of changes during a build make one rebuild.
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private SiteWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private int _builds;

    private PreviewSession(BuildOptions options, Action<PreviewBuild> report, IEnumerable<string> hosts)
    {
        _options = options;
        _report = report;
        _server = new PreviewServer(options.OutputDirectory, _broadcaster, hosts);
    }

    public Uri Url => _server.Url;

    /// <summary>How many rebuilds changes have caused so far (the first build not counted).</summary>
    public int RebuildCount => Math.Max(0, Volatile.Read(ref _builds) - 1);

    /// <summary>How many pages are listening for reloads.</summary>
    public int ListenerCount => _broadcaster.ClientCount;

    /// <summary>Binds the port first, so a port in use fails at once (with an
    /// <see cref="IOException"/>), then watches, builds and serves. The first build may fail:
    /// the server then shows its errors and waits for a fix.</summary>
    public static Task<PreviewSession> StartAsync(BuildOptions options, int port, Action<PreviewBuild>? report = null, CancellationToken cancellationToken = default) =>
        StartAsync(options, port, [], report, cancellationToken);

    /// <param name="hosts">Host names to answer to besides 127.0.0.1, localhost and [::1] (`--host`).</param>
    public static async Task<PreviewSession> StartAsync(BuildOptions options, int port, IReadOnlyList<string> hosts, Action<PreviewBuild>? report = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(hosts);
        var session = new PreviewSession(options, report ?? (_ => { }), hosts);
        try
        {
            await session._server.StartAsync(port, cancellationToken);

            // Watching starts before the first build, so a change made during it is not missed.
            session._watcher = new SiteWatcher(options.SourceDirectory, options.OutputDirectory, session.RequestBuild);
            session.Build();
            session._loop = Task.Run(session.RebuildLoopAsync, CancellationToken.None);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        return session;
    }

    /// <summary>The default output folder: one per source folder under the system's temp
    /// folder, so a preview never replaces the site's own _site/ (which may be what gets
    /// deployed). `serve` deletes it when it stops (<see cref="RemoveDefaultOutput"/>).</summary>
    public static string DefaultOutputDirectory(string sourceDirectory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceDirectory));
        var name = new string(Path.GetFileName(full).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..8];
        return Path.Combine(Path.GetTempPath(), PreviewFolders, $"{(name.Length > 0 ? name : "site")}-{hash}");
    }

    /// <summary>Deletes a preview folder made under the temp folder by
    /// <see cref="DefaultOutputDirectory"/>, with whatever interrupted builds left beside it, and
    /// the folder of preview folders once it is empty: `serve` leaves nothing in the temp folder
    /// when it stops. A folder elsewhere is never touched.</summary>
    public static void RemoveDefaultOutput(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output);
        if (parent is null || Path.GetFileName(parent) != PreviewFolders || Path.GetDirectoryName(parent) != Path.TrimEndingDirectorySeparator(Path.GetTempPath()))
        {
            return;
        }

        try
        {
            Output.FolderSwap.Recover(output);
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            if (!Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another preview may be starting in the same folder; the temp folder is cleaned by the system.
        }
    }

    /// <summary>Stops watching, ends every event stream and stops the server. A build in
    /// progress is given a moment to finish its write.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _pending.Writer.TryComplete();
        try
        {
            await _loop.WaitAsync(TimeSpan.FromSeconds(1));
        }
        catch (TimeoutException)
        {
        }

        _broadcaster.Close();
        await _server.DisposeAsync();
        _broadcaster.Dispose();
    }

    private void RequestBuild() => _pending.Writer.TryWrite(true);

    private async Task RebuildLoopAsync()
    {
        await foreach (var _ in _pending.Reader.ReadAllAsync())
        {
            Build();
        }
    }

    private void Build()
    {
        var clock = Stopwatch.StartNew();
        var collections = GC.CollectionCount(0);
        BuildResult result;
        try
        {
            // What the watcher saw since the last build; changes during this build go to the next.
            _cache.Changes = _watcher?.TakeChanges();
            result = SiteBuild.Run(_options, _cache);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Writing failed (a full disk, permissions); OutputWriter left the previous site in place.
            var diagnostics = new DiagnosticBag();
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, SourceLocation.StartOf(_options.OutputDirectory), $"could not write the site: {e.Message}");
            result = BuildResult.Failed(diagnostics);
        }

        clock.Stop();
        collections = GC.CollectionCount(0) - collections;
        var number = Interlocked.Increment(ref _builds) - 1;
        var state = _server.State.After(result);
        _server.State = state;
        if (result.Succeeded)
        {
            _broadcaster.Send("reload", state.Version);
        }
        else
        {
            _broadcaster.Send("errors", _server.StateJson());
        }

        _report(new PreviewBuild(number, result, clock.Elapsed) { Collections = collections });
    }
}
