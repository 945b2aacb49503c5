using System.Globalization;
using AwesomeAssertions;
using NewsletterGen.Incremental;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Incremental;

/// <summary>A seeded random sequence of the changes a writer makes, each followed by an
/// incremental build (one <see cref="BuildCache"/>, told what changed as the watcher of `serve`
/// would) and a clean build of the same files: every output file must be the same, byte for byte,
/// and so must the diagnostics; a build that fails must leave the last good output as it was. The
/// site has several home pages, tag pages that show a first page of their posts, and a post
/// template that shows the related posts of related posts. On failure the message gives the seed
/// and the steps; NLG_RANDOM_SEED=&lt;seed&gt; runs that sequence again.</summary>
public sealed class RandomChangeSequenceTests : IDisposable
{
    private const int Steps = 200;
    private const int DefaultSeed = 20261206;
    private static readonly string[] TagPool = ["Compute", "EU AI Act", "Mistral", "Open weights", "GDPR", "Chips"];
    private static readonly string[] Words = ["sovereign", "compute", "weights", "regulation", "Brussels", "datacentre", "license", "benchmark", "tokens", "training"];

    private readonly TestSite _site = TestSite.Create("""
        -- content/site.yml --
        title: Random Letter
        description: A newsletter changed at random.
        base_url: https://example.org/
        language: en
        time_zone: Europe/Paris
        posts_per_page: 2
        feed_size: 3
        authors:
          ada:
            name: Ada Example
        """);

