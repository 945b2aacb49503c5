using Microsoft.AspNetCore.Http;

namespace NewsletterGen.Serve;

/// <summary>The Host headers the preview answers to: the loopback names, and the names the
/// writer adds (`serve --host`). A browser sends the name it resolved; a page of another site
/// whose name an attacker re-points at 127.0.0.1 (DNS rebinding) sends that site's name, and
/// must not be able to read the preview, which with --drafts holds unpublished posts.</summary>
public sealed class HostFilter
{
    private static readonly string[] Loopback = ["127.0.0.1", "localhost", "[::1]"];

    private readonly HashSet<string> _names;

    public HostFilter(IEnumerable<string> extraNames)
    {
        ArgumentNullException.ThrowIfNull(extraNames);
        _names = new HashSet<string>(Loopback.Concat(extraNames.Select(Bracketed)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The names answered, loopback first, for messages.</summary>
    public IReadOnlyCollection<string> Names => _names;

    /// <summary>Whether a request's Host header (any port) is one of the names. A request
    /// without one is refused: every browser sends it.</summary>
    public bool Allows(HostString host) => host.HasValue && _names.Contains(host.Host);

    /// <summary>Whether <paramref name="name"/> can be given to --host: a DNS name or an IP
    /// address, without a port or a scheme.</summary>
    public static bool IsValidName(string name) =>
        !string.IsNullOrEmpty(name) && Uri.CheckHostName(name.Trim('[', ']')) != UriHostNameType.Unknown;

    /// <summary>An IPv6 address as a Host header writes it, in brackets.</summary>
    private static string Bracketed(string name) =>
        Uri.CheckHostName(name) == UriHostNameType.IPv6 && !name.StartsWith('[') ? $"[{name}]" : name;
}
