using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsletterGen.Model;

namespace NewsletterGen.Search;

/// <summary>Writes the search index, which the theme's small script searches in the browser:
/// for every post its title, URL, date, summary, tags, headings, and the distinct words of its
/// body (each once, at most <see cref="MaxWords"/>), so a reader finds an issue by a word from
/// its text while the index stays a fraction of the posts' size. The index is cut into one shard
/// per year (of the post's date in UTC, which follows the site's order of posts), listed newest
/// first by /search/index.json: a save of a post's text then writes its year's shard again, not
/// the whole index (tens of megabytes for a big archive), and the script loads the shards side by side.</summary>
public static class SearchIndexWriter
{
    public const int MaxWords = 600;

    /// <summary>The list of shards, which <c>site.search_index_url</c> points to.</summary>
    public const string ManifestPath = "search/index.json";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The manifest and every shard, by output path; or only the shards of
    /// <paramref name="years"/> (a narrow build's, whose posts keep their dates: the manifest is
    /// the same).</summary>
    /// <param name="cache">Entries kept from an earlier build: a post that has not changed is
    /// not serialised again.</param>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Write(Site site, ISearchEntryCache? cache = null, IReadOnlySet<int>? years = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var entries = new byte[site.Posts.Count][];
        Parallel.For(0, site.Posts.Count, i =>
        {
            if (years is null || years.Contains(ShardOf(site.Posts[i])))
            {
                entries[i] = cache?.TryGet(site.Posts[i]) ?? Entry(site.Posts[i], site.Language);
            }
        });
        if (cache is not null)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                if (entries[i] is { } entry)
                {
                    cache.Record(site.Posts[i], entry);
                }
            }
        }

        var files = years is null ? new List<(string Path, byte[] Bytes)> { (site.Config.EditionPath + ManifestPath, Manifest(site)) } : [];
        files.AddRange(Shards(site, entries, years));
        return files;
    }

    /// <summary>The shard a post's entry is in: the year of its date in UTC. It changes only with
    /// the date, which a text-only save does not touch.</summary>
    public static int ShardOf(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return post.Published.UtcDateTime.Year;
    }

    /// <summary>The output path of a year's shard.</summary>
    public static string ShardPath(int year) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"search/index-{year}.json");

    /// <summary>The shards of <paramref name="years"/> (all if null), each made of its posts'
    /// entries in the site's order; <paramref name="entries"/> is by index in the site's posts
    /// and needs only those of the posts in these years.</summary>
    private static IEnumerable<(string Path, byte[] Bytes)> Shards(Site site, byte[]?[] entries, IReadOnlySet<int>? years)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var year in Years(site))
        {
            if (years is not null && !years.Contains(year))
            {
                continue;
            }

            var shard = new List<byte[]>();
            for (var i = 0; i < site.Posts.Count; i++)
            {
                if (ShardOf(site.Posts[i]) == year)
                {
                    shard.Add(entries[i] ?? throw new InvalidOperationException($"no search entry for {site.Posts[i].Source.File}"));
                }
            }

            yield return (site.Config.EditionPath + ShardPath(year), Join(shard));
        }
    }

    /// <summary>/search/index.json: the shards' paths relative to it, newest first, so that the
    /// script lists results in the site's order by loading them in this order.</summary>
    public static byte[] Manifest(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("shards");
            foreach (var year in Years(site))
            {
                json.WriteStringValue(ShardPath(year)["search/".Length..]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The years that have posts, newest first.</summary>
    private static List<int> Years(Site site) => [.. site.Posts.Select(ShardOf).Distinct().OrderDescending()];

    /// <summary>The index made of its posts' entries (<see cref="Entry"/>), in the site's order:
    /// the array written as Utf8JsonWriter would write it, "[", the objects separated by ",", "]".</summary>
    public static byte[] Join(IReadOnlyList<byte[]> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var index = new byte[entries.Sum(e => (long)e.Length) + Math.Max(0, entries.Count - 1) + 3];
        var at = 0;
        index[at++] = (byte)'[';
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                index[at++] = (byte)',';
            }

            entries[i].CopyTo(index, at);
            at += entries[i].Length;
        }

        index[at++] = (byte)']';
        index[at] = (byte)'\n';
        return index;
    }

    /// <summary>One post's object in the index, as UTF-8 JSON.</summary>
    public static byte[] Entry(Post post, string siteLanguage)
    {
        ArgumentNullException.ThrowIfNull(post);
        var text = DistinctWords(post.Text);
        using var stream = new MemoryStream(text.Length + 1024);
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", post.Title);
            json.WriteString("url", post.Url);
            json.WriteString("date", post.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("summary", post.SummaryText);
            if (post.Extra.TryGetValue("language", out var language) && language is string code && !string.Equals(code, siteLanguage, StringComparison.OrdinalIgnoreCase))
            {
                json.WriteString("language", code);
            }

            json.WriteStartArray("tags");
            foreach (var tag in post.Tags)
            {
                json.WriteStringValue(tag.Name);
            }

            json.WriteEndArray();
            json.WriteStartArray("headings");
            foreach (var heading in post.Toc)
            {
                json.WriteStringValue(heading.Text);
            }

            json.WriteEndArray();
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The words of a text, lower-cased, each once, in order of first appearance. Words
    /// are separated by white space and lose the punctuation around them. The text is walked as
    /// spans, and only a word seen for the first time becomes a string: the index of 10,000 posts
    /// looks at millions of words, and a string for each made this the largest part of the index.</summary>
    public static string DistinctWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = new HashSet<string>(MaxWords, StringComparer.Ordinal);
        var unseen = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new StringBuilder(Math.Min(text.Length, 8 * MaxWords));
        Span<char> buffer = stackalloc char[128];
        // A plain loop over the characters: words are short, and a vectorised search for the
        // next white space (the set has non-ASCII members) cost more per word than it saved.
        var at = 0;
        while (seen.Count < MaxWords)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at == text.Length)
            {
                break;
            }

            var start = at;
            while (at < text.Length && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var raw = text.AsSpan(start, at - start);
            var first = 0;
            var last = raw.Length;
            while (first < last && Punctuation.Contains(raw[first]))
            {
                first++;
            }

            while (last > first && Punctuation.Contains(raw[last - 1]))
            {
                last--;
            }

            raw = raw[first..last];
            if (raw.Length < 3)
            {
                continue;
            }

            // Invariant lower-casing keeps the length (it maps UTF-16 units one to one).
            var word = raw.Length <= buffer.Length ? buffer[..raw.Length] : new char[raw.Length];
            raw.ToLowerInvariant(word);
            if (unseen.Add(word))
            {
                if (words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(word);
            }
        }

        return words.ToString();
    }

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(".,;:!?()[]\"'“”‘’«»—–*");
}
