using System.Globalization;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Cli;

/// <summary>Prints diagnostics to stderr, with paths relative to the folder the command runs in so
/// a terminal or editor can open them: `path:line:col: error CODE: message`, coloured only when
/// stderr is a terminal and NO_COLOR is unset; or as GitHub Actions annotations, which GitHub
/// shows on the pull request's lines.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, string sourceDirectory, DiagnosticFormat format)
    {
        var prefix = Path.GetRelativePath(Environment.CurrentDirectory, sourceDirectory).Replace('\\', '/');
        var color = format == DiagnosticFormat.Text && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        foreach (var diagnostic in diagnostics)
        {
            var file = prefix is "." || Path.IsPathRooted(diagnostic.Location.File) ? diagnostic.Location.File : $"{prefix}/{diagnostic.Location.File}";
            var located = diagnostic with { Location = diagnostic.Location with { File = file } };
            if (format == DiagnosticFormat.Github)
            {
                Console.Error.WriteLine(Annotation(located));
            }
            else if (color)
            {
                Console.Error.WriteLine($"{(diagnostic.IsError ? "\e[31m" : "\e[33m")}{located}\e[0m");
            }
            else
            {
                Console.Error.WriteLine(located);
            }
        }
    }

    /// <summary>`::error file=a.md,line=3,col=7,title=NG0102::message`, escaped as the
    /// workflow-command format requires.</summary>
    public static string Annotation(Diagnostic diagnostic) =>
        string.Create(CultureInfo.InvariantCulture,
            $"::{(diagnostic.IsError ? "error" : "warning")} file={Property(diagnostic.Location.File)},line={diagnostic.Location.Line},col={diagnostic.Location.Column},title={diagnostic.Code}::{Data(diagnostic.Message)}");

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
