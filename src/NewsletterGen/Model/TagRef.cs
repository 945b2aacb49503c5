namespace NewsletterGen.Model;

/// <summary>A tag as a post names it: enough to link to the tag's page.</summary>
public sealed record TagRef(string Name, string Slug, string Url);
