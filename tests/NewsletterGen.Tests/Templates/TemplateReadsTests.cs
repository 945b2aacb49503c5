using AwesomeAssertions;
using NewsletterGen.Diagnostics;
using NewsletterGen.Templates;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Templates;

/// <summary>The build does ahead only the work whose result a template may show (JSON-LD, related
/// posts, word counts) and leaves the rest for when it is asked for, so "may a template read this
/// member?" should not say no to a template that does (it would then wait for the value).</summary>
public class TemplateReadsTests
{
    [Theory]
    [InlineData("{{ post.related }}", true)]
    [InlineData("{{ for r in (post.related | array.limit 3) }}{{ r.title }}{{ end }}", true)]
    [InlineData("{{ post[\"related\"] }}", true)]
    [InlineData("{{ name = \"rel\" + \"ated\"; post[name] }}", true)]
    [InlineData("{{ object.keys post }}", true)]
    [InlineData("{{ post.title }} {{ post.tags[0].name }}", false)]
    [InlineData("<p>related issues</p>", false)]
    public void Tells_whether_a_template_may_read_a_member(string postTemplate, bool mayRead)
    {
        var texts = TemplateSet.Required.ToDictionary(name => name, _ => "{{ content }}", StringComparer.Ordinal);
        texts["post.html"] = postTemplate;
        var set = TemplateSet.Parse(texts, new DiagnosticBag())!;

        new TemplateDependencies(set).MayRead("related").Should().Be(mayRead);
    }

    [Fact]
    public void A_member_read_only_in_an_included_partial_counts()
    {
        var texts = TemplateSet.Required.ToDictionary(name => name, _ => "{{ content }}", StringComparer.Ordinal);
        texts["post.html"] = "{{ include \"partials/meta.html\" }}";
        texts["partials/meta.html"] = "{{ page.json_ld }}";
        var set = TemplateSet.Parse(texts, new DiagnosticBag())!;

        var reads = new TemplateDependencies(set);

        reads.MayRead("json_ld").Should().BeTrue();
        reads.MayRead("related").Should().BeFalse();
    }

    [Fact]
    public void A_theme_that_shows_json_ld_and_related_posts_gets_them_and_one_that_does_not_renders_without_them()
    {
        const string Posts = """
            -- content/posts/a.md --
            ---
            title: Alpha
            date: 2024-05-01
            tags: [Mistral, compute]
            ---
            Alpha's body.
            -- content/posts/b.md --
            ---
            title: Bravo
            date: 2024-05-02
            tags: [Mistral]
            ---
            Bravo's body.
            """;
        const string Plain = """
            -- templates/post.html --
            <h1>{{ post.title }}</h1>{{ post.content }}
            -- templates/layout.html --
            <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>

            """;
        const string Showing = """
            -- templates/post.html --
            <h1>{{ post.title }}</h1>{{ post.content }}<ul>{{ for r in post.related }}<li>{{ r.title }}</li>{{ end }}</ul>
            -- templates/layout.html --
            <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title>{{ if page.json_ld }}<script type="application/ld+json">{{ page.json_ld }}</script>{{ end }}</head><body>{{ content }}</body></html>

            """;

        using var plain = TestSite.Build(BareTheme.With(Plain + Posts));
        using var showing = TestSite.Build(BareTheme.With(Showing + Posts));

        plain.Errors.Should().BeEmpty();
        showing.Errors.Should().BeEmpty();
        plain.Html("posts/bravo/index.html").QuerySelector("script").Should().BeNull();
        var page = showing.Html("posts/bravo/index.html");
        page.QuerySelector("script[type='application/ld+json']")!.TextContent.Should().Contain("\"BlogPosting\"");
        page.QuerySelectorAll("li").Select(li => li.TextContent).Should().Equal("Alpha");
        plain.Html("posts/bravo/index.html").Body!.InnerHtml.TrimEnd().Should().Be("<h1>Bravo</h1><p>Bravo's body.</p>");
    }

    [Theory]
    [InlineData("{{ post.reading_minutes }} min")]
    [InlineData("{{ post.word_count }} words")]
    public void A_theme_that_shows_reading_time_or_word_count_gets_them_counted_and_one_that_does_not_gets_them_counted_when_asked(string shown)
    {
        var body = string.Join(' ', Enumerable.Repeat("word", 660));
        var posts = $"""
            -- content/posts/a.md --
            ---
            title: Alpha
            date: 2024-05-01
            ---
            {body}
            """;
        var plain = """
            -- templates/post.html --
            <h1>{{ post.title }}</h1>{{ post.content }}

            """;
        var showing = $$$"""
            -- templates/post.html --
            <h1>{{ post.title }}</h1><p class="meta">{{{shown}}}</p>{{ post.content }}

            """;

        using var without = TestSite.Build(BareTheme.With(plain + posts));
        using var with = TestSite.Build(BareTheme.With(showing + posts));

        with.Errors.Should().BeEmpty();
        without.Errors.Should().BeEmpty();
        with.Html("posts/alpha/index.html").QuerySelector(".meta")!.TextContent.Should().Be(shown.Contains("reading", StringComparison.Ordinal) ? "3 min" : "660 words");
        with.Result.Site!.Posts[0].WordCount.Should().Be(660);
        without.Result.Site!.Posts[0].WordCount.Should().Be(660, "no template reads it, so the build skips the count, and the post counts when asked");
        without.Html("posts/alpha/index.html").QuerySelector("h1")!.TextContent.Should().Be("Alpha");
    }
}
