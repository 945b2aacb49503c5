using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Diagnostics;

/// <summary>A build reports every error it can find at once, in a stable order (file, then line),
/// and writes nothing when there is one.</summary>
public class ErrorReportingTests
{
    [Fact]
    public void Reports_the_errors_of_every_broken_file_ordered_by_file()
    {
        using var site = TestSite.Build("""
            -- content/posts/b.md --
            ---
            title: B
            date: 2024-02-30
            ---
            Body.
            -- content/posts/a.md --
            ---
            date: 2024-05-01
            ---
            Body.
            -- content/posts/fine.md --
            ---
            title: Fine
            date: 2024-05-01
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:1:1: error NG0101: 'title' is missing; add a line such as title: \"What Mistral 7B changed\"",
            "content/posts/b.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not '2024-02-30'");
    }

    [Fact]
    public void Reports_every_error_of_one_file_ordered_by_line()
    {
        using var site = TestSite.Build("""
            -- content/posts/a.md --
            ---
            tags:
              eu: AI Act
            title: Two errors
            date: yesterday
            ---
            Body.
            """);

        site.Errors.Should().Equal(
            "content/posts/a.md:3:3: error NG0105: 'tags' must be a list like [a, b] or a single text, not a mapping",
            "content/posts/a.md:5:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not 'yesterday'");
    }

    [Fact]
    public void Reports_content_and_template_errors_in_one_build()
    {
        using var site = TestSite.Build(BareTheme.With("""
            -- templates/tags.html --
            <h1>Tags</h1>
            <p>{{ site.title + }}</p>
            -- content/posts/a.md --
            ---
            title: A
            date: someday
            ---
            Body.
            -- content/pages/about.md --
            ---
            summary: No title.
            ---
            Body.
            """));

        site.Errors.Should().Equal(
            "content/pages/about.md:1:1: error NG0101: 'title' is missing; add a line such as title: \"What Mistral 7B changed\"",
            "content/posts/a.md:3:7: error NG0102: 'date' must look like 2024-06-01, 2024-06-01 09:30 or 2024-06-01T09:30:00+02:00, not 'someday'",
            "templates/tags.html:2:20: error NG0501: Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>");
    }

    [Fact]
    public void Writes_nothing_when_the_build_has_an_error()
    {
        using var site = TestSite.Build("""
            -- content/posts/good.md --
            ---
            title: Good
            date: 2024-05-01
            ---
            Body.
            -- content/posts/bad.md --
            ---
            title: Bad
            date: someday
            ---
            Body.
            """);

        site.Result.Succeeded.Should().BeFalse();
        site.OutputFiles().Should().BeEmpty();
    }
}
