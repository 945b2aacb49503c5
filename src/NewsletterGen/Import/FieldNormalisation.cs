namespace NewsletterGen.Import;

/// <summary>One post's front matter on its way through <see cref="FieldNormaliser"/>'s rules:
/// the fields by key, the keys a rule has taken, and what the rules have written, changed and
/// left for the writer to decide.</summary>
internal sealed class FieldNormalisation
{
    private readonly Dictionary<string, ImportField> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public FieldNormalisation(IReadOnlyList<ImportField> fields)
    {
        foreach (var field in fields)
        {
            _byKey[field.Key] = field; // the last one written wins, as in Jekyll and Hugo
        }
    }

    /// <summary>The fields as NewsletterGen reads them, in the order the rules wrote them.</summary>
    public List<ImportField> Output { get; } = [];

    /// <summary>What the rules changed, one line each, for the import's report.</summary>
    public List<string> Changes { get; } = [];

    /// <summary>What the writer has to decide, by field.</summary>
    public List<(string Key, string Message)> ToDecide { get; } = [];

    public ImportField this[string key] => _byKey[key];

    public bool TryGet(string key, out ImportField field) => _byKey.TryGetValue(key, out field!);

    /// <summary>The field's text, when it is a single value.</summary>
    public string? Text(string key) => _byKey.TryGetValue(key, out var f) && f.Value is ImportScalar s ? s.Text : null;

    /// <summary>The line the field was written on, or 1 for a field the post does not have.</summary>
    public int LineOf(string? key) => key is not null && _byKey.TryGetValue(key, out var f) ? f.Line : 1;

    /// <summary>The first of <paramref name="keys"/> the post has, taken by the rule asking:
    /// no other rule, and not the fields kept as written, will see it again.</summary>
    public string? Take(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_byKey.ContainsKey(key))
            {
                _taken.Add(key);
                return key;
            }
        }

        return null;
    }

    public bool IsTaken(string key) => _taken.Contains(key);
}
