using System.Globalization;
using System.Text;

namespace NewsletterGen.Tests.Archives;

/// <summary>A Jekyll-style or Hugo-style blog written into a temp folder, with the mess real
/// archives have: dates only in file names, Liquid or shortcodes in a quarter of the bodies,
/// the same titles in different years, sub-folders, CRLF, a byte order mark, form feeds, `]]>`
/// in code, TOML and JSON front matter, categories, `published: false`, excerpts. The same seed
/// always writes the same bytes.</summary>
public sealed class ArchiveSample : IDisposable
{
    private static readonly string[] Titles =
    [
        "Release notes", "This week in Ruby", "Why we moved to Postgres", "A tour of the new API", "Notes from the conference",
        "How we test", "Caching, again", "The year in review", "Hiring: backend engineer", "Debugging a memory leak",
        "On naming things", "Our build got faster", "Security update", "Ten small tips", "What's new in 2.0?",
        "Migrating the database", "Docs day", "Café au lait & code", "Monthly roundup", "Q&A with the team",
    ];

    private static readonly string[] Words = ["ruby", "go", "rust", "ops", "web", "data", "tools", "news", "release", "team"];

    private readonly List<SamplePost> _posts = [];
    private uint _state;

    private ArchiveSample(string root, uint seed)
    {
        Root = root;
        _state = seed;
    }

    public string Root { get; }

    public IReadOnlyList<SamplePost> Posts => _posts;

    public static ArchiveSample Jekyll(int count, uint seed = 1)
    {
        var sample = new ArchiveSample(NewRoot("jekyll"), seed);
        sample.WriteJekyll(count);
        return sample;
    }

