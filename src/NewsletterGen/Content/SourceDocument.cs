using NewsletterGen.Performance;

namespace NewsletterGen.Content;

/// <summary>A text file of the site, decoded, with line endings normalised to \n.
/// <see cref="Path"/> is relative to the source folder, with forward slashes.</summary>
public sealed record SourceDocument(string Path, string Text);

/// <summary>A file copied to the output as it is: an image beside a post, a stylesheet.</summary>
public sealed record StaticFile(string OutputPath, string FullPath);

public sealed record ContentSources(
    IReadOnlyList<SourceDocument> Posts,
    IReadOnlyList<SourceDocument> Pages,
    IReadOnlyList<StaticFile> Files);

/// <summary>The site's files as found on disk, not yet read: full paths of the Markdown files
/// of posts and of pages, and the files copied as they are.</summary>
public sealed record ContentListing(
    IReadOnlyList<string> Posts,
    IReadOnlyList<string> Pages,
    IReadOnlyList<StaticFile> Files);

/// <summary>The body of a Markdown file as the file's UTF-8 bytes from where the body starts,
/// valid UTF-8 without a character XML forbids or a carriage return (<see cref="FrontMatterSplit"/>),
/// held outside the managed heap (<see cref="UnmanagedBytes"/>) until it is decoded for its
/// Markdown. Whoever holds it lets go of it once decoded; its memory is freed with its arena.</summary>
internal sealed class Utf8Body(UnmanagedBytes file, int start) : IDisposable
{
    public string Decode() => System.Text.Encoding.UTF8.GetString(file.Span[start..]);

    public void Dispose() => file.Dispose();
}
