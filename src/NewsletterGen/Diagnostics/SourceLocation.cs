namespace NewsletterGen.Diagnostics;

/// <summary>A place in a source file. Line and column are 1-based; the path is relative to the
/// source folder with forward slashes, so diagnostics read the same on every machine.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
