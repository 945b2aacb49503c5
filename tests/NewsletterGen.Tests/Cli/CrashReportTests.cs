using AwesomeAssertions;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Tests.Cli;

/// <summary>A bug (an exception nobody foresaw) is one line on stderr, saying what happened and
/// where its full trace went: a file in the temp folder.</summary>
public class CrashReportTests
{
    [Fact]
    public void A_crash_is_one_line_naming_the_file_that_holds_the_full_trace()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("the site model lost a post");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var line = CrashReport.Write(new AggregateException(thrown), "build --source x");

        line.Should().NotContain("\n").And.StartWith("internal error: InvalidOperationException: the site model lost a post (a bug in NewsletterGen, not in your site; the full trace is in ");
        var path = line[(line.IndexOf("the full trace is in ", StringComparison.Ordinal) + "the full trace is in ".Length)..line.IndexOf("; please report it", StringComparison.Ordinal)];
        try
        {
            Path.GetDirectoryName(path).Should().Be(Path.TrimEndingDirectorySeparator(Path.GetTempPath()));
            var trace = File.ReadAllText(path);
            trace.Should().StartWith("newslettergen build --source x\n").And.Contain("the site model lost a post").And.Contain(nameof(A_crash_is_one_line_naming_the_file_that_holds_the_full_trace));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
