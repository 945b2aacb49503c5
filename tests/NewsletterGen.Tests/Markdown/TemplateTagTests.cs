using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Markdown;

/// <summary>Jekyll Liquid and Hugo shortcodes in post bodies: the few with a clear meaning are
/// translated, the rest are shown as written, warned about and kept out of summaries.</summary>
public class TemplateTagTests
{
    private static TestSite Post(string body, string extra = "") => TestSite.Build($"""
        -- content/posts/a.md --
        ---
        title: Tags
        date: 2024-05-01
        ---
        {body}
        {extra}
        """);

    [Fact]
    public void Turns_a_liquid_highlight_block_into_code_of_that_language()
    {
        using var site = Post("""
            Intro.

            {% highlight ruby linenos %}
            # a comment, not a heading
            puts "<item>not a tag</item>"
            {% endhighlight %}
            """);

        var page = site.Html("posts/tags/index.html");
        page.QuerySelector(".prose h1").Should().BeNull();
        page.QuerySelector(".prose item").Should().BeNull();
        var code = page.QuerySelector(".prose pre code")!;
        code.ClassName.Should().Contain("ruby");
        code.TextContent.Should().Contain("# a comment, not a heading").And.Contain("<item>not a tag</item>");
        page.QuerySelector(".prose")!.TextContent.Should().NotContain("highlight");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Turns_a_hugo_highlight_block_into_code_of_that_language()
    {
        using var site = Post("""
            {{< highlight go "linenos=table" >}}
            // main
            func main() {}
            {{< /highlight >}}
            """);

        var code = site.Html("posts/tags/index.html").QuerySelector(".prose pre code")!;
        code.ClassName.Should().Contain("go");
        code.TextContent.Should().Be("// main\nfunc main() {}\n");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Warns_about_a_highlight_block_without_its_end_tag()
    {
        using var site = Post("""
            {% highlight ruby %}
            puts 1
            """);

        site.Warnings.Should().ContainSingle(w => w.Contains("NG0822") && w.Contains("content/posts/a.md:5:"));
    }

    [Fact]
    public void Prints_the_content_of_raw_as_written_without_a_warning()
    {
        using var site = Post("""
            Use {% raw %}{{ page.title }} and {% if x %}{% endraw %} in a layout, and `{% raw %}{{ site.url }}{% endraw %}` in code.
            """);

        var paragraph = site.Html("posts/tags/index.html").QuerySelector(".prose p")!;
        paragraph.TextContent.Should().Be("Use {{ page.title }} and {% if x %} in a layout, and {{ site.url }} in code.");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Takes_raw_markers_around_a_code_block_and_inside_it_away()
    {
        using var site = Post("""
            {% raw %}
            ```liquid
            {% raw %}{{ page.title }}{% endraw %}
            ```
            {% endraw %}

            {% raw %}
            Between {% include x.html %} markers.

            {% endraw %}
            """);

        var prose = site.Html("posts/tags/index.html").QuerySelector(".prose")!;
        prose.QuerySelector("pre code")!.TextContent.Should().Be("{{ page.title }}\n");
        prose.TextContent.Should().NotContain("raw");
        prose.TextContent.Should().Contain("Between {% include x.html %} markers.");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Links_post_url_and_link_to_the_post()
    {
        using var site = Post(
            "See [the old one]({% post_url 2010-07-21-old %}), [again]({% link _posts/2010-07-21-old.md %}#notes) and [home]({{ site.url }}{{ site.baseurl }}/).",
            """
            -- content/posts/2010-07-21-old.md --
            ---
            title: Old
            date: 2010-07-21
            ---
            Old.

            ## Notes
            """);

        var hrefs = site.Html("posts/tags/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href"));
        hrefs.Should().Equal("/posts/old/", "/posts/old/#notes", "/");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Gives_site_baseurl_the_base_path()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Test Letter
            base_url: https://example.org/letter/
            time_zone: Europe/Paris
            -- content/posts/a.md --
            ---
            title: Tags
            date: 2024-05-01
            ---
            [About]({{ site.baseurl }}/about/) and ![x]({{ site.url }}/x.png).
            -- content/pages/about.md --
            ---
            title: About
            ---
            About.
            -- content/static/x.png --
            png
            """);

        var prose = site.Html("posts/tags/index.html").QuerySelector(".prose")!;
        prose.QuerySelector("a")!.GetAttribute("href").Should().Be("/letter/about/");
        prose.QuerySelector("img")!.GetAttribute("src").Should().Be("/letter/x.png");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Links_hugo_ref_and_relref_to_the_post()
    {
        using var site = Post(
            """See [one]({{< ref "old" >}}) and [two]({{< relref "posts/old.md#notes" >}}).""",
            """
            -- content/posts/old.md --
            ---
            title: Old
            date: 2010-07-21
            ---
            Old.

            ## Notes
            """);

        var hrefs = site.Html("posts/tags/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href"));
        hrefs.Should().Equal("/posts/old/", "/posts/old/#notes");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Warns_about_a_post_url_that_names_no_post()
    {
        using var site = Post("See {% post_url 1999-01-01-missing %} here.");

        site.Warnings.Should().ContainSingle(w => w.Contains("NG0821") && w.Contains("content/posts/a.md:5:5") && w.Contains("post_url 1999-01-01-missing"));
    }

    [Fact]
    public void Turns_a_hugo_figure_into_a_figure_with_its_caption()
    {
        using var site = Post(
            """{{< figure src="/chart.png" alt="A chart" caption="Sales & costs" >}}""",
            """
            -- content/static/chart.png --
            png
            """);

        var figure = site.Html("posts/tags/index.html").QuerySelector(".prose figure")!;
        figure.QuerySelector("img")!.GetAttribute("src").Should().Be("/chart.png");
        figure.QuerySelector("img")!.GetAttribute("alt").Should().Be("A chart");
        figure.QuerySelector("figcaption")!.TextContent.Should().Be("Sales & costs");
        site.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{% assign x = 1 %}", "Liquid tag")]
    [InlineData("{% include note.html %}", "Liquid tag")]
    [InlineData("{{< tweet 123 >}}", "Hugo shortcode")]
    [InlineData("{{% notice %}}", "Hugo shortcode")]
    [InlineData("{{ page.title }}", "Liquid tag")]
    public void Shows_an_unknown_tag_as_written_and_warns_at_its_line(string tag, string kind)
    {
        using var site = Post($"First words {tag} last words.");

        site.Html("posts/tags/index.html").QuerySelector(".prose p")!.TextContent.Should().Be($"First words {tag} last words.");
        site.Warnings.Should().ContainSingle(w => w.Contains("NG0820") && w.Contains("content/posts/a.md:5:13") && w.Contains(kind) && w.Contains(tag));
    }

    [Fact]
    public void Keeps_an_unknown_tag_out_of_summaries_descriptions_search_and_feeds()
    {
        using var site = Post("""
            {% include toc.html %}

            First words {% assign x = 1 %} last words.
            """);

        var home = site.Html("index.html").QuerySelector(".post-summary .summary")!;
        home.TextContent.Trim().Should().Be("First words  last words.");
        site.Html("posts/tags/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content").Should().Be("First words last words.");
        site.ReadText("search/index.json").Should().NotContain("assign").And.NotContain("toc.html");
        var description = site.Xml("feed.xml").Descendants("item").Single().Element("description")!.Value;
        description.Should().Contain("First words").And.NotContain("assign").And.NotContain("toc.html");
        site.Warnings.Should().HaveCount(2);
    }

    [Fact]
    public void Leaves_braces_and_liquid_looking_prose_as_it_was()
    {
        using var site = Post("Use {braces}, {{ title }} and { % not a tag %} freely.");

        site.Html("posts/tags/index.html").QuerySelector(".prose p")!.TextContent.Should().Be("Use {braces}, {{ title }} and { % not a tag %} freely.");
        site.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Leaves_tags_inside_a_fenced_code_block_as_written()
    {
        using var site = Post("""
            ```
            {% include x.html %} {{< tweet 1 >}}
            {% highlight ruby %}
            [home]({{ site.baseurl }}/)
            {% endhighlight %}
            ```
            """);

        site.Html("posts/tags/index.html").QuerySelector(".prose pre code")!.TextContent.Should()
            .Be("{% include x.html %} {{< tweet 1 >}}\n{% highlight ruby %}\n[home]({{ site.baseurl }}/)\n{% endhighlight %}\n");
        site.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{% raw %}", true)]
    [InlineData("text {{< tweet 1 >}}", true)]
    [InlineData("a { b } then {{ site.url }}", true)]
    [InlineData("ends with {{", true)]
    [InlineData("a { b } c {", false)]
    [InlineData("{ %} and { {", false)]
    [InlineData("", false)]
    public void Looks_for_tags_only_where_a_brace_opens_one(string body, bool mayHold)
    {
        NewsletterGen.Markdown.TemplateTagTranslator.MayHoldTags(body).Should().Be(mayHold);
    }
}
