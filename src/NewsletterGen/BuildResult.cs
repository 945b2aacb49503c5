using NewsletterGen.Diagnostics;
using NewsletterGen.Model;

namespace NewsletterGen;

public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    int PostCount,
    int PageCount,
    int FileCount,
    ScheduledPost? NextScheduled = null)
{
    /// <summary>How long each stage took (a successful build only).</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>Files whose bytes equal the previous build's: linked, not rewritten.</summary>
    public int UnchangedFileCount { get; init; }

    /// <summary>How many posts and pages had their Markdown rendered (not taken from the cache).</summary>
    public int RenderedDocuments { get; init; }

    /// <summary>How many HTML pages were rendered with templates (not taken from the cache).</summary>
    public int RenderedPages { get; init; }

    /// <summary>Whether the build worked on a narrow work set, the posts a save changed the text
    /// of on top of the last build, instead of walking every post through every stage (see
    /// docs/incremental.md).</summary>
    public bool PatchedLastBuild { get; init; }

    /// <summary>The site that was built (a successful build only): the preview server reads which
    /// pages are drafts or scheduled posts from it.</summary>
    public Site? Site { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public static BuildResult Failed(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new(false, diagnostics.ToSortedList(), 0, 0, 0);
    }
}
