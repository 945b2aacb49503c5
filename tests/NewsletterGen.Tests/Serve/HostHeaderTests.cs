using System.Net.Sockets;
using System.Text;
using AwesomeAssertions;
using NewsletterGen.Serve;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Serve;

/// <summary>The preview answers only to loopback Host headers and the names given with --host,
/// so a page of another site that re-points its name at 127.0.0.1 (DNS rebinding) cannot read
/// it, drafts included. Requests are written byte by byte over a loopback socket.</summary>
public class HostHeaderTests
{
    private const string DraftPost = """
        -- content/posts/secret.md --
        ---
        title: Unannounced merger
        date: 2024-05-01
        draft: true
        ---
        DRAFT-ONLY-TEXT
        """;

    /// <summary>The status line and body of a GET with exactly this Host header.</summary>
    private static async Task<(int Status, string Body)> GetAsync(Uri server, string path, string host, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"), cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(cancellationToken);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }

    [Theory]
    [InlineData("attacker.example:{port}")]
    [InlineData("attacker.example")]
    [InlineData("localhost.attacker.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost.")]
    public async Task Refuses_another_host_name_with_421_and_sends_nothing_of_the_site(string host)
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(DraftPost, o => o with { IncludeDrafts = true });
        var port = served.Session.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var page = await GetAsync(served.Session.Url, "/posts/unannounced-merger/", host.Replace("{port}", port, StringComparison.Ordinal), timeout.Token);
        var status = await GetAsync(served.Session.Url, PreviewServer.StatusPath, host.Replace("{port}", port, StringComparison.Ordinal), timeout.Token);

        page.Status.Should().Be(421);
        page.Body.Should().NotContain("DRAFT-ONLY-TEXT").And.NotContain("Unannounced").And.Contain("serve --host NAME");
        status.Status.Should().Be(421);
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost")]
    [InlineData("[::1]:{port}")]
    [InlineData("127.0.0.1:1")]
    public async Task Answers_the_loopback_names_on_any_port(string host)
    {
        using var timeout = TestTimeout.Start();
        await using var served = await ServedSite.StartAsync(DraftPost, o => o with { IncludeDrafts = true });
        var port = served.Session.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (status, body) = await GetAsync(served.Session.Url, "/posts/unannounced-merger/", host.Replace("{port}", port, StringComparison.Ordinal), timeout.Token);

        status.Should().Be(200);
        body.Should().Contain("DRAFT-ONLY-TEXT");
    }

    [Fact]
    public async Task Answers_a_name_given_with_host_and_still_refuses_others()
    {
        using var timeout = TestTimeout.Start();
        using var site = TestSite.Create(DraftPost);
        await using var session = await PreviewSession.StartAsync(new BuildOptions(site.Root, site.Output, Now: TestSite.Now), 0, ["preview.lan", "::2"], cancellationToken: timeout.Token);

        (await GetAsync(session.Url, "/", "preview.lan:8080", timeout.Token)).Status.Should().Be(200);
        (await GetAsync(session.Url, "/", "[::2]", timeout.Token)).Status.Should().Be(200);
        (await GetAsync(session.Url, "/", "other.lan", timeout.Token)).Status.Should().Be(421);
    }
}
