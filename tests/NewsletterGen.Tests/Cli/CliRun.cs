using System.Diagnostics;

namespace NewsletterGen.Tests.Cli;

/// <summary>The real command-line tool, run as a separate process: `dotnet newslettergen.dll`,
/// which the test project's reference to NewsletterGen.Cli copies next to the tests.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "newslettergen.dll");

    public IReadOnlyList<string> StdoutLines => Lines(Stdout);

    public IReadOnlyList<string> StderrLines => Lines(Stderr);

    public static CliRun Start(string workingDirectory, params string[] arguments) => StartAs([], workingDirectory, arguments);

    /// <param name="wrapper">A program that runs the tool, with its arguments (e.g. setpriv
    /// dropping capabilities); empty for none.</param>
    /// <param name="environment">Variables to set for the tool (e.g. TMPDIR).</param>
    public static CliRun StartAs(string[] wrapper, string workingDirectory, string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(wrapper.Length > 0 ? wrapper[0] : dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in wrapper.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        if (wrapper.Length > 0)
        {
            start.ArgumentList.Add(dotnet);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A generous bound only so that a hung process fails the test instead of the whole run.
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newslettergen {string.Join(' ', arguments)} did not exit");
        }

        return new CliRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
