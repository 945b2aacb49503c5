namespace NewsletterGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
