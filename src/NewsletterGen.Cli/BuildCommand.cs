using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace NewsletterGen.Cli;

internal static class BuildCommand
{
    public static Command Create()
    {
        var source = SourceOptions.Source();
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Where to write the site (default: _site in the source folder); replaced only when the build succeeds",
        };
        var baseUrl = SourceOptions.BaseUrl();
        var drafts = SourceOptions.Drafts();
        var future = SourceOptions.Future();
        var format = SourceOptions.Format();
        var strict = SourceOptions.WarningsAsErrors();
        var command = new Command("build", "Check the content, then build the website and feeds into the output folder")
        {
            source, output, baseUrl, drafts, future, format, strict,
        };

        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var outputDir = parse.GetValue(output)?.FullName ?? Path.Combine(sourceDir, "_site");
            var clock = Stopwatch.StartNew();
            var options = new BuildOptions(sourceDir, outputDir, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(future),
                WarningsAsErrors: parse.GetValue(strict));
            var result = SiteBuild.Run(options);
            DiagnosticPrinter.Print(result.Diagnostics, sourceDir, parse.GetValue(format));
            var shownOutput = Path.GetRelativePath(Environment.CurrentDirectory, outputDir);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Build failed: {Plural(result.ErrorCount, "error")}; {shownOutput} was left as it was."));
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {Plural(result.PostCount, "post")}, {Plural(result.PageCount, "page")}, {Plural(result.FileCount, "file")} into {shownOutput} in {clock.Elapsed.TotalSeconds:0.00} s"));
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
