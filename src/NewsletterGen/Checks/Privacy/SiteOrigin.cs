using System.Globalization;

namespace NewsletterGen.Checks.Privacy;

/// <summary>Whether a URL written in a page of the site would make a browser contact another
/// origin. The URL is resolved as the WHATWG URL Standard (which browsers follow) resolves it
/// against a page of the site, not as <see cref="Uri"/> does: in http and https URLs a backslash
/// is a slash (<c>/\evil.example</c> and <c>http:\\evil.example</c> name a host), tabs and
/// newlines inside a URL are dropped, and a scheme other than the page's names a host after any
/// number of slashes (<c>https:evil.example</c> on an http site). When in doubt the answer is
/// "other": a false alarm costs the writer an edit, a miss costs readers their privacy.</summary>
public sealed class SiteOrigin
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    private readonly string _scheme;
    private readonly string _host;
    private readonly int _port;

    public SiteOrigin(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        _scheme = baseUrl.Scheme.ToLowerInvariant();
        _host = baseUrl.IdnHost.ToLowerInvariant();
        _port = baseUrl.Port;
    }

    /// <summary>True when fetching <paramref name="url"/> from a page of the site would contact
    /// another origin (or a scheme handler outside the browser). URLs that make no request
    /// (data:, blob:, about:, javascript:, fragments) and relative URLs are the site's.</summary>
    public bool IsOther(string url) => Other(url, out _);

    /// <summary>The origin <paramref name="url"/> would contact when it is another origin than the
    /// site's, as "scheme://host" with ":port" when the port is not the scheme's own (the form of
    /// <c>allow_origins</c> in site.yml and of a Content-Security-Policy source); null when the URL
    /// is the site's, fetches nothing, or names no host that could be allowed (file:, an app's
    /// scheme, a malformed authority).</summary>
    public string? OtherOriginOf(string url) => Other(url, out var other) ? other : null;

    private bool Other(string url, out string? otherOrigin)
    {
        ArgumentNullException.ThrowIfNull(url);
        otherOrigin = null;
        var text = Clean(url);
        var schemeLength = SchemeLength(text);
        string scheme;
        ReadOnlySpan<char> rest;
        if (schemeLength > 0)
        {
            scheme = text[..schemeLength].ToLowerInvariant();
            rest = text.AsSpan(schemeLength + 1);
            if (!IsSpecial(scheme))
            {
                return scheme is not ("data" or "blob" or "about" or "javascript");
            }

            if (scheme == "file")
            {
                return true;
            }

            if (scheme == _scheme && !StartsWithTwoSlashes(rest))
            {
                return false; // "http:a.png" on an http site is a relative path
            }
        }
        else
        {
            if (!StartsWithTwoSlashes(text))
            {
                return false;
            }

            scheme = _scheme;
            rest = text;
        }

        // The authority: after every leading slash or backslash, up to the path, query or fragment.
        rest = rest.TrimStart(@"/\");
        var end = rest.IndexOfAny(@"/\?#");
        var authority = end < 0 ? rest : rest[..end];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        ReadOnlySpan<char> host;
        ReadOnlySpan<char> port = default;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                return true;
            }

            host = authority[..(close + 1)];
            var after = authority[(close + 1)..];
            if (after.Length > 0)
            {
                if (after[0] != ':')
                {
                    return true;
                }

                port = after[1..];
            }
        }
        else
        {
            var colon = authority.IndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
            port = colon < 0 ? default : authority[(colon + 1)..];
        }

        var name = HostName(host);
        var portNumber = PortOf(port, scheme);
        if (scheme == _scheme && string.Equals(name, _host, StringComparison.OrdinalIgnoreCase) && portNumber == _port)
        {
            return false;
        }

        if (name is not null && portNumber >= 0)
        {
            otherOrigin = Format(scheme, name.ToLowerInvariant(), portNumber);
        }

        return true;
    }

    /// <summary>An origin as allow lists and policies write it: the port only when it is not the
    /// scheme's default.</summary>
    internal static string Format(string scheme, string host, int port) =>
        port == PortOf(default, scheme) ? $"{scheme}://{host}" : string.Create(CultureInfo.InvariantCulture, $"{scheme}://{host}:{port}");

    /// <summary>The host as compared: percent-decoded and IDNA-mapped; null when it cannot be.</summary>
    private static string? HostName(ReadOnlySpan<char> host)
    {
        var name = host.Contains('%') ? Uri.UnescapeDataString(host.ToString()) : host.ToString();
        if (name.Length == 0)
        {
            return null;
        }

        if (!System.Text.Ascii.IsValid(name))
        {
            try
            {
                name = Idn.GetAscii(name);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        return name;
    }

    private static int PortOf(ReadOnlySpan<char> port, string scheme)
    {
        if (port.IsEmpty)
        {
            return scheme switch { "http" or "ws" => 80, "https" or "wss" => 443, "ftp" => 21, _ => -1 };
        }

        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 65535 ? number : -2;
    }

    /// <summary>The URL as the URL parser sees it: C0 controls and spaces trimmed from both ends,
    /// tabs and newlines removed everywhere.</summary>
    private static string Clean(string url)
    {
        var trimmed = url.AsSpan().Trim(ControlsAndSpace);
        if (trimmed.IndexOfAny('\t', '\n', '\r') < 0)
        {
            return trimmed.Length == url.Length ? url : trimmed.ToString();
        }

        return string.Concat(trimmed.ToString().Split(['\t', '\n', '\r']));
    }

    private static readonly string ControlsAndSpace = string.Concat(Enumerable.Range(0, 0x21).Select(c => (char)c));

    /// <summary>The length of the URL's scheme (before its colon), or 0 when it has none.</summary>
    private static int SchemeLength(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0]))
        {
            return 0;
        }

        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool StartsWithTwoSlashes(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[0] is '/' or '\\' && text[1] is '/' or '\\';

    private static bool IsSpecial(string scheme) => scheme is "http" or "https" or "ws" or "wss" or "ftp" or "file";
}