    private readonly BuildCache _cache = new();
    private readonly Dictionary<string, PostSpec> _posts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _broken = new(StringComparer.Ordinal);
    private readonly List<string> _history = [];
    private Random _random = new(DefaultSeed);
    private int _serial;
    private SortedDictionary<string, byte[]>? _lastGood;

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_random_sequence_of_two_hundred_changes_keeps_every_incremental_build_equal_to_a_clean_build()
    {
        var seed = Environment.GetEnvironmentVariable("NLG_RANDOM_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : DefaultSeed;
        _random = new Random(seed);
        var step = 0;
        try
        {
            Setup();
            Check();
            for (step = 1; step <= Steps; step++)
            {
                var before = Sources();
                _history.Add($"{step}: {Change()}");
                ReportChangesSince(before);
                Check();
            }
        }
        catch (Exception failure)
        {
            throw new InvalidOperationException(
                $"seed {seed} (NLG_RANDOM_SEED={seed} to run it again), step {step} of {Steps}: {failure.Message}\nsteps:\n{string.Join('\n', _history.TakeLast(25))}",
                failure);
        }
    }

    private void Setup()
    {
        Directory.CreateDirectory(Full("content/posts/notes"));

        // The theme's own templates (TestSite copied them), plus related posts of related posts
        // on post pages and a first page of each tag's posts on tag pages.
        Append("templates/post.html", "\n<aside class=\"related-of-related\">{{ for r in post.related }}{{ r.title }}:{{ for rr in r.related }}{{ rr.title }};{{ end }}|{{ end }}</aside>\n");
        Append("templates/tag.html", "\n<p class=\"first-page\">{{ for p in (tag.posts | array.limit 2) }}{{ p.title }};{{ end }} of {{ tag.count }}</p>\n");
        for (var i = 0; i < 9; i++)
        {
            AddPost();
        }

        _history.Add("0: nine posts");
    }

    /// <summary>Applies one change, chosen at random, and says what it was.</summary>
    private string Change()
    {
        // A file left broken is fixed after a step or two.
        foreach (var (path, left) in _broken.ToList())
        {
            if (left == 0)
            {
                _broken.Remove(path);
                WritePost(path);
                return $"fix the front matter of {path}";
            }

            _broken[path] = left - 1;
        }

        var published = _posts.Keys.Where(p => !_broken.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        var post = published.Count > 0 ? published[_random.Next(published.Count)] : null;
        var roll = _random.Next(100);
        switch (roll)
        {
            case < 25 when post is not null:
                _posts[post].Paragraphs.Add(Sentence());
                WritePost(post);
                return $"edit the body of {post}";
            case < 33 when post is not null:
                _posts[post].Title = NewTitle();
                WritePost(post);
                return $"edit the title of {post}";
            case < 43 when _posts.Count < 16:
                return $"add {AddPost()}";
            case < 50 when post is not null && _posts.Count > 3:
                _posts.Remove(post);
                File.Delete(Full(post));
                return $"delete {post}";
            case < 57 when post is not null:
                var spec = _posts[post];
                _posts.Remove(post);
                File.Delete(Full(post));
                spec.Date = spec.Date.AddDays(_random.Next(-40, 40));
                var renamed = PathOf(spec);
                _posts[renamed] = spec;
                WritePost(renamed);
                return $"rename {post} to {renamed}";
            case < 67 when post is not null:
                _posts[post].Tags = Tags();
                WritePost(post);
                return $"retag {post} [{string.Join(", ", _posts[post].Tags)}]";
            case < 73 when post is not null:
                _posts[post].Draft = !_posts[post].Draft;
                WritePost(post);
                return $"{(_posts[post].Draft ? "draft" : "undraft")} {post}";
            case < 79 when post is not null:
                _posts[post].Scheduled = !_posts[post].Scheduled;
                WritePost(post);
                return $"{(_posts[post].Scheduled ? "schedule" : "unschedule")} {post}";
            case < 88:
                return ChangeTemplate();
            case < 94:
                return ChangeSiteYml();
            case < 100 when post is not null:
                File.WriteAllText(Full(post), $"---\ntitle: {_posts[post].Title}\ndate: [not a date\n---\nBroken.\n");
                _broken[post] = _random.Next(3);
                return $"break the front matter of {post}";
            default:
                _posts.Values.FirstOrDefault()?.Paragraphs.Add(Sentence());
                foreach (var path in _posts.Keys.Take(1).Where(p => !_broken.ContainsKey(p)))
                {
                    WritePost(path);
                }

                return "edit the body of the first post";
        }
    }

    private string ChangeTemplate()
    {
        string[] templates = ["templates/post.html", "templates/layout.html", "templates/home.html", "templates/tag.html", "templates/partials/post-list.html"];
        var template = templates[_random.Next(templates.Length)];
        if (template == "templates/post.html" && _random.Next(2) == 0)
        {
            // Show, or stop showing, a body member of the related posts: it enters their cards.
            const string WordCounts = "\n<p class=\"related-words\">{{ for r in post.related }}{{ r.word_count }};{{ end }}</p>\n";
            var text = File.ReadAllText(Full(template));
            File.WriteAllText(Full(template), text.Contains(WordCounts, StringComparison.Ordinal) ? text.Replace(WordCounts, string.Empty, StringComparison.Ordinal) : text + WordCounts);
            return "show or hide the word counts of related posts";
        }

        Append(template, $"\n<!-- change {++_serial} -->\n");
        return $"edit {template}";
    }

    private string ChangeSiteYml()
    {
        var path = Full("content/site.yml");
        var text = File.ReadAllText(path);
        switch (_random.Next(5))
        {
            case 0:
                text = text.Contains("posts_per_page: 2", StringComparison.Ordinal)
                    ? text.Replace("posts_per_page: 2", "posts_per_page: 3", StringComparison.Ordinal)
                    : text.Replace("posts_per_page: 3", "posts_per_page: 2", StringComparison.Ordinal);
                break;
            case 1:
                text = text.Contains("\nsearch_index: false\n", StringComparison.Ordinal)
                    ? text.Replace("\nsearch_index: false\n", "\n", StringComparison.Ordinal)
                    : text.TrimEnd('\n') + "\nsearch_index: false\n";
                break;
            case 2:
                // Every post's URL changes, and with it every page that links to one.
                text = text.Contains("\npermalink: /:year/:slug/\n", StringComparison.Ordinal)
                    ? text.Replace("\npermalink: /:year/:slug/\n", "\n", StringComparison.Ordinal)
                    : text.TrimEnd('\n') + "\npermalink: /:year/:slug/\n";
                break;
            case 3:
                // The posts of content/posts/notes/ get their own listing and feeds, and leave the home's.
                const string Sections = "\nsections:\n  notes: { title: Notes, in_main_feed: false }\n";
                text = text.Contains(Sections, StringComparison.Ordinal)
                    ? text.Replace(Sections, "\n", StringComparison.Ordinal)
                    : text.TrimEnd('\n') + Sections;
                break;
            default:
                text = text.Replace("title: Random Letter", "title: Random Letter, again", StringComparison.Ordinal);
                text = text.Replace("title: Random Letter, again, again", "title: Random Letter", StringComparison.Ordinal);
                break;
        }

        File.WriteAllText(path, text);
        return "edit site.yml";
    }

    private string AddPost()
    {
        var spec = new PostSpec
        {
            Title = NewTitle(),
            Date = new DateTime(2023, 1, 1).AddDays(_random.Next(0, 700)),
            Tags = Tags(),
            Paragraphs = [Sentence(), $"## {Words[_random.Next(Words.Length)]} heading\n\n{Sentence()}", Sentence()],
        };
        var path = PathOf(spec);
        if (_posts.ContainsKey(path) || File.Exists(Full(path)))
        {
            path = path.Replace(".md", $"-{++_serial}.md", StringComparison.Ordinal);
        }

        _posts[path] = spec;
        WritePost(path);
        return path;
    }

    private string PathOf(PostSpec spec)
    {
        // One post in four is in a sub-folder, which site.yml makes a section now and then.
        var folder = _random.Next(4) == 0 ? "notes/" : string.Empty;
        var path = $"content/posts/{folder}{spec.Date:yyyy-MM-dd}-issue-{++_serial}.md";
        return path;
    }

    private void WritePost(string path)
    {
        var post = _posts[path];
        var date = post.Scheduled ? post.Date.AddYears(8) : post.Date;
        File.WriteAllText(Full(path), string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: "{post.Title}"
            date: {date:yyyy-MM-dd}
            tags: [{string.Join(", ", post.Tags)}]
            {(post.Draft ? "draft: true\n" : string.Empty)}---
            {string.Join("\n\n", post.Paragraphs)}

            """));
    }

    private string NewTitle() => $"Issue {++_serial}: {Words[_random.Next(Words.Length)]} and {Words[_random.Next(Words.Length)]}";

    private string Sentence() => $"The {Words[_random.Next(Words.Length)]} of {Words[_random.Next(Words.Length)]} changed, {_random.Next(1000)} times.";

    private List<string> Tags() => [.. TagPool.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4))];

    private void Append(string path, string text) => File.AppendAllText(Full(path), text);

    private string Full(string path) => Path.Combine(_site.Root, path);

    /// <summary>Builds incrementally, then cleanly into another folder, and compares.</summary>
    private void Check()
    {
        var incremental = SiteBuild.Run(new BuildOptions(_site.Root, _site.Output, Now: TestSite.Now), _cache);
        var clean = CleanBuild.Run(_site);
        incremental.Diagnostics.Select(d => d.ToString()).Should().Equal(clean.Diagnostics.Select(d => d.ToString()), "the incremental build should report what a clean build reports");
        incremental.Succeeded.Should().Be(clean.Succeeded);
        var actual = CleanBuild.Files(_site.Output);
        if (!clean.Succeeded)
        {
            if (_lastGood is not null)
            {
                actual.Keys.Should().Equal(_lastGood.Keys, "a failed build leaves the last output as it was");
                actual.Should().AllSatisfy(f => f.Value.SequenceEqual(_lastGood[f.Key]).Should().BeTrue($"a failed build leaves /{f.Key} as it was"));
            }

            return;
        }

        CleanBuild.ShouldBeTheSameFiles(actual, CleanBuild.Files(CleanBuild.Folder(_site)));
        _lastGood = actual;
    }

    private Dictionary<string, byte[]> Sources() => WatchedSources.Snapshot(_site.Root);

    private void ReportChangesSince(Dictionary<string, byte[]> before) => _cache.Changes = WatchedSources.ChangesSince(_site.Root, before);

    private sealed class PostSpec
    {
        public required string Title { get; set; }

        public required DateTime Date { get; set; }

        public required List<string> Tags { get; set; }

        public required List<string> Paragraphs { get; init; }

        public bool Draft { get; set; }

        public bool Scheduled { get; set; }
    }
}
