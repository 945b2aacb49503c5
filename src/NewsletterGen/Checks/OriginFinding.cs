using NewsletterGen.Diagnostics;

namespace NewsletterGen.Checks;

/// <summary>One thing a page would load from elsewhere, as the origin check reports it, with what
/// it is about (the URL, or the &lt;base&gt; or refresh), so that the same URL found on a listing
/// page and on the page of the post it came from is reported once, at the post.</summary>
public sealed record OriginFinding(Diagnostic Diagnostic, string Subject);
