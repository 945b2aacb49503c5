using System.CommandLine;
using System.Globalization;

namespace NewsletterGen.Cli;

internal static class CheckCommand
{
    public static Command Create()
    {
        var source = SourceOptions.Source();
        var drafts = SourceOptions.Drafts();
        var future = SourceOptions.Future();
        var format = SourceOptions.Format();
        var strict = SourceOptions.WarningsAsErrors();
        var command = new Command("check", "Run every check of a build without writing anything; say when the next scheduled post goes live")
        {
            source, drafts, future, format, strict,
        };

        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var result = SiteBuild.Run(new BuildOptions(sourceDir, Path.Combine(sourceDir, "_site"),
                IncludeDrafts: parse.GetValue(drafts), IncludeFuture: parse.GetValue(future), WriteOutput: false, WarningsAsErrors: parse.GetValue(strict)));
            DiagnosticPrinter.Print(result.Diagnostics, sourceDir, parse.GetValue(format));
            var summary = $"{BuildCommand.Plural(result.ErrorCount, "error")}, {BuildCommand.Plural(result.WarningCount, "warning")}";
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"Check failed: {summary}.");
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine($"Checked {BuildCommand.Plural(result.PostCount, "post")} and {BuildCommand.Plural(result.PageCount, "page")}: {summary}.");
            if (result.NextScheduled is { } next)
            {
                // A scheduled CI job can read this line to know when to rebuild.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Next scheduled post: {next.Path} goes live at {next.Date.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} ({next.Title})"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