    public static ArchiveSample Hugo(int count, uint seed = 2)
    {
        var sample = new ArchiveSample(NewRoot("hugo"), seed);
        sample.WriteHugo(count);
        return sample;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string NewRoot(string kind)
    {
        var root = Path.Combine(Path.GetTempPath(), $"nlg-{kind}-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary>A small xorshift, so the archive does not depend on System.Random's algorithm.</summary>
    private int Next(int below)
    {
        _state ^= _state << 13;
        _state ^= _state >> 17;
        _state ^= _state << 5;
        return (int)(_state % (uint)below);
    }

    private bool Chance(int percent) => Next(100) < percent;

    private void WriteJekyll(int count)
    {
        Write("_config.yml", "title: An old blog\ntimezone: UTC\nmarkdown: kramdown\n");
        Write("assets/img/diagram.png", "not really a png");
        Write("assets/css/main.css", "body { color: black }");
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var title = Titles[Next(Titles.Length)];
            var date = new DateOnly(2010, 1, 1).AddDays(i * 9 + Next(5));
            var fileSlug = JekyllSlug(title);
            var folder = Next(10) switch { 0 => $"{date.Year}/", 1 => "team-notes/", _ => string.Empty };
            var name = $"{date:yyyy-MM-dd}-{fileSlug}.md";
            if (!used.Add(name))
            {
                continue;
            }

            var features = new HashSet<string>(StringComparer.Ordinal);
            var fm = new StringBuilder();
            fm.Append("layout: post\n");
            // A third have no title line at all: Jekyll makes it from the file name.
            var shownTitle = title;
            if (Chance(10))
            {
                shownTitle = TitleCase(fileSlug);
                features.Add("title");
            }
            else
            {
                fm.Append(CultureInfo.InvariantCulture, $"title: \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n");
            }

            if (Chance(40))
            {
                // One-digit hours and a space before the offset, as Jekyll's own `new` writes them.
                fm.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd} {Next(10)}:{Next(60):D2}:00 +0000\n");
                features.Add("date");
            }

            var categories = new List<string>();
            switch (Next(6))
            {
                case 0:
                    categories.Add("ruby");
                    fm.Append("categories: [ruby]\n");
                    break;
                case 1:
                    categories.AddRange(["ruby", "news"]);
                    fm.Append("categories: ruby news\n");
                    break;
                case 2:
                    categories.Add("Tools");
                    fm.Append("category: Tools\n");
                    break;
            }

            if (categories.Count > 0)
            {
                features.Add("categories");
            }

            if (Chance(30))
            {
                fm.Append(CultureInfo.InvariantCulture, $"tags: {Words[Next(Words.Length)]} {Words[Next(Words.Length)]}\n");
                features.Add("tags");
            }

            if (Chance(20))
            {
                fm.Append("excerpt: \"A short look at: what changed, and why.\"\n");
                features.Add("excerpt");
            }

            var published = true;
            if (Chance(5))
            {
                fm.Append("published: false\n");
                published = false;
                features.Add("published");
            }

            string? permalink = null;
            if (Chance(4))
            {
                permalink = $"/archive/{fileSlug}-{date.Year}.html";
                fm.Append(CultureInfo.InvariantCulture, $"permalink: {permalink}\n");
                features.Add("permalink");
            }

            var url = permalink ?? "/" + string.Concat(categories.Select(c => c.ToLowerInvariant() + "/").Distinct())
                + $"{date:yyyy}/{date:MM}/{date:dd}/{fileSlug}.html";
            var body = Body(liquid: Chance(25), hugo: false, i);
            var text = "---\n" + fm + "---\n" + body;
            WriteMessy($"_posts/{folder}{name}", text, features);
            _posts.Add(new SamplePost($"_posts/{folder}{name}", shownTitle, url, published, features));
        }
    }

    private void WriteHugo(int count)
    {
        Write("hugo.toml", "baseURL = \"https://old.example.org/\"\ntitle = \"An old Hugo blog\"\n\n[permalinks]\n  posts = \"/:year/:month/:slug/\"\n");
        Write("content/_index.md", "---\ntitle: Home\n---\nWelcome\n");
        Write("content/posts/_index.md", "+++\ntitle = \"Posts\"\n+++\n");
        Write("content/about.md", "---\ntitle: About\n---\nAbout us\n");
        Write("static/images/logo.png", "not really a png");
        var used = new HashSet<string>(StringComparer.Ordinal);
        var usedUrls = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var title = Titles[Next(Titles.Length)];
            var date = new DateTime(2015, 1, 1, 8, 0, 0, DateTimeKind.Utc).AddDays(i * 7 + Next(5)).AddHours(Next(12));
            var inNotes = Chance(25);
            var name = $"{HugoUrlize(title)}-{i}";
            var bundle = !inNotes && Chance(10);
            var folder = inNotes ? (Chance(50) ? "notes/" : $"notes/{date.Year}/") : "posts/";
            var file = bundle ? $"content/{folder}{name}/index.md" : $"content/{folder}{name}.md";
            if (!used.Add(file))
            {
                continue;
            }

            var features = new HashSet<string>(StringComparer.Ordinal);
            var fields = new List<(string Key, object Value)> { ("title", title) };
            var dateKey = Chance(15) ? "publishDate" : "date";
            if (dateKey == "publishDate")
            {
                features.Add("publishDate");
            }

            fields.Add((dateKey, date));
            if (Chance(20))
            {
                fields.Add(("lastmod", date.AddDays(3)));
                features.Add("lastmod");
            }

            string? slug = null;
            if (Chance(20))
            {
                slug = $"{HugoUrlize(title)}-{date:yyyy}-{i}";
                fields.Add(("slug", slug));
            }

            // Two posts of one title in one month had one URL in Hugo, which published only
            // one of them: a writer gave the other a slug, and so does the generator.
            var section = folder.TrimEnd('/');
            if (slug is null && section == "posts" && !usedUrls.Add($"/{date:yyyy}/{date:MM}/{HugoUrlize(title)}/"))
            {
                slug = name;
                fields.Add(("slug", slug));
            }

            if (Chance(50))
            {
                fields.Add(("tags", new[] { Words[Next(Words.Length)], Words[Next(Words.Length)] }.Distinct().ToArray()));
            }

            if (Chance(30))
            {
                fields.Add(("categories", new[] { "Engineering" }));
                features.Add("categories");
            }

            var published = true;
            if (Chance(5))
            {
                fields.Add(("draft", true));
                published = false;
            }
            else if (Chance(3))
            {
                fields.Add(("expiryDate", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
                published = false;
                features.Add("expiryDate");
            }

            string? url = null;
            if (Chance(3))
            {
                url = $"/custom/{name}/";
                fields.Add(("url", url));
                features.Add("url");
            }

            var aliases = new List<string>();
            if (Chance(10))
            {
                aliases.Add($"/old/{name}/");
                fields.Add(("aliases", aliases.ToArray()));
            }

            var format = Next(10) switch { < 5 => "toml", < 9 => "yaml", _ => "json" };
            features.Add(format);
            var body = Body(liquid: Chance(25), hugo: true, i);
            var text = format switch
            {
                "toml" => "+++\n" + Toml(fields) + "+++\n" + body,
                "json" => Json(fields) + "\n" + body,
                _ => "---\n" + Yaml(fields) + "---\n" + body,
            };
            WriteMessy(file, text, features);
            if (bundle)
            {
                Write($"content/{folder}{name}/cover.jpg", "not really a jpeg");
            }

            // Hugo's URL: `url:`, else the section's permalink pattern, else the path, lower case.
            var oldUrl = url ?? (section == "posts"
                ? $"/{date:yyyy}/{date:MM}/{slug ?? HugoUrlize(title)}/"
                : $"/{folder.ToLowerInvariant()}{(slug ?? name).ToLowerInvariant()}/");
            _posts.Add(new SamplePost(file, title, oldUrl, published, features));
            foreach (var alias in aliases)
            {
                _posts.Add(new SamplePost(file, title, alias, published, new HashSet<string>(StringComparer.Ordinal) { "alias" }));
            }
        }
    }

    private string Body(bool liquid, bool hugo, int i)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"This is post number {i}. It says something useful about *software*.\n\n");
        if (Chance(10))
        {
            body.Append(hugo ? "![Logo](/images/logo.png)\n\n" : "![A diagram](/assets/img/diagram.png)\n\n");
        }

        if (liquid && !hugo)
        {
            switch (Next(4))
            {
                case 0:
                    body.Append("{% highlight ruby %}\n# a comment, not a heading\nputs \"<b>hi</b>\"\n{% endhighlight %}\n\n");
                    break;
                case 1:
                    body.Append("{% raw %}{{ not a variable }}{% endraw %}\n\n");
                    break;
                case 2:
                    body.Append("See {% post_url 2010-01-01-release-notes %} for the first one.\n\n");
                    break;
                default:
                    body.Append("Our home is {{ site.url }}{{ site.baseurl }}/.\n\n");
                    break;
            }
        }
        else if (liquid)
        {
            body.Append(Next(3) switch
            {
                0 => "{{< highlight go >}}\nfunc main() {}\n{{< /highlight >}}\n\n",
                1 => "See {{< ref \"posts/other.md\" >}}.\n\n",
                _ => "{{< figure src=\"/images/logo.png\" title=\"Logo\" >}}\n\n",
            });
        }

        if (Chance(10))
        {
            body.Append("```xml\n<![CDATA[ data ]]>\n```\n\n");
        }

        if (Chance(5))
        {
            body.Append("Page one.\n\f\nPage two.\n");
        }

        body.Append("The end.\n");
        return body.ToString();
    }

