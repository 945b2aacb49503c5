using System.Globalization;

namespace NewsletterGen.Diagnostics;

public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The `path:line:col: severity CODE: message` form, clickable in terminals and editors.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Location.File}:{Location.Line}:{Location.Column}: {(IsError ? "error" : "warning")} {Code}: {Message}");
}
