using NewsletterGen.Diagnostics;

namespace NewsletterGen.Content;

/// <summary>The typed fields of a post's or page's front matter. Fields the engine does not know
/// are kept in <see cref="Extra"/> for templates. <see cref="Locations"/> remembers where each
/// field was written, so later stages (URLs, authors) can point at the right line.</summary>
public sealed record FrontMatter(
    string? Title,
    DateTimeOffset? Date,
    DateTimeOffset? Updated,
    string? Summary,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Tags,
    string? Slug,
    bool IsDraft,
    string? Image,
    IReadOnlyDictionary<string, object?> Extra,
    IReadOnlyDictionary<string, SourceLocation> Locations)
{
    /// <summary>A fixed feed id (`id:`), so a post keeps its identity in feed readers whatever its URL.</summary>
    public string? Id { get; init; }

    /// <summary>Earlier URLs of the post (`aliases:`), root-relative; they redirect to the post,
    /// and the first one is its feed id, so a renamed post is never delivered again as new.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The post's own URL (`permalink:`), in place of the site's pattern.</summary>
    public NewsletterGen.Model.PermalinkPattern? Permalink { get; init; }

    public SourceLocation LocationOf(string key, string file) =>
        Locations.TryGetValue(key, out var location) ? location : SourceLocation.StartOf(file);
}
