using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AwesomeAssertions;
using NewsletterGen.Tests.Cli;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Serve;

/// <summary>`newslettergen serve` as a separate process: the port-in-use message and a clean
/// stop on a termination signal. Each test spawns the real tool once.</summary>
public class ServeCommandTests
{
    private static readonly string OnePost = SampleSites.OnePost("Hi.");

    [Fact]
    public void A_port_in_use_exits_1_with_a_one_line_message()
    {
        using var site = TestSite.Create(OnePost);
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var run = CliRun.Start(site.Root, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", site.Output);

            run.ExitCode.Should().Be(1);
            run.Stdout.Should().BeEmpty();
            run.StderrLines.Should().Equal(
                $"newslettergen: port {port} on 127.0.0.1 is already in use; stop the program using it, or choose another port with --port (--port 0 picks a free one)");
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task A_termination_signal_closes_the_event_streams_and_exits_0()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "sends SIGTERM with kill(1)");
        using var timeout = TestTimeout.Start();
        using var site = TestSite.Create(OnePost);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliRun.Dll, "serve", "--port", "0", "--output", site.Output })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        try
        {
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            string? line;
            var stdout = new List<string>();
            do
            {
                line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                stdout.Add(line ?? "(end of output)");
            }
            while (line is not null && !line.StartsWith("Serving ", StringComparison.Ordinal));

            var url = new Uri(stdout[^1].Split(' ').Single(w => w.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = url };
            (await http.GetStringAsync("/posts/hello/", timeout.Token)).Should().Contain("Hi.");
            await using var events = await EventSourceClient.OpenAsync(http, timeout.Token);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            (await events.NextAsync(timeout.Token)).Should().BeNull("the server ended the stream before exiting");
            await process.WaitForExitAsync(timeout.Token);
            stdout.AddRange((await process.StandardOutput.ReadToEndAsync(timeout.Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));

            process.ExitCode.Should().Be(0);
            stdout[0].Should().MatchRegex(@"^\[\d\d:\d\d:\d\d\] Built 1 post, 0 pages, \d+ files in \d+ ms\.$");
            stdout[^1].Should().Be("Stopped.");
            (await stderr).Should().BeEmpty();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Stopping_removes_the_preview_folder_it_made_in_the_temp_folder()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "sends SIGTERM with kill(1)");
        using var timeout = TestTimeout.Start();
        using var site = TestSite.Create(OnePost);
        var temp = Path.Combine(site.Root, "tmp");
        Directory.CreateDirectory(temp);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliRun.Dll, "serve", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["TMPDIR"] = temp;
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        using var process = Process.Start(start)!;
        try
        {
            string? line;
            do
            {
                line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            }
            while (line is not null && !line.StartsWith("Serving ", StringComparison.Ordinal));

            line.Should().NotBeNull();
            Directory.EnumerateFiles(Path.Combine(temp, "newslettergen-serve"), "index.html", SearchOption.AllDirectories).Should().NotBeEmpty("the preview is built there");

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            await process.WaitForExitAsync(timeout.Token);

            var said = $"exit {process.ExitCode}: {await process.StandardOutput.ReadToEndAsync(timeout.Token)} {await process.StandardError.ReadToEndAsync(timeout.Token)}";
            Directory.Exists(Path.Combine(temp, "newslettergen-serve")).Should().BeFalse(said);
            process.ExitCode.Should().Be(0, said);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
