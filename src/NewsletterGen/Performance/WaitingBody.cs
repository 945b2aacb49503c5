using NewsletterGen.Content;

namespace NewsletterGen.Performance;

/// <summary>A body waiting for its Markdown to be rendered: as text, or as the file's bytes
/// (<see cref="ContentLoader.ReadHeadAndBody"/>), half the size.</summary>
internal readonly record struct WaitingBody(string? Text, Utf8Body? Utf8);
