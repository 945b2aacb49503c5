using NewsletterGen.Diagnostics;

namespace NewsletterGen;

public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int PostCount, int PageCount, int FileCount)
{
    public static BuildResult Failed(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new(false, diagnostics.ToSortedList(), 0, 0, 0);
    }
}
