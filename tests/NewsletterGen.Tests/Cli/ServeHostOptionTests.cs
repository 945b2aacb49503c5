using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Cli;

/// <summary>`serve --host`: documented in --help, and refused at once when it is not a host name.</summary>
public class ServeHostOptionTests
{
    [Fact]
    public void Serve_help_describes_the_host_option()
    {
        using var site = TestSite.Create(string.Empty);

        var run = CliRun.Start(site.Root, "serve", "--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("--host").And.Contain("127.0.0.1, localhost and [::1]");
    }

    [Theory]
    [InlineData("preview.lan:8080")]
    [InlineData("http://preview.lan")]
    public void A_host_with_a_port_or_a_scheme_exits_2_before_serving(string host)
    {
        using var site = TestSite.Create(string.Empty);

        var run = CliRun.Start(site.Root, "serve", "--port", "0", "--host", host);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain($"--host takes a host name such as preview.example or an IP address, without a port or scheme, not '{host}'");
        run.Stdout.Should().NotContain("Serving");
    }
}
