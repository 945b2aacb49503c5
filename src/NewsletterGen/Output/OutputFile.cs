namespace NewsletterGen.Output;

/// <summary>A file of the built site. <see cref="Path"/> is relative to the output folder, with
/// forward slashes. Content is either bytes made by the build or a file copied as it is.
/// <see cref="Origin"/> says what produced it ("content/posts/a.md"), for clash messages.</summary>
public sealed record OutputFile(string Path, byte[]? Bytes, string? CopyFrom, string Origin)
{
    public static OutputFile FromText(string path, string text, string origin) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), null, origin);

    public static OutputFile Copy(string path, string fullPath, string origin) => new(path, null, fullPath, origin);

    /// <summary>The file's content as text, for checks that read pages and stylesheets. The text
    /// is decoded again rather than kept beside the bytes: holding every page twice would double
    /// a large build's memory for the few checks that read it.</summary>
    public string ReadText() => Bytes is not null ? System.Text.Encoding.UTF8.GetString(Bytes) : File.ReadAllText(CopyFrom!);
}
