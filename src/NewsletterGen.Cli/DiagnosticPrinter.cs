using NewsletterGen.Diagnostics;

namespace NewsletterGen.Cli;

/// <summary>Prints diagnostics to stderr as `path:line:col: error CODE: message`, with paths
/// relative to the folder the command runs in, so a terminal or editor can open them. Colour only
/// when stderr is a terminal and NO_COLOR is not set.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, string sourceDirectory)
    {
        var prefix = Path.GetRelativePath(Environment.CurrentDirectory, sourceDirectory).Replace('\\', '/');
        var color = !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        foreach (var diagnostic in diagnostics)
        {
            var file = prefix is "." || Path.IsPathRooted(diagnostic.Location.File) ? diagnostic.Location.File : $"{prefix}/{diagnostic.Location.File}";
            var line = (diagnostic with { Location = diagnostic.Location with { File = file } }).ToString();
            if (color)
            {
                var code = diagnostic.IsError ? "\e[31m" : "\e[33m";
                Console.Error.WriteLine($"{code}{line}\e[0m");
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }
    }
}
