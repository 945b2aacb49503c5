using System.Diagnostics;

namespace NewsletterGen.Tests.Infrastructure;

/// <summary>A small file system of its own (tmpfs) in a temp folder, to fill up: the tests run as
/// root here and in CI, where mount is allowed. Where it is not, <see cref="TryMount"/> says why
/// and the test is skipped with that reason printed, never passed silently.</summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> KB, or returns why it cannot.</summary>
    public static (SmallDisk? Disk, string? Reason) TryMount(int kilobytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            return (null, "tmpfs needs Linux");
        }

        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nlg-disk-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            return (null, $"cannot mount a tmpfs (mount exited {code}: {output.Trim()}); the full-disk tests need root");
        }

        return (new SmallDisk(path), null);
    }

    /// <summary>Mounts one or skips the test, loudly.</summary>
    public static SmallDisk Mount(int kilobytes)
    {
        var (disk, reason) = TryMount(kilobytes);
        if (disk is null)
        {
            Assert.Skip($"FULL-DISK TEST NOT RUN: {reason}");
        }

        return disk!;
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static (int Code, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
