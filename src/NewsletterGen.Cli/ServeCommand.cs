using System.CommandLine;
using System.Globalization;
using NewsletterGen.Serve;

namespace NewsletterGen.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var source = SourceOptions.Source();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port on 127.0.0.1 to serve at (0: any free port)",
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535");
            }
        });
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Where to build the preview (default: a folder under the system's temp folder, so _site is not touched, deleted when serve stops)",
        };
        var hosts = new Option<string[]>("--host")
        {
            Description = "Also answer requests for this host name (repeat for several); by default only 127.0.0.1, localhost and [::1] are answered. The server still listens on 127.0.0.1 only",
        };
        hosts.Validators.Add(result =>
        {
            foreach (var name in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!HostFilter.IsValidName(name))
                {
                    result.AddError($"--host takes a host name such as preview.example or an IP address, without a port or scheme, not '{name}'");
                }
            }
        });
        var clean = SourceOptions.Clean();
        var drafts = SourceOptions.Drafts();
        var future = SourceOptions.Future();
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of every build took (on stderr)" };
        var command = new Command("serve", "Build the site, serve it at http://127.0.0.1:PORT, and rebuild and reload open pages when a file changes")
        {
            source, port, hosts, output, drafts, future, timings, clean,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var ownFolder = parse.GetValue(output) is null;
            var outputDir = parse.GetValue(output)?.FullName ?? PreviewSession.DefaultOutputDirectory(sourceDir);
            var options = new BuildOptions(sourceDir, outputDir, IncludeDrafts: parse.GetValue(drafts), IncludeFuture: parse.GetValue(future),
                OutputMode: parse.GetValue(clean) ? NewsletterGen.Output.OutputMode.Clean : NewsletterGen.Output.OutputMode.Replace);
            try
            {
                return await ServeAsync(options, parse.GetValue(port), parse.GetValue(hosts) ?? [], parse.GetValue(timings), cancellationToken);
            }
            finally
            {
                if (ownFolder)
                {
                    // The preview's folder in the temp folder is the tool's, not the writer's.
                    PreviewSession.RemoveDefaultOutput(outputDir);
                }
            }
        });
        return command;
    }

    private static async Task<int> ServeAsync(BuildOptions options, int port, string[] hosts, bool timings, CancellationToken cancellationToken)
    {
        // System.CommandLine installs its SIGTERM handler once the action first yields; if the
        // server started without yielding, a SIGTERM right after "Serving" found the runtime's
        // default handler and ended the process (143) before it could stop and clean up.
        await Task.Yield();
        var sourceDir = options.SourceDirectory;
        var outputDir = options.OutputDirectory;
        PreviewSession session;
        try
        {
            session = await PreviewSession.StartAsync(options, port, hosts, build => Report(build, sourceDir, outputDir, timings), cancellationToken);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"newslettergen: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }

        await using (session)
        {
            Console.WriteLine($"Serving {Path.GetRelativePath(Environment.CurrentDirectory, sourceDir)} at {session.Url} (built into {outputDir}). Press Ctrl-C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C or SIGTERM: stop below, then exit 0.
            }
        }

        Console.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    private static void Report(PreviewBuild build, string sourceDir, string outputDir, bool timings)
    {
        var result = build.Result;
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var took = string.Create(CultureInfo.InvariantCulture, $"{build.Elapsed.TotalMilliseconds:0} ms");
        DiagnosticPrinter.Print(result.Diagnostics, sourceDir, DiagnosticFormat.Text);
        if (!result.Succeeded)
        {
            var kept = build.IsRebuild ? "still serving the last good site" : $"serving what {outputDir} held before";
            Console.Error.WriteLine($"[{time}] Build failed in {took}: {BuildCommand.Plural(result.ErrorCount, "error")}; {kept}. Waiting for changes.");
            return;
        }

        if (timings)
        {
            BuildCommand.PrintTimings(result);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"garbage collections",-22} {build.Collections,8}"));
        }

        var what = $"{BuildCommand.Plural(result.PostCount, "post")}, {BuildCommand.Plural(result.PageCount, "page")}, {BuildCommand.Plural(result.FileCount, "file")}";
        var rendered = build.IsRebuild ? $" ({BuildCommand.Plural(result.RenderedPages, "page")} rendered again)" : string.Empty;
        Console.WriteLine($"[{time}] {(build.IsRebuild ? "Rebuilt" : "Built")} {what} in {took}{rendered}.");
    }
}
