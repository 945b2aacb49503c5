namespace NewsletterGen.Diagnostics;

/// <summary>Collects the diagnostics of one build. Stages run in parallel, so adding is
/// thread-safe; the same diagnostic reported twice (one template error hit by a thousand pages)
/// is kept once.</summary>
public sealed class DiagnosticBag
{
    private readonly HashSet<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.IsError);
            }
        }
    }

    public void Error(string code, SourceLocation location, string message) =>
        Add(new Diagnostic(Severity.Error, code, location, message));

    public void Warning(string code, SourceLocation location, string message) =>
        Add(new Diagnostic(Severity.Warning, code, location, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(DiagnosticBag other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var diagnostic in other.ToSortedList())
        {
            Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Every diagnostic, ordered by file, line and column, so output is stable.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            // Most bags are empty (one per document of a build): no sort is set up for them.
            if (_items.Count == 0)
            {
                return [];
            }

            return _items
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
