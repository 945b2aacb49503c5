namespace NewsletterGen.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors (or warnings, with --warnings-as-errors).</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    /// <summary>A bug in NewsletterGen: an exception nobody foresaw (EX_SOFTWARE of sysexits.h).
    /// One line on stderr says what and where the full trace was written.</summary>
    public const int InternalError = 70;
}
