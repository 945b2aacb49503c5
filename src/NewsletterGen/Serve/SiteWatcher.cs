using NewsletterGen.Content;
using NewsletterGen.Incremental;

namespace NewsletterGen.Serve;

/// <summary>Watches content/ (which holds site.yml) and templates/ for changes, also when they
/// are made after the watch began, and calls back
/// once a burst of changes has been quiet for <see cref="QuietPeriod"/> (by default). Editors save in bursts
/// (a temporary file, a rename, a second write; inotify may also report one write twice), and
/// one rebuild per burst is enough. Editors' temporary and backup files, and hidden files, which
/// the build ignores too, cause no rebuild. The output folder is never watched: a build writing
/// it would otherwise trigger the next build.</summary>
public sealed class SiteWatcher : IDisposable
{
    // Long enough for an editor's burst (a temporary file and a rename take a few milliseconds),
    // short enough not to show in the edit-to-reload time. A burst split in two costs one more
    // incremental build, never a wrong site.
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(20);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _source;
    private readonly string _output;
    private readonly Timer _quiet;
    private readonly TimeSpan _quietPeriod;

    public SiteWatcher(string sourceDirectory, string outputDirectory, Action changed, TimeSpan? quietPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(changed);
        _quietPeriod = quietPeriod ?? QuietPeriod;
        _source = Path.GetFullPath(sourceDirectory);
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        _quiet = new Timer(_ => changed());
        lock (_watchers)
        {
            // The source folder itself, not its subfolders: content/ or templates/ made (or
            // renamed into place) after the server started are watched from then on.
            var root = new FileSystemWatcher(_source) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
            root.Created += (_, e) => OnFolderAppeared(e.Name);
            root.Renamed += (_, e) => OnFolderAppeared(e.Name);
            root.EnableRaisingEvents = true;
            _watchers.Add(root);
            foreach (var folder in WatchedFolders)
            {
                TryWatch(folder);
            }
        }
    }

    private static readonly string[] WatchedFolders = [ContentLoader.ContentFolder, ContentLoader.TemplatesFolder];

    private readonly HashSet<string> _watched = new(StringComparer.Ordinal);
    private readonly Lock _changesGate = new();
    private HashSet<string> _changed = new(StringComparer.Ordinal);
    private bool _structureChanged;
    private bool _complete = true;

    private void OnFolderAppeared(string? name)
    {
        if (name is not null && WatchedFolders.Contains(name))
        {
            lock (_watchers)
            {
                if (TryWatch(name))
                {
                    Overflowed();
                }
            }
        }
    }

    /// <summary>Watches content/ or templates/ with its subfolders, once. Call under the lock.</summary>
    private bool TryWatch(string folder)
    {
        var path = Path.Combine(_source, folder);
        if (_watched.Contains(folder) || !Directory.Exists(path) || IsInOutput(path))
        {
            return false;
        }

        var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChanged;
        watcher.Created += OnChanged;
        watcher.Deleted += OnChanged;
        watcher.Renamed += OnRenamed;

        // The kernel's queue overflowed: some changes are unknown, so rebuild.
        watcher.Error += (_, _) => Overflowed();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
        _watched.Add(folder);
        return true;
    }

    /// <summary>Whether a change to this file should not cause a rebuild: a hidden file, or an
    /// editor's temporary or backup file (Vim's .x.swp and 4913, Emacs's #x#, .#x and x~,
    /// and the *.tmp of editors that save by writing a copy and renaming it).</summary>
    public static bool IsIgnored(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return relativePath.Split('/', '\\').Any(name =>
            name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name == "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        lock (_watchers)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
        }

        _quiet.Dispose();
    }

    /// <summary>What changed since the last call: the files written, made, deleted or renamed
    /// (full paths), whether any file or folder was made, deleted or renamed, and whether the
    /// list is complete (the kernel's queue did not overflow, no folder appeared unwatched).</summary>
    public SourceChanges TakeChanges()
    {
        lock (_changesGate)
        {
            var changes = new SourceChanges(_changed, _structureChanged, _complete);
            _changed = new HashSet<string>(StringComparer.Ordinal);
            _structureChanged = false;
            _complete = true;
            return changes;
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (Matters(e.FullPath))
        {
            Record(e.FullPath, null, structure: e.ChangeType != WatcherChangeTypes.Changed);
            Restart();
        }
    }

    // A save by rename ends with "x.md.tmp → x.md": only the new name matters then, while a
    // rename of a post to a hidden name removes it from the site, so either name counts.
    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (Matters(e.FullPath) || Matters(e.OldFullPath))
        {
            Record(e.FullPath, e.OldFullPath, structure: true);
            Restart();
        }
    }

    private void Record(string path, string? oldPath, bool structure, bool complete = true)
    {
        lock (_changesGate)
        {
            _changed.Add(path);
            if (oldPath is not null)
            {
                _changed.Add(oldPath);
            }

            _structureChanged |= structure;
            _complete &= complete;
        }
    }

    /// <summary>Some changes are unknown (the kernel's queue overflowed, a folder appeared):
    /// the next build looks at every file.</summary>
    private void Overflowed()
    {
        lock (_changesGate)
        {
            _structureChanged = true;
            _complete = false;
        }

        Restart();
    }

    private bool Matters(string path) => !IsInOutput(path) && !IsIgnored(Path.GetRelativePath(_source, path));

    private bool IsInOutput(string path) =>
        path == _output || path.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Starts the quiet period again; the callback runs when it ends.</summary>
    private void Restart()
    {
        try
        {
            _quiet.Change(_quietPeriod, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // An event that arrived while the watcher was being disposed.
        }
    }
}
