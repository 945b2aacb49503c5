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
        var command = new Command("check", "Run every check of a build without writing anything")
        {
            source, drafts, future,
        };

        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var result = SiteBuild.Run(new BuildOptions(sourceDir, Path.Combine(sourceDir, "_site"),
                IncludeDrafts: parse.GetValue(drafts), IncludeFuture: parse.GetValue(future), WriteOutput: false));
            DiagnosticPrinter.Print(result.Diagnostics, sourceDir);
            var errors = result.Diagnostics.Count(d => d.IsError);
            var warnings = result.Diagnostics.Count - errors;
            var summary = string.Create(CultureInfo.InvariantCulture, $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"Check failed: {summary}.");
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checked {result.PostCount} posts and {result.PageCount} pages: {summary}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
