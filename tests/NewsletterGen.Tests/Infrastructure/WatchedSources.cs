using NewsletterGen.Incremental;

namespace NewsletterGen.Tests.Infrastructure;

/// <summary>What the preview server's watcher would report, worked out from the files themselves:
/// tests of incremental builds snapshot a site's sources, change them, and hand the cache the
/// difference.</summary>
public static class WatchedSources
{
    /// <summary>Every file under content/ and templates/ with its bytes.</summary>
    public static Dictionary<string, byte[]> Snapshot(string root) =>
        new[] { "content", "templates" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>The files written, made or deleted since <paramref name="before"/>, and whether any
    /// was made or deleted.</summary>
    public static SourceChanges ChangesSince(string root, Dictionary<string, byte[]> before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var after = Snapshot(root);
        var changed = after.Where(f => !before.TryGetValue(f.Key, out var old) || !old.SequenceEqual(f.Value)).Select(f => f.Key)
            .Concat(before.Keys.Where(f => !after.ContainsKey(f)))
            .ToHashSet(StringComparer.Ordinal);
        var structure = after.Keys.Any(f => !before.ContainsKey(f)) || before.Keys.Any(f => !after.ContainsKey(f));
        return new SourceChanges(changed, structure, Complete: true);
    }
}
