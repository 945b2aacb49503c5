using System.CommandLine;
using NewsletterGen.Import;

namespace NewsletterGen.Cli;

internal static class ImportCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A Jekyll site or its _posts folder, or a Hugo site or its content folder" };
        folder.AcceptExistingOnly();
        var source = SourceOptions.Source();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be imported and changed; write nothing" };
        var format = SourceOptions.Format();
        var command = new Command("import", "Copy a Jekyll or Hugo archive into content/posts, front matter normalised and old URLs kept as aliases (never overwrites)")
        {
            folder, source, dryRun, format,
        };

        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var result = ArchiveImporter.Run(new ImportOptions(sourceDir, parse.GetValue(folder)!.FullName, parse.GetValue(dryRun), DateTimeOffset.Now));
            foreach (var file in result.Files)
            {
                Console.WriteLine(file.ReportLine);
            }

            DiagnosticPrinter.Print(result.Diagnostics, sourceDir, parse.GetValue(format));
            if (result.Kind is null)
            {
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine(result.Summary);
            if (result.PostCount > 0)
            {
                Console.WriteLine("Next: run 'newslettergen check' to see what is left to decide (docs/migrating.md).");
            }

            return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
