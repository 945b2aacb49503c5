using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Incremental;
using NewsletterGen.Model;

namespace NewsletterGen;

/// <summary>What every stage of one build reads: the options, the cache kept for the next build,
/// site.yml as loaded, the build's clock, what a watcher saw change, and the two things the run
/// shares among its stages: the diagnostics and the stage timer.</summary>
internal sealed record BuildContext(
    BuildOptions Options,
    BuildCache Cache,
    SiteConfig Config,
    DateTimeOffset Now,
    SourceChanges? Changes,
    DiagnosticBag Diagnostics,
    StageTimer Timer)
{
    public string Source => Options.SourceDirectory;

    /// <summary>Whether the build must stop before writing: an error, or any diagnostic when
    /// warnings count as errors.</summary>
    public bool HasFailed => Diagnostics.HasErrors || (Options.WarningsAsErrors && Diagnostics.ToSortedList().Count > 0);

    /// <summary>Loads site.yml (null if it cannot be used), empties the cache when the settings
    /// every stage depends on changed, and takes the watcher's report of what changed (for this
    /// build only).</summary>
    public static BuildContext? Start(BuildOptions options, BuildCache cache, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(options.SourceDirectory, diagnostics);
        if (config is null)
        {
            return null;
        }

        if (options.BaseUrl is { } baseUrl)
        {
            config = config.WithBaseUrl(SiteConfigLoader.WithTrailingSlash(baseUrl));
        }

        var settings = SettingsKey(options);
        if (cache.SettingsKey != settings)
        {
            cache.Forget();
            cache.SettingsKey = settings;
        }

        // A watcher's report of what changed spares looking at ten thousand files that did not.
        var changes = cache.Changes;
        cache.Changes = null;
        return new BuildContext(options, cache, config, options.Now ?? DateTimeOffset.UtcNow, changes, diagnostics, new StageTimer());
    }

    /// <summary>The same build started again (after a narrow work set proved too narrow), with
    /// none of the first run's diagnostics or timings.</summary>
    public BuildContext Again() => this with { Diagnostics = new DiagnosticBag(), Timer = new StageTimer() };

    /// <summary>What every stage depends on: site.yml as written, and the base URL given on the
    /// command line.</summary>
    private static string SettingsKey(BuildOptions options)
    {
        var path = Path.Combine(options.SourceDirectory, SiteConfigLoader.RelativePath);
        var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        return $"{options.BaseUrl}\n{text}";
    }
}
