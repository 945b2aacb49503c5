using NewsletterGen.Diagnostics;
using NewsletterGen.Checks.Privacy;

namespace NewsletterGen.Content;

/// <summary>Reads `allow_origins:` in site.yml: the exact origins (scheme, host, port) an archive's
/// posts may keep loading images, audio, video and frames from. Each is written into the
/// Content-Security-Policy, so an entry must be an origin and nothing more: a path, a wildcard or
/// a query would either mean something else to the browser than to the check, or break the
/// policy.</summary>
public static class AllowedOrigins
{
    public static IReadOnlyList<string> Read(YamlValues reader, string key, YamlValue value, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var origins = new List<string>();
        foreach (var text in reader.TextList(key, value))
        {
            var problem = Problem(text, out var origin);
            if (problem is not null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidAllowedOrigin, reader.ItemAt(value, text),
                    $"'{text}' in '{key}' {problem}; write an origin alone: scheme, host and port if not the default, such as https://img.example.com");
            }
            else if (!origins.Contains(origin!, StringComparer.Ordinal))
            {
                origins.Add(origin!);
            }
        }

        return origins;
    }

    /// <summary>Why <paramref name="text"/> is not an origin, or null with the origin in its
    /// canonical form (lower case, IDNA host, no default port).</summary>
    private static string? Problem(string text, out string? origin)
    {
        origin = null;
        if (text.Contains('*', StringComparison.Ordinal))
        {
            return "has a wildcard, which would allow hosts no one has looked at";
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || !text.Contains("://", StringComparison.Ordinal))
        {
            return "is not an absolute URL";
        }

        if (url.Scheme is not ("http" or "https"))
        {
            return "is not http or https";
        }

        if (url.UserInfo.Length > 0)
        {
            return "has a user name";
        }

        if (url.AbsolutePath != "/" || text.TrimEnd('/').Length < text.Length - 1)
        {
            return "has a path";
        }

        if (url.Query.Length > 0 || url.Fragment.Length > 0 || text.Contains('?', StringComparison.Ordinal) || text.Contains('#', StringComparison.Ordinal))
        {
            return "has a query or a fragment";
        }

        origin = SiteOrigin.Format(url.Scheme, url.IdnHost.ToLowerInvariant(), url.Port);
        return null;
    }
}
