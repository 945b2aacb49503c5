namespace NewsletterGen.Model;

/// <summary>A writer, declared once in site.yml under a short id and named by that id in posts.</summary>
public sealed record Author(string Id, string Name, string? Url, string? Email);
