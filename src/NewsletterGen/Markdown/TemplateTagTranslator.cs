using System.Net;
using System.Text;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Markdown;

/// <summary>Translates, before Markdig reads a body, the Jekyll and Hugo tags whose meaning is
/// clear and which Markdig could not see where they stand: a `{% highlight %}` block becomes a
/// fenced code block (its lines are then code, not Markdown), `{{&lt; figure &gt;}}` a figure, and the
/// URL tags (`{% post_url %}`, `{% link %}`, `{{ site.baseurl }}`, `{{&lt; ref &gt;}}`...) their URL,
/// which mostly stand inside a link's parentheses, where a space would end the link. Lines
/// are never added or removed, so every later diagnostic keeps its line. Like Jekyll, nothing
/// between `{% raw %}` and `{% endraw %}` is translated. Tags left untranslated are found by
/// <see cref="TemplateTagInlineParser"/>, which shows them and has them warned about.</summary>
public sealed class TemplateTagTranslator(LinkResolver links)
{
    private const string Fence = "~~~~~~~";

    /// <summary>Whether a body holds an opener of any tag shape ("{%" or "{{"): the test every
    /// post pays, so the body is read once, from brace to brace.</summary>
    public static bool MayHoldTags(string body)
    {
        for (var at = body.IndexOf('{'); at >= 0 && at + 1 < body.Length; at = body.IndexOf('{', at + 1))
        {
            if (body[at + 1] is '%' or '{')
            {
                return true;
            }
        }

        return false;
    }

