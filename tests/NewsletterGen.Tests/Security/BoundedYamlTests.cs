using System.Diagnostics;
using AwesomeAssertions;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Security;

/// <summary>YAML that would make reading it unbounded (aliases that multiply, nesting that
/// overflows the stack) is a diagnostic at its line, at once, in front matter and site.yml.</summary>
public class BoundedYamlTests
{
    /// <summary>Lists of ten aliases to the list before, <paramref name="levels"/> deep: ten to
    /// the power of the levels values once expanded, in a few hundred bytes.</summary>
    private static string AliasBomb(int levels, string indent = "  ")
    {
        var lines = new List<string> { $"{indent}a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < levels; i++)
        {
            lines.Add($"{indent}a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        return string.Join('\n', lines);
    }

    private static string Post(string yaml) => $"""
        -- content/posts/a.md --
        ---
        title: Hello
        date: 2024-05-01
        {yaml}
        ---
        Body.
        """;

    [Fact]
    public void Refuses_aliases_that_expand_past_ten_thousand_values_at_the_alias_that_crosses()
    {
        using var site = TestSite.Build(Post("custom:\n" + AliasBomb(5)));

        // a0 is 11 values (the list and its items), a1 adds 10 × 11, a2 10 × 111: the eighth
        // alias of a3, adding 1,111 more, is the one past the limit.
        site.Errors.Should().Equal(
            "content/posts/a.md:8:47: error NG0011: aliases here expand to more than 10,000 values; write the value out, or use fewer nested aliases");
        site.OutputFiles().Should().BeEmpty();
    }

    [Fact]
    public void Reads_the_ten_level_alias_bomb_in_milliseconds_and_a_few_megabytes()
    {
        // The 574-byte front matter of the report, which grew past 18 GB.
        var yaml = "title: Boom\ncustom:\n" + AliasBomb(10);
        var diagnostics = new DiagnosticBag();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var mapping = new YamlValues("a.md", 2, diagnostics).ParseMapping(yaml, SourceLocation.StartOf("a.md"));

        clock.Stop();
        mapping.Should().BeNull();
        diagnostics.ToSortedList().Select(d => d.Code).Should().Equal(DiagnosticCodes.YamlAliasExpansion);
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(16 << 20);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Refuses_an_alias_inside_the_value_it_names_instead_of_overflowing_the_stack()
    {
        using var site = TestSite.Build(Post("custom: &a [1, *a]"));

        site.Errors.Should().Equal(
            "content/posts/a.md:4:16: error NG0011: alias '*a' refers to no anchor written before it, or to the value that contains it; write the value out instead");
    }

    [Fact]
    public void Still_expands_aliases_that_stay_within_the_limit()
    {
        var diagnostics = new DiagnosticBag();

        var mapping = new YamlValues("a.md", 2, diagnostics).ParseMapping("base: &who [Ada, Grace]\nteam: *who", SourceLocation.StartOf("a.md"));

        diagnostics.ToSortedList().Should().BeEmpty();
        YamlValues.ToData(mapping!.Entries[1].Value).Should().BeEquivalentTo(new List<object?> { "Ada", "Grace" });
    }

    [Fact]
    public void Refuses_a_hundred_thousand_open_brackets_at_the_first_past_the_limit_instead_of_crashing()
    {
        using var site = TestSite.Build(Post("custom: " + new string('[', 100_000)));

        // The front matter's own mapping is the first level: the 64th bracket opens the 65th.
        site.Errors.Should().Equal(
            "content/posts/a.md:4:72: error NG0010: YAML nested more than 64 levels deep; lists and mappings this deep are refused: flatten the value");
    }

    [Fact]
    public void Refuses_mappings_indented_deeper_than_sixty_four_levels_at_the_line_that_crosses()
    {
        var yaml = "custom:\n" + string.Join('\n', Enumerable.Range(1, 100).Select(i => new string(' ', i) + $"k{i}:")) + " end";

        using var site = TestSite.Build(Post(yaml));

        // custom's mapping is level 1, k1's level 2, …: k64's mapping is the 65th.
        site.Errors.Should().Equal(
            "content/posts/a.md:68:65: error NG0010: YAML nested more than 64 levels deep; lists and mappings this deep are refused: flatten the value");
    }

    [Fact]
    public void Accepts_nesting_sixty_four_levels_deep()
    {
        using var site = TestSite.Build(Post("custom: " + new string('[', 63) + new string(']', 63)));

        site.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Refuses_deep_nesting_and_alias_bombs_in_site_yml_at_their_line()
    {
        using var deep = TestSite.Build($"""
            -- content/site.yml --
            title: Deep
            base_url: https://example.org/
            custom: {new string('{', 50_000)}
            """);
        using var bomb = TestSite.Build($"""
            -- content/site.yml --
            title: Bomb
            base_url: https://example.org/
            custom:
            {AliasBomb(6)}
            """);

        deep.Errors.Should().Equal(
            "content/site.yml:3:72: error NG0010: YAML nested more than 64 levels deep; lists and mappings this deep are refused: flatten the value");
        bomb.Errors.Should().Equal(
            "content/site.yml:7:47: error NG0011: aliases here expand to more than 10,000 values; write the value out, or use fewer nested aliases");
    }

    [Fact]
    public void Points_a_tab_in_the_indentation_at_the_tabs_own_line()
    {
        using var first = TestSite.Build(Post("custom:\n\ta: 1"));
        using var later = TestSite.Build(Post("custom:\n  a: 1\n  b:\n    c: 2\n  \td: 3"));

        first.Errors.Should().Equal(
            "content/posts/a.md:5:1: error NG0103: malformed YAML: a tab in the indentation; YAML indents with spaces only: replace the tab with spaces");
        later.Errors.Should().Equal(
            "content/posts/a.md:8:3: error NG0103: malformed YAML: a tab in the indentation; YAML indents with spaces only: replace the tab with spaces");
    }
}