    /// <summary>A tenth of the files get CRLF line ends, one in fifty a byte order mark.</summary>
    private void WriteMessy(string path, string text, HashSet<string> features)
    {
        if (Chance(10))
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
            features.Add("crlf");
        }

        if (Chance(2))
        {
            text = "\uFEFF" + text;
            features.Add("bom");
        }

        Write(path, text);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, Encoding.UTF8.GetBytes(text));
    }

    private static string Toml(List<(string Key, object Value)> fields)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            text.Append(CultureInfo.InvariantCulture, $"{key} = {TomlValue(value)}\n");
        }

        return text.ToString();

        static string TomlValue(object value) => value switch
        {
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            string[] a => "[" + string.Join(", ", a.Select(TomlValue)) + "]",
            _ => value.ToString()!,
        };
    }

    private static string Yaml(List<(string Key, object Value)> fields)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            text.Append(CultureInfo.InvariantCulture, $"{key}: {YamlValue(value)}\n");
        }

        return text.ToString();

        static string YamlValue(object value) => value switch
        {
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            string[] a => "[" + string.Join(", ", a.Select(YamlValue)) + "]",
            _ => value.ToString()!,
        };
    }

    private static string Json(List<(string Key, object Value)> fields)
    {
        var text = new StringBuilder("{\n");
        for (var i = 0; i < fields.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  \"{fields[i].Key}\": {JsonValue(fields[i].Value)}{(i < fields.Count - 1 ? "," : string.Empty)}\n");
        }

        return text.Append('}').ToString();

        static string JsonValue(object value) => value switch
        {
            string s => System.Text.Json.JsonSerializer.Serialize(s, SampleJson.Default.String),
            DateTime d => "\"" + d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\"",
            bool b => b ? "true" : "false",
            string[] a => "[" + string.Join(", ", a.Select(JsonValue)) + "]",
            _ => value.ToString()!,
        };
    }

    /// <summary>Jekyll file names as writers make them: lower case, hyphens between words.</summary>
    private static string JekyllSlug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split(' ', '?', ',', '&', ':', '\'').Where(w => w.Length > 0)).Replace("é", "e", StringComparison.Ordinal);

    private static string TitleCase(string slug) =>
        string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Hugo's urlize for these titles: lower case, spaces to hyphens, ?,&amp;' dropped.</summary>
    private static string HugoUrlize(string title)
    {
        var kept = new string(title.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '_').ToArray());
        return string.Join('-', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }
}
