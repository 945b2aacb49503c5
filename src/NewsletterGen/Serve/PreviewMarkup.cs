using System.Text.Encodings.Web;

namespace NewsletterGen.Serve;

/// <summary>The few elements the preview server adds to each HTML page it sends (never to the
/// files on disk): a banner on a draft or scheduled post, and a script that listens to the
/// server's events. The script reloads the page on `reload`, shows the failed build's
/// diagnostics in an overlay on `errors`, and on connecting receives the current state (`hello`),
/// so a page that was served just before a rebuild, or while the build is broken, catches up.
/// The script is a file of the server's own (<see cref="ScriptPath"/>), not inline text: pages
/// carry a Content-Security-Policy that lets scripts run only from the site's origin.</summary>
public static class PreviewMarkup
{
    public const string BannerId = "newslettergen-banner";
    public const string OverlayId = "newslettergen-errors";
    public const string ScriptPath = "/__newslettergen/preview.js";

    // Diagnostics are put into the overlay with textContent, so no message is ever read as HTML.
    // The version of the site the page came from is in the script element's data-version.
    private const string ScriptTemplate = """
        (() => {
          const served = document.currentScript?.dataset.version ?? "";
          const show = (errors) => {
            document.getElementById("@OVERLAY@")?.remove();
            if (!errors.length) return;
            const box = document.createElement("div");
            box.id = "@OVERLAY@";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;background:rgba(20,0,0,.92);color:#fff;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap";
            const title = document.createElement("p");
            title.style.cssText = "margin:0 0 1rem;font-weight:bold;color:#ff8a80";
            title.textContent = "The site did not build. This is the last good version of the page; fix the errors and save to reload.";
            const list = document.createElement("ul");
            list.style.cssText = "margin:0;padding:0;list-style:none";
            for (const error of errors) {
              const item = document.createElement("li");
              item.style.cssText = "margin:0 0 .5rem";
              item.textContent = error;
              list.append(item);
            }
            box.append(title, list);
            document.body.append(box);
          };
          const events = new EventSource("/__newslettergen/events");
          events.addEventListener("hello", (e) => {
            const state = JSON.parse(e.data);
            if (state.version !== served) location.reload(); else show(state.errors);
          });
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("errors", (e) => show(JSON.parse(e.data).errors));
        })();
        """;

    /// <summary>The text of the script every served page loads from <see cref="ScriptPath"/>.</summary>
    public static string Script { get; } = ScriptTemplate.Replace("@OVERLAY@", OverlayId, StringComparison.Ordinal);

    private const string BannerStyle =
        "position:fixed;left:0;right:0;bottom:0;z-index:2147483646;margin:0;padding:.5rem 1rem;background:#ffd54f;color:#1a1a1a;font:bold 14px/1.4 system-ui,sans-serif;text-align:center;box-shadow:0 -1px 4px rgba(0,0,0,.3)";

    /// <summary>The page with the preview's elements inserted before its last &lt;/body&gt;
    /// (or at its end, if it has none).</summary>
    public static string Inject(string html, string version, string? banner)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(version);
        var added = Elements(version, banner);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + added : string.Concat(html.AsSpan(0, end), added, html.AsSpan(end));
    }

    private static string Elements(string version, string? banner)
    {
        var bannerElement = banner is null
            ? string.Empty
            : $"""<p id="{BannerId}" role="status" style="{BannerStyle}">{HtmlEncoder.Default.Encode(banner)}</p>""" + "\n";
        return $"<!-- added by newslettergen serve; not part of the built site -->\n{bannerElement}<script src=\"{ScriptPath}\" data-version=\"{HtmlEncoder.Default.Encode(version)}\"></script>\n";
    }
}
