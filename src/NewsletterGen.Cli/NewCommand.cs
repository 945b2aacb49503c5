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
        var language = new Option<string?>("--lang") { Description = "The post's language, one site.yml declares under 'languages' (e.g. fr); the site's language if left out" };
        var translationOf = new Option<string?>("--translation-of") { Description = "The post this one translates (e.g. content/posts/2024-07-05-launch.md): the new file is named after it with the language, <name>.<lang>.md" };
        var source = SourceOptions.Source();
        var command = new Command("new", "Create content/posts/<date>-<slug>.md with complete front matter (never overwrites)")
        {
            title, tags, draft, language, translationOf, source,
        };

        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var tagList = (parse.GetValue(tags) ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var original = parse.GetValue(translationOf) is { } path ? Path.GetFullPath(path) : null;
            var result = PostScaffold.Create(sourceDir, parse.GetValue(title)!, tagList, parse.GetValue(draft), DateTimeOffset.Now, parse.GetValue(language), original);
            DiagnosticPrinter.Print(result.Diagnostics, sourceDir, DiagnosticFormat.Text);
            if (result.RelativePath is null)
            {
                // A language site.yml does not declare, or an original that is not there, is a
                // bad command line, not bad content.
                return result.Diagnostics.Any(d => d.Code == Diagnostics.DiagnosticCodes.InvalidTranslationOf) ? ExitCodes.Usage : ExitCodes.ContentErrors;
            }

            Console.WriteLine(Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(sourceDir, result.RelativePath)).Replace('\\', '/'));
            return ExitCodes.Success;
        });
        return command;
    }
}
