using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Templates;

/// <summary>What a template can read of the .NET values it is given. Every type it can reach has a
/// table of getters (the site model, dates, dictionary entries) or is one Scriban reads itself
/// (its objects, lists, dictionaries, text, numbers); reading a member of any other type is an
/// error at the member's place. Nothing is read by reflection, so a Native AOT build of the
/// command shows templates exactly what the JIT build does.</summary>
public class TemplateMemberAccessTests
{
    private const string Post = """
        -- content/posts/a.md --
        ---
        title: A
        slug: a
        date: 2024-05-01T09:30:00+02:00
        issue_number: 12
        language: fr
        ---
        Body.

        """;

    private static TestSite BuildWithPostTemplate(string postTemplate) =>
        TestSite.Build(BareTheme.With(Post + "-- templates/post.html --\n" + postTemplate + "\n"));

    private static string Printed(TestSite site) => site.Html("posts/a/index.html").Body!.TextContent.Trim();

    [Fact]
    public void A_template_reading_post_date_year_month_and_day_prints_them()
    {
        using var site = BuildWithPostTemplate("{{ post.date.year }}-{{ post.date.month }}-{{ post.date.day }} {{ post.date.hour }}:{{ post.date.minute }} {{ post.date.day_of_week }}");

        site.Errors.Should().BeEmpty();
        Printed(site).Should().Be("2024-5-1 9:30 Wednesday");
    }

    [Fact]
    public void A_template_reading_the_offset_of_the_publication_time_prints_it()
    {
        using var site = BuildWithPostTemplate("{{ post.published.year }} {{ post.published.offset.total_hours }} {{ post.last_modified.total_offset_minutes }}");

        site.Errors.Should().BeEmpty();
        Printed(site).Should().Be("2024 2 120");
    }

    [Fact]
    public void A_template_reads_the_dates_and_time_spans_Scriban_builtins_return()
    {
        using var site = BuildWithPostTemplate("""{{ (date.parse "2024-03-05").month }} {{ (timespan.from_days 2).total_hours }} {{ date.now.year > 2000 }}""");

        site.Errors.Should().BeEmpty();
        Printed(site).Should().Be("3 48 true");
    }

    [Fact]
    public void A_template_reads_the_source_file_of_a_post_and_the_site_settings()
    {
        using var site = BuildWithPostTemplate("{{ post.source.file }}:{{ post.source.line }} {{ site.config.posts_per_page }} {{ site.config.base_path }} {{ post.content.value | string.strip }}");

        site.Errors.Should().BeEmpty();
        Printed(site).Should().Be("content/posts/a.md:1 10 / <p>Body.</p>"); // the fragment's text, escaped
    }

    [Fact]
    public void A_layout_prints_the_page_s_body_as_html_as_often_as_it_asks_and_reads_it_as_text()
    {
        // The body reaches the layout from a buffer, not as a string: printing copies it, and
        // every other use (a filter, its value, raw, a comparison) must see the same text.
        using var site = TestSite.Build(BareTheme.With(Post + """
            -- templates/post.html --
            <p class="b">{{ post.title }} &amp; co</p>
            -- templates/layout.html --
            <!DOCTYPE html>
            <html><head><title>{{ page.title }}</title></head>
            <body><div id="one">{{ content }}</div><div id="two">{{ raw content }}</div><div id="three">{{ content | string.strip | string.upcase }}</div><div id="four">{{ content.value | string.size }} {{ content | string.contains "A &amp; co" }} {{ content == null }}</div>{{ include "partials/again.html" }}</body></html>
            -- templates/partials/again.html --
            <div id="five">{{ content }}</div>

            """));

        site.Errors.Should().BeEmpty();
        var html = site.Html("posts/a/index.html");
        html.QuerySelector("#one > p.b")!.TextContent.Should().Be("A & co");
        html.QuerySelector("#two > p.b")!.TextContent.Should().Be("A & co");
        html.QuerySelector("#three")!.TextContent.Should().Be("<P CLASS=\"B\">A &AMP; CO</P>"); // a filter's result is text, escaped
        html.QuerySelector("#four")!.TextContent.Should().Be("28 true false");
        html.QuerySelector("#five > p.b")!.TextContent.Should().Be("A & co");
    }

