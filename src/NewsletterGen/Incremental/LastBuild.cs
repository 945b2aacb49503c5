using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Incremental;

/// <summary>A successful build's result: the options it was made with (but its clock), the site,
/// every post's index in the site's list by source path, the output files sorted by path, the
/// diagnostics, the URL of every post and page by source path, the first date after the build's
/// "now" at which a post becomes published or stops being scheduled (the site then changes
/// without a save), and the next scheduled post.</summary>
internal sealed record LastBuild(
    BuildOptions Options,
    Site Site,
    IReadOnlyDictionary<string, int> PostIndex,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, string> Urls,
    DateTimeOffset? NextChange,
    ScheduledPost? NextScheduled);
