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
        var command = new Command("build", "Build the website and feeds into the output folder")
        {
            source, output, baseUrl, drafts, future,
        };

        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var outputDir = parse.GetValue(output)?.FullName ?? Path.Combine(sourceDir, "_site");
            var clock = Stopwatch.StartNew();
            var result = SiteBuild.Run(new BuildOptions(sourceDir, outputDir, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(future)));
            DiagnosticPrinter.Print(result.Diagnostics, sourceDir);
            if (!result.Succeeded)
            {
                var errors = result.Diagnostics.Count(d => d.IsError);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Build failed: {errors} error{(errors == 1 ? "" : "s")}; {Path.GetRelativePath(Environment.CurrentDirectory, outputDir)} was left as it was."));
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {result.PostCount} post{(result.PostCount == 1 ? "" : "s")}, {result.PageCount} page{(result.PageCount == 1 ? "" : "s")}, {result.FileCount} files into {Path.GetRelativePath(Environment.CurrentDirectory, outputDir)} in {clock.Elapsed.TotalSeconds:0.00} s"));
            return ExitCodes.Success;
        });
        return command;
    }
}
