namespace NewsletterGen.Tests.Infrastructure;

/// <summary>Sites many tests start from, in TestSite's txtar form, so a test shows only what it
/// adds to them.</summary>
public static class SampleSites
{
    /// <summary>content/site.yml as a section of TestSite's form: TestSite's default site.yml, whose
    /// ten lines are followed by the lines of <paramref name="extra"/> from line 11 on.</summary>
    public static string SiteYml(string extra) => $"-- content/site.yml --\n{TestSite.DefaultSiteYml}\n{extra}";

    /// <summary>One post, "Hello", dated 2024-05-01, whose body is <paramref name="body"/>;
    /// its page is posts/hello/index.html.</summary>
    public static string OnePost(string body = "Hello.") => Post("hello.md", "Hello", "2024-05-01", body);

    /// <summary>The post content/posts/<paramref name="file"/> as a section of TestSite's form:
    /// `title:` on line 2, `date:` on line 3, then the lines of <paramref name="fields"/> if any,
    /// the closing `---`, and <paramref name="body"/> (on line 5 when there are no more fields).
    /// Sections put one per line in a raw string make a site of several posts.</summary>
    public static string Post(string file, string title, string date, string body = "Body.", string? fields = null) =>
        $"-- content/posts/{file} --\n---\ntitle: {title}\ndate: {date}\n"
        + (fields is null ? string.Empty : fields + "\n")
        + $"---\n{body}";
}
