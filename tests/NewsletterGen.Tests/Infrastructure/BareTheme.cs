namespace NewsletterGen.Tests.Infrastructure;

/// <summary>The eight required templates, each as small as it can be, for tests that check what a
/// template receives rather than how the repository's theme looks. TestSite copies the real theme
/// only when a test gives none of the required templates, so a test with one template of its own
/// must give all eight: <see cref="With"/> puts these first, and a later section with the same
/// path (the test's own post.html) replaces the bare one.</summary>
public static class BareTheme
{
    public const string Files = """
        -- templates/layout.html --
        <!DOCTYPE html>
        <html><head><title>{{ page.title }}</title></head>
        <body>{{ content }}</body></html>
        -- templates/post.html --
        <article><h1>{{ post.title }}</h1>{{ post.content }}</article>
        -- templates/home.html --
        {{ for p in pager.posts }}<h2>{{ p.title }}</h2>{{ end }}
        -- templates/tag.html --
        <h1>{{ tag.name }}</h1>
        -- templates/tags.html --
        <h1>Tags</h1>
        -- templates/archive.html --
        <h1>Archive</h1>
        -- templates/page.html --
        <article><h1>{{ entry.title }}</h1>{{ entry.content }}</article>
        -- templates/404.html --
        <h1>Not found</h1>

        """;

    /// <summary>The bare theme followed by the test's own files, which win where paths repeat.</summary>
    public static string With(string files) => Files + files;
}
