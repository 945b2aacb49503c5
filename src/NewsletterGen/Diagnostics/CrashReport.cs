using System.Globalization;

namespace NewsletterGen.Diagnostics;

/// <summary>What a bug in NewsletterGen leaves behind: its full trace in a file of the temp folder,
/// and one line for the terminal saying what happened and where the trace went. Bad input and
/// file-system faults are diagnostics; only what nobody foresaw comes here.</summary>
public static class CrashReport
{
    /// <summary>Writes <paramref name="exception"/>'s full text to a new file in the temp folder
    /// and returns the one line to print.</summary>
    public static string Write(Exception exception, string command)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"newslettergen-crash-{stamp}-{Environment.ProcessId}.txt"));
        string where;
        try
        {
            File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"newslettergen {command}\n{DateTime.UtcNow:O}\n{Environment.OSVersion}, .NET {Environment.Version}\n\n{exception}\n"));
            where = $"the full trace is in {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            where = $"the trace could not be saved ({e.Message})";
        }

        return $"internal error: {Innermost(exception).GetType().Name}: {Innermost(exception).Message} (a bug in NewsletterGen, not in your site; {where}; please report it)";
    }

    private static Exception Innermost(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Innermost(aggregate.InnerExceptions[0]),
        { InnerException: { } inner } when e is TypeInitializationException or System.Reflection.TargetInvocationException => Innermost(inner),
        _ => e,
    };
}
