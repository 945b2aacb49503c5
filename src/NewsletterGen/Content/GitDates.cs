using System.Diagnostics;
using System.Globalization;

namespace NewsletterGen.Content;

/// <summary>The last commit date of every file under content/, read with one `git log` over the
/// whole tree rather than one call per file (which is what makes other generators slow here).
/// Without git, or outside a repository, the answer is simply empty.</summary>
public static class GitDates
{
    public static IReadOnlyDictionary<string, DateTimeOffset> Read(string sourceDirectory)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        string output;
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = sourceDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "log", "--format=%x00%cI", "--name-only", "--relative", "--no-renames", "-z", "--", ContentLoader.ContentFolder })
            {
                start.ArgumentList.Add(argument);
            }

            using var git = Process.Start(start);
            if (git is null)
            {
                return dates;
            }

            var errors = git.StandardError.ReadToEndAsync();
            output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = errors.Result;
            if (git.ExitCode != 0)
            {
                return dates;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return dates; // git is not installed
        }

        // With -z, each commit is "\0<date>\n" (the format) followed by NUL-terminated names, newest commit first.
        DateTimeOffset? current = null;
        foreach (var token in output.Split('\0'))
        {
            var item = token.Trim('\n');
            if (item.Length == 0)
            {
                continue;
            }

            if (DateTimeOffset.TryParse(item, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && item.Length >= 20 && item[4] == '-' && item[10] == 'T')
            {
                current = date;
            }
            else if (current is { } commitDate)
            {
                dates.TryAdd(item, commitDate);
            }
        }

        return dates;
    }
}
