using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsletterGen.Output;

/// <summary>Puts a new site's folder in place of the output folder so that at every instant an
/// output folder exists: one rename-exchange where the kernel has it (<see cref="RenameExchange"/>),
/// else two renames, the old folder moved aside first. A build killed between those two renames
/// leaves the old site as `.NAME.old-…` beside the output and no output: the next build puts it
/// back (<see cref="Recover"/>) before anything else, and removes the leftovers of interrupted
/// builds, `.NAME.tmp-…` (a new site being written) and `.NAME.old-…`. Their names carry the id
/// of the process that made them, so a build running now in another process is left alone.</summary>
public static partial class FolderSwap
{
    /// <summary>A new temporary folder's path beside <paramref name="output"/>: ".NAME.tmp-PID-GUID".</summary>
    public static string NewStaging(string output) => Beside(output, "tmp");

    /// <summary>Replaces <paramref name="output"/> by <paramref name="staging"/> and deletes the
    /// old site. <paramref name="exchange"/> false forces the two renames (for tests).</summary>
    public static void Swap(string staging, string output, bool exchange = true)
    {
        ArgumentNullException.ThrowIfNull(staging);
        ArgumentNullException.ThrowIfNull(output);
        if (!Directory.Exists(output))
        {
            OutputWriteException.Guard(OutputActions.ReplaceOutput, output, () => Directory.Move(staging, output));
            return;
        }

        if (exchange && RenameExchange.TryExchange(staging, output))
        {
            // The staging name now holds the old site.
            OutputWriter.TryDelete(staging);
            return;
        }

        var old = Beside(output, "old");
        OutputWriteException.Guard(OutputActions.ReplaceOutput, output, () => Directory.Move(output, old));
        try
        {
            OutputWriteException.Guard(OutputActions.ReplaceOutput, output, () => Directory.Move(staging, output));
        }
        catch
        {
            Directory.Move(old, output);
            throw;
        }

        OutputWriter.TryDelete(old);
    }

    /// <summary>Before a build writes beside <paramref name="output"/>: puts back the old site a
    /// build killed between its two renames left aside (when there is no output folder), and
    /// deletes what interrupted builds left. Returns the leftovers it deleted or restored.</summary>
    public static IReadOnlyList<string> Recover(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent))
        {
            return [];
        }

        var name = Path.GetFileName(output);
        var leftovers = new List<(string Path, bool IsOld)>();
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.*"))
            {
                var match = Leftover().Match(Path.GetFileName(folder));
                if (match.Success && match.Groups["name"].Value == name && !IsRunning(match.Groups["pid"].Value))
                {
                    leftovers.Add((folder, match.Groups["kind"].Value == "old"));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        var handled = new List<string>();
        if (!Directory.Exists(output) && !File.Exists(output)
            && leftovers.Where(l => l.IsOld).OrderByDescending(l => Directory.GetLastWriteTimeUtc(l.Path)).Select(l => l.Path).FirstOrDefault() is { } previous)
        {
            Directory.Move(previous, output);
            leftovers.RemoveAll(l => l.Path == previous);
            handled.Add(previous);
        }

        foreach (var (path, _) in leftovers)
        {
            OutputWriter.TryDelete(path);
            handled.Add(path);
        }

        return handled;
    }

    private static string Beside(string output, string kind) =>
        Path.Combine(Path.GetDirectoryName(output)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(output)}.{kind}-{Environment.ProcessId}-{Guid.NewGuid():N}"));

    /// <summary>Whether the process that made a leftover still runs (then it is no leftover). A
    /// name without a process id was made by an earlier version: it is a leftover.</summary>
    private static bool IsRunning(string pid)
    {
        if (pid.Length == 0 || !int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        if (id == Environment.ProcessId)
        {
            // This process builds one site into one folder at a time; its own failed builds
            // delete their folders. One it has not deleted may be another build of this
            // process still running (tests build in parallel).
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.(?<kind>tmp|old)-(?:(?<pid>[0-9]+)-)?[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();
}
