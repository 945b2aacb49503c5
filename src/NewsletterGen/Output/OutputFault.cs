using NewsletterGen.Diagnostics;

namespace NewsletterGen.Output;

/// <summary>Turns a file-system failure met while building (a full disk, a permission, a name too
/// long for the file system, a parent that cannot be made) into a diagnostic that says what failed,
/// where, and what to do; the previous output is kept in every case. Anything else is a bug and is
/// left to propagate.</summary>
public static class OutputFault
{
    // errno values (Linux, then macOS where they differ); .NET keeps the raw errno as the
    // HResult of an IOException it has no more specific type for.
    private const int NoSpace = 28;
    private const int ReadOnly = 30;
    private const int QuotaLinux = 122;
    private const int QuotaMac = 69;
    private const int DiskFullWindows = unchecked((int)0x80070070);
    private const int HandleDiskFullWindows = unchecked((int)0x80070027);

    /// <summary>The diagnostic for <paramref name="exception"/> (or the first file-system failure
    /// inside it), or null when it is not a file-system failure.</summary>
    public static Diagnostic? From(Exception exception, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var failure = FirstFileSystemFailure(exception);
        if (failure is null)
        {
            return null;
        }

        var output = OutputWriter.Full(outputDirectory);
        var (action, path, cause) = failure is OutputWriteException { Action.Length: > 0 } write
            ? (write.Action, write.Path, write.InnerException ?? write)
            : ("write", output, failure);
        var location = SourceLocation.StartOf(path);
        var kept = Directory.Exists(output) ? $"{output} was left as it was" : $"no output folder was made";
        if (cause is PathTooLongException)
        {
            return Error(DiagnosticCodes.OutputNameTooLong, location,
                $"could not {action} {path}: the name is longer than the file system allows (255 bytes a name, 4096 a path); {kept}. Shorten the slug, tag or file name that makes it, or build into a folder with a shorter path");
        }

        if (IsDiskFull(cause))
        {
            return Error(DiagnosticCodes.OutputWriteFailed, location,
                $"could not {action} {path}: no space left on the device; {kept}. Free some space, or build into another --output, and build again");
        }

        if (action == OutputActions.Read)
        {
            return Error(DiagnosticCodes.UnreadableFile, location, $"could not read {path}: {Reason(cause)}; {kept}. Check the file's permissions");
        }

        if (action == OutputActions.CreateOutputFolder)
        {
            return Error(DiagnosticCodes.OutputFolderUncreatable, location,
                $"could not create the folder {path} for the output: {(FileInTheWay(path) is { } file ? $"{file} is a file" : Reason(cause))}; choose an --output whose parent folders can be made");
        }

        var reason = cause switch
        {
            UnauthorizedAccessException => "permission denied",
            IOException { HResult: ReadOnly } => "the file system is read-only",
            _ => Reason(cause),
        };
        return Error(DiagnosticCodes.OutputWriteFailed, location,
            $"could not {action} {path}: {reason}; {kept}. Fix the folder's permissions or space, or build into another --output, and build again");
    }

    /// <summary>The file that stands where a folder of <paramref name="path"/> should be, if any.</summary>
    private static string? FileInTheWay(string path)
    {
        for (var folder = path; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return folder;
            }

            if (Directory.Exists(folder))
            {
                return null;
            }
        }

        return null;
    }

    private static Diagnostic Error(string code, SourceLocation location, string message) => new(Severity.Error, code, location, message);

    private static bool IsDiskFull(Exception e) =>
        e is IOException { HResult: NoSpace or QuotaLinux or QuotaMac or DiskFullWindows or HandleDiskFullWindows };

    /// <summary>.NET's message without the path it repeats ("No space left on device : '/x/y'").</summary>
    private static string Reason(Exception e)
    {
        var message = e.Message;
        var quote = message.IndexOf(" : '", StringComparison.Ordinal);
        message = quote > 0 ? message[..quote] : message;
        return message.TrimEnd('.').Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.') : e.GetType().Name;
    }

    private static Exception? FirstFileSystemFailure(Exception e) => e switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(FirstFileSystemFailure).FirstOrDefault(f => f is not null),
        OutputWriteException => e,
        IOException or UnauthorizedAccessException => e,
        _ => null,
    };
}
