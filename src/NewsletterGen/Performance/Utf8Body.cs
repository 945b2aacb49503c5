namespace NewsletterGen.Performance;

/// <summary>The body of a Markdown file as the file's UTF-8 bytes from where the body starts,
/// valid UTF-8 without a character XML forbids or a carriage return (<see cref="FrontMatterSplit"/>),
/// held outside the managed heap (<see cref="UnmanagedBytes"/>) until it is decoded for its
/// Markdown. Whoever holds it lets go of it once decoded; its memory is freed with its arena.</summary>
internal sealed class Utf8Body(UnmanagedBytes file, int start) : IDisposable
{
    public string Decode() => System.Text.Encoding.UTF8.GetString(file.Span[start..]);

    public void Dispose() => file.Dispose();
}
