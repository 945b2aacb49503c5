using System.CommandLine;
using NewsletterGen.Content;

namespace NewsletterGen.Cli;

internal static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The new issue's title" };
        var tags = new Option<string?>("--tags", "-t") { Description = "Comma-separated tags, e.g. --tags \"Mistral,EU AI Act\"" };
        var draft = new Option<bool>("--draft") { Description = "Mark the post as a draft" };
        var source = SourceOptions.Source();
        var command = new Command("new", "Create content/posts/<date>-<slug>.md with complete front matter (never overwrites)")
        {
            title, tags, draft, source,
        };

        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var tagList = (parse.GetValue(tags) ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var result = PostScaffold.Create(sourceDir, parse.GetValue(title)!, tagList, parse.GetValue(draft), DateTimeOffset.Now);
            DiagnosticPrinter.Print(result.Diagnostics, sourceDir, DiagnosticFormat.Text);
            if (result.RelativePath is null)
            {
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine(Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(sourceDir, result.RelativePath)).Replace('\\', '/'));
            return ExitCodes.Success;
        });
        return command;
    }
}