    [Fact]
    public void A_template_looping_over_extra_fields_reads_and_prints_each_entry()
    {
        using var site = BuildWithPostTemplate("{{ for e in post.extra }}{{ e.key }}={{ e.value }}; {{ end }}{{ for e in post.extra limit:1 }}{{ e }}{{ end }}");

        site.Errors.Should().BeEmpty();
        Printed(site).Should().Be("""issue_number=12; language=fr; {key: "issue_number", value: 12}""");
    }

    [Fact]
    public void Scriban_objects_lists_dictionaries_and_text_keep_their_members()
    {
        using var site = BuildWithPostTemplate("""{{ x = { name: "n", items: [1, 2, 3] } }}{{ x.name }} {{ x.items.size }} {{ site.posts.size }} {{ post.extra.issue_number }} {{ post.title.size }} {{ (1..4).size }}""");

        site.Errors.Should().BeEmpty();
        Printed(site).Should().Be("n 3 1 12 1 4");
    }

    [Fact]
    public void A_template_reading_a_member_of_a_type_without_an_accessor_fails_at_its_file_line_and_column()
    {
        using var site = BuildWithPostTemplate("<p>{{ post.title }}</p>\n<p>{{ site.config.base_url.host }}</p>");

        site.Errors.Should().Equal(
            "templates/post.html:2:28: error NG0502: templates cannot read 'host' of a Uri: only the site model, dates, lists, dictionaries, text and numbers have members in templates (docs/templates.md)");
        site.Exists("posts/a/index.html").Should().BeFalse();
    }

    [Fact]
    public void A_partial_reading_a_member_of_a_type_without_an_accessor_fails_at_the_partial_s_line()
    {
        using var site = TestSite.Build(BareTheme.With(Post + """
            -- templates/post.html --
            {{ include "partials/zone.html" }}
            -- templates/partials/zone.html --
            <p>Zone</p>
            <p>{{ site.config.time_zone.base_utc_offset }}</p>

            """));

        site.Errors.Should().ContainSingle().Which.Should().StartWith(
            "templates/partials/zone.html:2:29: error NG0502: templates cannot read 'base_utc_offset' of a TimeZoneInfo:");
    }

    [Fact]
    public void Listing_the_members_of_a_type_without_an_accessor_fails_too()
    {
        using var site = BuildWithPostTemplate("{{ site.config.base_url | object.keys }}");

        site.Errors.Should().ContainSingle().Which.Should().Contain("error NG0502: templates cannot read the members of a Uri:");
    }

    [Fact]
    public void A_value_without_an_accessor_still_prints()
    {
        using var site = BuildWithPostTemplate("{{ site.config.base_url }} {{ post.date.day_of_week }}");

        site.Errors.Should().BeEmpty();
        Printed(site).Should().Be("https://example.org/ Wednesday");
    }

    [Fact]
    public void A_member_a_model_type_does_not_have_is_an_error_at_its_place_naming_the_closest_member()
    {
        // A typo in a theme must not ship as a silently missing title.
        using var site = BuildWithPostTemplate("<h1>{{ post.titel }}</h1>");

        site.Errors.Should().Equal(
            "templates/post.html:1:13: error NG0502: 'titel' is not a member of Post; did you mean 'title'?");
    }

    [Fact]
    public void A_member_far_from_every_name_lists_the_members_there_are()
    {
        using var site = BuildWithPostTemplate("{{ post.source.colour }}");

        site.Errors.Should().ContainSingle().Which.Should().EndWith("'colour' is not a member of SourceLocation; its members are column, file, line");
    }

    [Fact]
    public void A_missing_key_of_extra_front_matter_reads_as_nothing()
    {
        // Front matter fields beyond the known ones are optional: post.extra.language is empty
        // for a post without one, as Scriban reads a missing key of any dictionary.
        using var site = BuildWithPostTemplate("[{{ post.extra.no_such_field }}][{{ site.extra.no_such_field }}]");

        site.Errors.Should().BeEmpty();
        Printed(site).Should().Be("[][]");
    }
}
