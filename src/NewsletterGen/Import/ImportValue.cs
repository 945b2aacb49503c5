namespace NewsletterGen.Import;

/// <summary>A front matter value read from YAML, TOML or JSON, kept only as far as writing it
/// back as YAML needs: text that was a string (<see cref="ImportScalar.Quoted"/>) or a bare
/// token (a YAML plain scalar, a TOML or JSON number, boolean or date), a list or a mapping.</summary>
public abstract record ImportValue;

public sealed record ImportScalar(string Text, bool Quoted) : ImportValue
{
    public static ImportScalar Quote(string text) => new(text, Quoted: true);
}

public sealed record ImportList(IReadOnlyList<ImportValue> Items) : ImportValue;

public sealed record ImportMap(IReadOnlyList<ImportField> Fields) : ImportValue;

/// <summary>A field and the 1-based line of the source file where it was written.</summary>
public sealed record ImportField(string Key, ImportValue Value, int Line);
