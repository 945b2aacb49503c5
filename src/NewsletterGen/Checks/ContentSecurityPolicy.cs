namespace NewsletterGen.Checks;

/// <summary>The second wall of the privacy promise: a Content-Security-Policy that lets a page
/// fetch from its own origin only, so what the origin check (<see cref="OriginCheck"/>) missed, the
/// browser refuses. Themes put it in a &lt;meta&gt; (<c>{{ site.content_security_policy }}</c>),
/// and the build writes it as an HTTP header in <c>_headers</c> for hosts that read one (Netlify,
/// Cloudflare Pages), where it also covers feeds and files a meta element cannot.
///
/// Inline styles stay allowed (a post's <c>style</c> attribute; whatever they load is still held
/// to 'self' by img-src and font-src), inline scripts do not (a pasted tracking snippet), and
/// data: URLs are allowed for images and fonts only. A meta policy cannot say frame-ancestors,
/// which only the header needs.</summary>
public static class ContentSecurityPolicy
{
    public const string Value =
        "default-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        + "script-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>The text of <c>_headers</c>: the policy on every path of the site.</summary>
    public const string HeadersFile = "# Written by NewsletterGen: readers' browsers may fetch from this site only (docs/security.md).\n/*\n  Content-Security-Policy: " + Value + "; frame-ancestors 'self'\n";

    /// <summary>Where the header file goes; a site's own static/_headers replaces it.</summary>
    public const string HeadersPath = "_headers";

    /// <summary>The policy with the origins of <c>allow_origins</c> (canonical origins, checked by
    /// the loader: no space or semicolon can reach the policy) added to img-src, media-src and
    /// frame-src: the loads the origin check lets them make (images, audio, video, tracks,
    /// frames), and no others (never a script, stylesheet, font or connection).</summary>
    public static string For(IReadOnlyList<string> allowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(allowedOrigins);
        if (allowedOrigins.Count == 0)
        {
            return Value;
        }

        var origins = " " + string.Join(' ', allowedOrigins);
        return Value
            .Replace("img-src 'self' data:;", "img-src 'self' data:" + origins + ";", StringComparison.Ordinal)
            .Replace("media-src 'self';", "media-src 'self'" + origins + ";", StringComparison.Ordinal)
            .Replace("frame-src 'self';", "frame-src 'self'" + origins + ";", StringComparison.Ordinal);
    }

    /// <summary>The text of <c>_headers</c> for a site whose policy is <paramref name="policy"/>.</summary>
    public static string Headers(string policy) => policy == Value ? HeadersFile :
        "# Written by NewsletterGen: readers' browsers may fetch from this site only, and from the origins of allow_origins (docs/security.md).\n/*\n  Content-Security-Policy: " + policy + "; frame-ancestors 'self'\n";
}
