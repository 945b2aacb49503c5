namespace NewsletterGen.Model;

/// <summary>One feed as pages link to it: for autodiscovery (`&lt;link rel="alternate"&gt;`)
/// and the subscribe page. <see cref="Format"/> is "RSS", "Atom" or "JSON Feed".</summary>
public sealed record FeedLink(string Title, string Format, string MediaType, string Url, string Permalink);
