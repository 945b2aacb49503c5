namespace NewsletterGen.Performance;

/// <summary>The body of a Markdown file as the file's UTF-8 bytes from where the body starts,
/// valid UTF-8 without a character XML forbids or a carriage return (<see cref="FrontMatterSplit"/>),
/// held as bytes (<see cref="FileBytes"/>), half the size of a string, until it is decoded for
/// its Markdown. Whoever holds it lets go of it once decoded.</summary>
internal sealed class Utf8Body(FileBytes file, int start) : IDisposable
{
    public string Decode() => System.Text.Encoding.UTF8.GetString(file.Span[start..]);

    public void Dispose() => file.Dispose();
}
