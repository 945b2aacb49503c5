namespace NewsletterGen.Output;

/// <summary>A file-system call of the writer failed. Carries what it was doing and on which path
/// of the output, so the diagnostic names the file the writer meant (posts/a/index.html in the
/// output folder), not the temporary folder it was writing into.</summary>
public sealed class OutputWriteException : IOException
{
    public OutputWriteException(string action, string path, Exception inner)
        : base($"could not {action} {path}: {inner?.Message}", inner)
    {
        Action = action;
        Path = path;
    }

    public OutputWriteException()
    {
        Action = string.Empty;
        Path = string.Empty;
    }

    public OutputWriteException(string message)
        : base(message)
    {
        Action = string.Empty;
        Path = string.Empty;
    }

    public OutputWriteException(string message, Exception inner)
        : base(message, inner)
    {
        Action = string.Empty;
        Path = string.Empty;
    }

    /// <summary>What the writer was doing: "write", "create the folder", "replace the folder".</summary>
    public string Action { get; }

    /// <summary>The full path the writer meant.</summary>
    public string Path { get; }

    /// <summary>Runs <paramref name="call"/>, turning a file-system failure into this exception.</summary>
    public static void Guard(string action, string path, Action call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            call();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputWriteException)
        {
            throw new OutputWriteException(action, path, e);
        }
    }
}
