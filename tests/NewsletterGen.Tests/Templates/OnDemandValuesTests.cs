using System.Text.Json;
using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Templates;

/// <summary>The build guesses from the templates' text which costly values they read (word counts,
/// related posts, JSON-LD) to make them ahead; a guess must never change a value. Each template
/// here reads one through a path the guess may not see, and must print what a plain read prints.</summary>
public class OnDemandValuesTests
{
    // Alpha has 660 words (3 minutes' read) and shares a tag with Bravo and with Charlie; Bravo and
    // Charlie share theirs only with Alpha.
    private static readonly string Posts = $"""
        -- content/posts/a.md --
        ---
        title: Alpha
        date: 2024-05-01
        tags: [x, y]
        ---
        {string.Join(' ', Enumerable.Repeat("word", 660))}
        -- content/posts/b.md --
        ---
        title: Bravo
        date: 2024-05-02
        tags: [x]
        ---
        Bravo's body.
        -- content/posts/c.md --
        ---
        title: Charlie
        date: 2024-05-03
        tags: [y]
        ---
        Charlie's body.
        -- content/posts/d.md --
        ---
        title: Delta
        date: 2024-05-04
        tags: [z]
        ---
        Delta's body.
        """;

    [Theory]
    [InlineData("a variable", """{{ x = post }}<p id="v">{{ x.word_count }}</p>""", "660")]
    [InlineData("a computed index", """<p id="v">{{ post["word" + "_count"] }}</p>""", "660")]
    [InlineData("a member name built by a function", """<p id="v">{{ [post] | array.map ("reading" + "_minutes") | array.first }}</p>""", "3")]
    [InlineData("a loop over a list of member names", """<p id="v">{{ for m in ["word_count", "reading_minutes"] }}{{ post[m] }};{{ end }}</p>""", "660;3;")]
    [InlineData("an include", """{{ include "partials/meta.html" }}""", "3")]
    [InlineData("related posts through a member name built by a function", """<p id="v">{{ for r in ([post] | array.map ("rel" + "ated") | array.first) }}{{ r.title }};{{ end }}</p>""", "Charlie;Bravo;")]
    [InlineData("related posts of related posts", """<p id="v">{{ for r in post.related }}{{ r.title }}:{{ for rr in r.related }}{{ rr.title }};{{ end }}|{{ end }}</p>""", "Charlie:Alpha;|Bravo:Alpha;|")]
    public void A_value_read_through_an_indirect_path_is_the_right_one(string path, string postTemplate, string expected)
    {
        using var site = TestSite.Build(BareTheme.With($"""
            -- templates/post.html --
            {postTemplate}
            -- templates/partials/meta.html --
            <p id="v">{"{{"} post.reading_minutes {"}}"}</p>

            """ + Posts));

        site.Errors.Should().BeEmpty();
        site.Html("posts/alpha/index.html").QuerySelector("#v")!.TextContent.Should().Be(expected, $"through {path}");
    }

    [Fact]
    public void Json_ld_read_through_a_member_name_built_by_a_function_is_made_with_the_word_count()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/layout.html --
            <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title><script type="application/ld+json">{{ [page] | array.map ("json" + "_ld") | array.first }}</script></head><body>{{ content }}</body></html>

            """ + Posts));

        site.Errors.Should().BeEmpty();
        using var json = JsonDocument.Parse(site.Html("posts/alpha/index.html").QuerySelector("script")!.TextContent);
        json.RootElement.GetProperty("@type").GetString().Should().Be("BlogPosting");
        json.RootElement.GetProperty("wordCount").GetInt32().Should().Be(660);
    }

    [Fact]
    public void A_site_model_whose_templates_read_none_of_them_still_answers_them_when_asked()
    {
        using var site = TestSite.Build(BareTheme.With(Posts));

        site.Errors.Should().BeEmpty();
        var alpha = site.Result.Site!.Posts.Single(p => p.Title == "Alpha");
        alpha.WordCount.Should().Be(660);
        alpha.ReadingMinutes.Should().Be(3);
        alpha.Related.Select(p => p.Title).Should().Equal("Charlie", "Bravo");
        alpha.Related[0].Related.Select(p => p.Title).Should().Equal("Alpha");
    }
}
