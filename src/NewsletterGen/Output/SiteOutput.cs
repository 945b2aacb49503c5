using System.Runtime.CompilerServices;
using NewsletterGen.Checks;
using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using NewsletterGen.Performance;
using NewsletterGen.Templates;

namespace NewsletterGen.Output;

/// <summary>Where a build's files go as they are made. A clean build writes each page into a new
/// site folder (<see cref="StagedSite"/>) as soon as it is rendered, after checking what it loads,
/// and keeps only its path: holding every page to the end would hold the whole site in memory.
/// The folder is swapped in only if the build succeeds. A build that keeps its pages for the next
/// one (the preview) writes at the end instead, only what changed. Disposing stops the folder
/// maker, then deletes a staged folder that was not swapped in.</summary>
internal sealed class SiteOutput : IDisposable
{
    private readonly BuildContext _build;
    private readonly FolderMaker? _folders;

    private SiteOutput(BuildContext build, OutputFolderCheck? check, StagedSite? staged, FolderMaker? folders)
    {
        _build = build;
        Check = check;
        Staged = staged;
        _folders = folders;
        Origins = build.Cache.KeepsForNextBuild ? build.Cache.Origins : new();
    }

    /// <summary>Whether the output folder may be written, and what the build would replace there;
    /// null when the build does not write.</summary>
    public OutputFolderCheck? Check { get; }

    /// <summary>The new site's folder, in a clean build that writes.</summary>
    public StagedSite? Staged { get; }

    /// <summary>What the origin check found in each page, found as the page was written.</summary>
    public ConditionalWeakTable<OutputFile, IReadOnlyList<Checks.OriginFinding>> Origins { get; }

    /// <summary>Writes a page as soon as it is made, when the build writes into a staged folder.</summary>
    public PageRenderer.PageSink? Sink => Staged is null ? null : Put;

    /// <param name="urls">The URLs of the posts and pages, whose folders are made ahead of their pages.</param>
    public static SiteOutput Open(BuildContext build, IReadOnlyDictionary<string, string> urls)
    {
        var (options, config) = (build.Options, build.Config);
        var check = options.WriteOutput ? OutputFolderCheck.Run(build.Source, options.OutputDirectory, options.OutputMode) : null;
        var staged = options.WriteOutput && !build.Cache.KeepsForNextBuild && check is { IsRefused: false } ? StagedSite.Begin(options.OutputDirectory, options.OutputMode) : null;
        try
        {
            var folders = staged is null ? null : FolderMaker.Start(staged, urls.Values.Select(url => Urls.OutputPath(config, url)));
            return new SiteOutput(build, check, staged, folders);
        }
        catch
        {
            staged?.Dispose();
            throw;
        }
    }

    /// <summary>The file as written into the staged folder, or as it is when nothing is written yet.</summary>
    public OutputFile Put(OutputFile file) => Staged is not null && file.Bytes is { } bytes ? Put(file.Path, bytes, file.Origin) : file;

    public void Dispose()
    {
        _folders?.Dispose();
        Staged?.Dispose();
    }

    private OutputFile Put(string path, ReadOnlySpan<byte> bytes, string origin)
    {
        var findings = OriginCheck.Findings(path, bytes, origin, _build.Config, _build.Source);
        var put = Staged!.Put(path, bytes, origin);
        Origins.AddOrUpdate(put, findings);
        return put;
    }
}
