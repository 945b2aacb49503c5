namespace NewsletterGen.Model;

/// <summary>What every template knows about the page being rendered.</summary>
public sealed record PageInfo(string Kind, string Title, string Description, string Url, string Permalink);
