using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsletterGen.Output;

namespace NewsletterGen.Cli;

internal static class BuildCommand
{
    public static Command Create()
    {
        var source = SourceOptions.Source();
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Where to write the site (default: _site in the source folder); replaced only when the build succeeds, and only if a build made it or it is empty",
        };
        var clean = SourceOptions.Clean();
        var keepOtherFiles = new Option<bool>("--keep-other-files")
        {
            Description = "Write the site into the output folder and keep every file the site does not make (.git, CNAME): for publishing into a git checkout. Only files an earlier build made are removed",
        };
        var baseUrl = SourceOptions.BaseUrl();
        var drafts = SourceOptions.Drafts();
        var future = SourceOptions.Future();
        var format = SourceOptions.Format();
        var strict = SourceOptions.WarningsAsErrors();
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took (on stderr)" };
        var command = new Command("build", "Check the content, then build the website and feeds into the output folder")
        {
            source, output, baseUrl, drafts, future, format, strict, timings, clean, keepOtherFiles,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(clean) && result.GetValue(keepOtherFiles))
            {
                result.AddError("--clean replaces the output folder and --keep-other-files keeps what is in it: choose one");
            }
        });

        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var outputDir = parse.GetValue(output)?.FullName ?? Path.Combine(sourceDir, "_site");
            var clock = Stopwatch.StartNew();
            var options = new BuildOptions(sourceDir, outputDir, parse.GetValue(baseUrl), parse.GetValue(drafts), parse.GetValue(future),
                WarningsAsErrors: parse.GetValue(strict),
                OutputMode: parse.GetValue(clean) ? OutputMode.Clean : parse.GetValue(keepOtherFiles) ? OutputMode.KeepOtherFiles : OutputMode.Replace);
            var result = SiteBuild.Run(options);
            DiagnosticPrinter.Print(result.Diagnostics, sourceDir, parse.GetValue(format));
            var shownOutput = Path.GetRelativePath(Environment.CurrentDirectory, outputDir);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Build failed: {Plural(result.ErrorCount, "error")}; {shownOutput} was left as it was."));
                return ExitCodes.ContentErrors;
            }

            if (parse.GetValue(timings))
            {
                PrintTimings(result);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {Plural(result.PostCount, "post")}, {Plural(result.PageCount, "page")}, {Plural(result.FileCount, "file")}{(result.UnchangedFileCount > 0 ? $" ({result.UnchangedFileCount} unchanged)" : "")} into {shownOutput} in {clock.Elapsed.TotalSeconds:0.00} s"));
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>Each stage's time, its CPU time (on all cores), the memory it allocated and its
    /// garbage collections, on stderr.</summary>
    internal static void PrintTimings(BuildResult result)
    {
        foreach (var stage in result.Timings)
        {
            var gc = stage.Collections;
            var collections = gc.Gen0 == 0 ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $"   GC {gc.Gen0 - gc.Gen1}/{gc.Gen1 - gc.Gen2}/{gc.Gen2} (gen 0/1/2), paused {gc.Paused.TotalMilliseconds:0} ms");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage.Stage,-22} {stage.Elapsed.TotalMilliseconds,8:0} ms {stage.Cpu.TotalMilliseconds,8:0} ms CPU {gc.Allocated / (1024.0 * 1024.0),6:0} MB allocated{collections}"));
        }
    }
}
