using System.Runtime.CompilerServices;
using NewsletterGen.Checks;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using NewsletterGen.Templates;

namespace NewsletterGen.Output;

/// <summary>Where a build's files go as they are made. A clean build writes each page into a new
/// site folder (<see cref="StagedSite"/>) as soon as it is rendered, after checking what it loads,
/// and keeps only its path: holding every page to the end would hold the whole site in memory.
/// The folder is swapped in only if the build succeeds. A build that keeps its pages for the next
/// one (the preview) writes at the end instead, only what changed. Disposing deletes a staged
/// folder that was not swapped in.</summary>
internal sealed class SiteOutput : IDisposable
{
    private readonly BuildContext _build;

    private SiteOutput(BuildContext build, OutputFolderCheck? check, StagedSite? staged)
    {
        _build = build;
        Check = check;
        Staged = staged;
        Origins = build.Cache.KeepsForNextBuild ? build.Cache.Origins : new();
        OriginRules = OriginRules.Of(build.Config);
    }

    /// <summary>Whether the output folder may be written, and what the build would replace there;
    /// null when the build does not write.</summary>
    public OutputFolderCheck? Check { get; }

    /// <summary>The new site's folder, in a clean build that writes.</summary>
    public StagedSite? Staged { get; }

    /// <summary>What the origin check holds each page against.</summary>
    public OriginRules OriginRules { get; }

    /// <summary>What the origin check found in each page, found as the page was written.</summary>
    public ConditionalWeakTable<OutputFile, IReadOnlyList<Checks.OriginFinding>> Origins { get; }

    /// <summary>Writes a page as soon as it is made, when the build writes into a staged folder.</summary>
    public PageRenderer.PageSink? Sink => Staged is null ? null : Put;

    public static SiteOutput Open(BuildContext build)
    {
        var options = build.Options;
        var check = options.WriteOutput ? OutputFolderCheck.Run(build.Source, options.OutputDirectory, options.OutputMode) : null;
        var staged = options.WriteOutput && !build.Cache.KeepsForNextBuild && check is { IsRefused: false } ? StagedSite.Begin(options.OutputDirectory, options.OutputMode) : null;
        return new SiteOutput(build, check, staged);
    }

    /// <summary>The file as written into the staged folder, or as it is when nothing is written yet.</summary>
    public OutputFile Put(OutputFile file) => Staged is not null && file.Bytes is { } bytes ? Put(file.Path, bytes, file.Origin) : file;

    public void Dispose()
    {
        Staged?.Dispose();
    }

    private OutputFile Put(string path, ReadOnlySpan<byte> bytes, string origin)
    {
        var findings = OriginCheck.Findings(path, bytes, origin, OriginRules, _build.Source);
        var put = Staged!.Put(path, bytes, origin);
        Origins.AddOrUpdate(put, findings);
        return put;
    }
}