    public string Translate(string body, string sourcePath, int bodyLine, DiagnosticBag diagnostics)
    {
        var result = new StringBuilder(body.Length);
        var inRaw = false;
        var highlightOpenedAt = -1;
        (char Char, int Length)? openFence = null;
        var lineIndex = 0;
        for (var lineStart = 0; lineStart < body.Length; lineIndex++)
        {
            var newline = body.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? body.Length : newline;
            var contentEnd = lineEnd > lineStart && body[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var trimmedStart = lineStart;
            while (trimmedStart < contentEnd && body[trimmedStart] is ' ' or '\t')
            {
                trimmedStart++;
            }

            if (highlightOpenedAt < 0 && FenceAt(body, trimmedStart, contentEnd) is { } fence && (openFence is null || (fence.Char == openFence.Value.Char && fence.Length >= openFence.Value.Length)))
            {
                // Code in a fenced block is code: nothing in it is translated.
                openFence = openFence is null ? fence : null;
            }

            if (openFence is not null)
            {
                result.Append(body, lineStart, lineEnd - lineStart);
                AppendLineEnd(result, body, lineEnd, lineEnd);
                lineStart = lineEnd + 1;
                continue;
            }

            var wholeLine = trimmedStart < contentEnd ? TemplateTag.At(body, trimmedStart, contentEnd) : null;
            if (wholeLine is { } alone && body.AsSpan(alone.Start + alone.Length, contentEnd - alone.Start - alone.Length).IsWhiteSpace() && !inRaw)
            {
                if (highlightOpenedAt >= 0 && IsHighlightEnd(alone))
                {
                    result.Append(Fence);
                    highlightOpenedAt = -1;
                    AppendLineEnd(result, body, contentEnd, lineEnd);
                    lineStart = lineEnd + 1;
                    continue;
                }

                if (highlightOpenedAt < 0 && IsHighlightStart(alone))
                {
                    result.Append(Fence).Append(alone.FirstArgument);
                    highlightOpenedAt = lineIndex;
                    AppendLineEnd(result, body, contentEnd, lineEnd);
                    lineStart = lineEnd + 1;
                    continue;
                }

                if (highlightOpenedAt < 0 && alone.Hugo && alone.Name == "figure")
                {
                    result.Append(Figure(alone));
                    AppendLineEnd(result, body, contentEnd, lineEnd);
                    lineStart = lineEnd + 1;
                    continue;
                }
            }

            if (highlightOpenedAt >= 0)
            {
                result.Append(body, lineStart, lineEnd - lineStart);
            }
            else
            {
                inRaw = TranslateLine(body, lineStart, lineEnd, inRaw, result);
            }

            AppendLineEnd(result, body, lineEnd, lineEnd);
            lineStart = lineEnd + 1;
        }

        if (highlightOpenedAt >= 0)
        {
            diagnostics.Warning(DiagnosticCodes.UnclosedTemplateBlock, new SourceLocation(sourcePath, bodyLine + highlightOpenedAt, 1),
                "this highlight block has no end tag ({% endhighlight %} or {{< /highlight >}}): the rest of the post is shown as code; add the end tag where the code ends");
        }

        return result.ToString();
    }

    /// <summary>The Markdown code fence (three or more backticks or tildes) starting at <paramref name="at"/>, if any.</summary>
    private static (char Char, int Length)? FenceAt(string body, int at, int end)
    {
        if (at >= end || body[at] is not ('`' or '~'))
        {
            return null;
        }

        var length = 0;
        while (at + length < end && body[at + length] == body[at])
        {
            length++;
        }

        return length >= 3 ? (body[at], length) : null;
    }

    private static void AppendLineEnd(StringBuilder result, string body, int from, int lineEnd)
    {
        if (lineEnd < body.Length)
        {
            result.Append(body, from, lineEnd - from + 1);
        }
        else
        {
            result.Append(body, from, lineEnd - from);
        }
    }

    private static bool IsHighlightStart(TemplateTag tag) => tag.Name == "highlight" && !tag.Output && tag.FirstArgument.Length > 0;

    private static bool IsHighlightEnd(TemplateTag tag) => tag.Hugo ? tag.Name == "/highlight" : tag.Name == "endhighlight";

    /// <summary>Copies one line, its URL tags translated; returns whether a raw block is still open at its end.</summary>
    private bool TranslateLine(string body, int lineStart, int lineEnd, bool inRaw, StringBuilder result)
    {
        var copied = lineStart;
        for (var at = body.IndexOf('{', lineStart, lineEnd - lineStart); at >= 0 && at < lineEnd; at = at + 1 < lineEnd ? body.IndexOf('{', at + 1, lineEnd - at - 1) : -1)
        {
            if (TemplateTag.At(body, at, lineEnd) is not { } tag)
            {
                continue;
            }

            if (!tag.Hugo && !tag.Output && tag.Name is "raw" or "endraw")
            {
                inRaw = tag.Name == "raw";
            }
            else if (!inRaw && Url(tag) is { } url)
            {
                result.Append(body, copied, at - copied).Append(url);
                copied = at + tag.Length;
            }

            at += tag.Length - 1;
        }

        result.Append(body, copied, lineEnd - copied);
        return inRaw;
    }

    /// <summary>The URL a tag stands for, or null when it is not a URL tag or names nothing of this site.</summary>
    private string? Url(TemplateTag tag)
    {
        if (tag.Output)
        {
            return tag.Name switch
            {
                // site.url is the host, written before site.baseurl or a root-relative path:
                // dropping it leaves a root-relative URL, which the site resolves below its base.
                "site.url" when tag.Arguments.Length == 0 => string.Empty,
                "site.baseurl" when tag.Arguments.Length == 0 => links.BasePath.TrimEnd('/'),
                _ => null,
            };
        }

        foreach (var candidate in Candidates(tag, out var fragment))
        {
            if (links.PageUrl(candidate) is { } url)
            {
                return url + fragment;
            }
        }

        return null;
    }

    /// <summary>Where the first error is of the post or page a URL tag names, when the build
    /// left that file out because its front matter failed: the tag then stays as written, and
    /// the writer is told which error to fix rather than that the tag names nothing.</summary>
    public SourceLocation? LeftOutTarget(TemplateTag tag)
    {
        if (tag.Output)
        {
            return null;
        }

        foreach (var candidate in Candidates(tag, out _))
        {
            if (links.LeftOutDocument(candidate) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>The source paths a URL tag may name, most likely first.</summary>
    private static IEnumerable<string> Candidates(TemplateTag tag, out string fragment)
    {
        fragment = string.Empty;
        var reference = tag.FirstArgument;
        if (reference.Length == 0 || reference.Contains('{', StringComparison.Ordinal))
        {
            return [];
        }

        var cut = reference.IndexOf('#', StringComparison.Ordinal);
        fragment = cut < 0 ? string.Empty : reference[cut..];
        var path = (cut < 0 ? reference : reference[..cut]).TrimStart('/');
        return (tag.Hugo, tag.Name) switch
        {
            (false, "post_url") => [$"content/posts/{path}.md", $"content/posts/{path}.markdown"],
            (false, "link") when path.StartsWith("_posts/", StringComparison.Ordinal) => ["content/posts/" + path["_posts/".Length..]],
            (false, "link") => ["content/" + path, "content/pages/" + path, "content/posts/" + path],
            (true, "ref" or "relref") => HugoCandidates(path),
            _ => [],
        };
    }

    private static IEnumerable<string> HugoCandidates(string path)
    {
        if (path.Length == 0)
        {
            yield break;
        }

        var withExtension = path.EndsWith('/') ? path + "index.md" : Path.HasExtension(path) ? path : path + ".md";
        yield return "content/" + withExtension;
        yield return "content/posts/" + withExtension;
        yield return "content/pages/" + withExtension;
    }

    /// <summary>Hugo's figure: an image with its alternative text and a caption, as raw HTML the
    /// rest of the build resolves and checks like any other.</summary>
    private static string Figure(TemplateTag tag)
    {
        string? src = null, alt = null, caption = null, title = null, link = null;
        foreach (var (key, value) in tag.NamedArguments())
        {
            switch (key)
            {
                case "src": src = value; break;
                case "alt": alt = value; break;
                case "caption": caption = value; break;
                case "title": title = value; break;
                case "link": link = value; break;
            }
        }

        var html = new StringBuilder("<figure>");
        if (link is not null)
        {
            html.Append("<a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">");
        }

        html.Append("<img src=\"").Append(WebUtility.HtmlEncode(src ?? string.Empty)).Append("\" alt=\"").Append(WebUtility.HtmlEncode(alt ?? caption ?? string.Empty)).Append("\">");
        if (link is not null)
        {
            html.Append("</a>");
        }

        var text = caption ?? title;
        if (!string.IsNullOrEmpty(text))
        {
            html.Append("<figcaption>").Append(WebUtility.HtmlEncode(text)).Append("</figcaption>");
        }

        return html.Append("</figure>").ToString();
    }
}
