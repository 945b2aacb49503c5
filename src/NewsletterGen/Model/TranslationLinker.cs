using NewsletterGen.Diagnostics;

namespace NewsletterGen.Model;

/// <summary>Links each post to its translations: the posts of other languages with the same
/// <see cref="Post.TranslationKey"/> (the same file name before the language suffix, or the same
/// `translation_key:`). Reports a translation whose original is missing and two posts of one
/// language claiming the same translation. Pure: the same posts give the same links.</summary>
public static class TranslationLinker
{
    public static IReadOnlyList<Post> Link(SiteConfig config, IReadOnlyList<Post> posts, DiagnosticBag? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(posts);
        if (config.Languages.Count == 0)
        {
            return posts;
        }

        var order = config.Languages.Select((l, i) => (l.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.OrdinalIgnoreCase);
        var names = config.Languages.ToDictionary(l => l.Code, l => l.Name, StringComparer.OrdinalIgnoreCase);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            if (posts[i].TranslationKey is { } key)
            {
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                }

                members.Add(i);
            }
        }

        var linked = posts.ToArray();
        foreach (var (key, members) in groups)
        {
            // In a fixed order, so which of two claimants is kept does not depend on file order.
            members.Sort((a, b) => string.CompareOrdinal(posts[a].Source.File, posts[b].Source.File));
            var kept = new List<int>(members.Count);
            foreach (var member in members)
            {
                var post = posts[member];
                if (kept.FirstOrDefault(k => string.Equals(posts[k].Language, post.Language, StringComparison.OrdinalIgnoreCase), -1) is var first and >= 0)
                {
                    diagnostics?.Error(DiagnosticCodes.DuplicateTranslation, post.TranslationKeyAt ?? post.Source,
                        $"this post and {posts[first].Source.File} are both the '{post.Language}' version of {Describe(key)}; give one of them another language or another translation_key");
                    continue;
                }

                kept.Add(member);
            }

            if (kept.Count == 1)
            {
                var alone = posts[kept[0]];
                if (alone.TranslationKeyAt is { } at)
                {
                    diagnostics?.Warning(DiagnosticCodes.TranslationWithoutOriginal, at,
                        $"no other post has translation_key '{key["key:".Length..]}'; give the same key to the post this one translates, or remove the key");
                }
                else if (key.Length + ".md".Length != alone.Source.File.Length && !string.Equals(alone.Language, config.Language, StringComparison.OrdinalIgnoreCase))
                {
                    // The key is the path without the language suffix: this file has one.
                    diagnostics?.Warning(DiagnosticCodes.TranslationWithoutOriginal, alone.Source,
                        $"this is the '{alone.Language}' translation of {key}.md, which does not exist; add the original, or rename this file without '.{alone.Language}' to make it a post of its language alone");
                }

                continue;
            }

            foreach (var member in kept)
            {
                linked[member] = posts[member] with
                {
                    Translations = kept.Where(other => other != member)
                        .OrderBy(other => order.GetValueOrDefault(posts[other].Language, int.MaxValue))
                        .Select(other => new Translation(posts[other].Language, posts[other].Url, posts[other].Permalink, posts[other].Title, names.GetValueOrDefault(posts[other].Language, posts[other].Language)))
                        .ToList(),
                };
            }
        }

        return linked;
    }

    private static string Describe(string key) => key.StartsWith("key:", StringComparison.Ordinal) ? $"translation_key '{key[4..]}'" : key + ".md";
}
