namespace NewsletterGen.Tests.Infrastructure;

/// <summary>Sites many tests start from, in TestSite's txtar form, so a test shows only what it
/// adds to them.</summary>
public static class SampleSites
{
    /// <summary>One post, "Hello", dated 2024-05-01, whose body is <paramref name="body"/>;
    /// its page is posts/hello/index.html.</summary>
    public static string OnePost(string body = "Hello.") => $"""
        -- content/posts/hello.md --
        ---
        title: Hello
        date: 2024-05-01
        ---
        {body}
        """;
}
