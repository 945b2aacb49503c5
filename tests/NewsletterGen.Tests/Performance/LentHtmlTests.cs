using AwesomeAssertions;
using NewsletterGen.Performance;
using NewsletterGen.Templates;

namespace NewsletterGen.Tests.Performance;

/// <summary>A page's body lent to its layout from the rendering thread's buffer: read in place
/// while the page renders, and never read as another page's body once the buffer is reused.</summary>
public class LentHtmlTests
{
    [Fact]
    public void A_lent_body_reads_what_its_template_wrote_in_place_and_as_text()
    {
        var buffer = new PageOutput();
        buffer.Write("<p>One</p>", 0, 10);
        var lent = new LentHtml(buffer);

        lent.Span.ToString().Should().Be("<p>One</p>");
        lent.ToString().Should().Be("<p>One</p>");
    }

    [Fact]
    public void A_lent_body_read_after_its_buffer_was_emptied_for_the_next_page_throws()
    {
        var buffer = new PageOutput();
        buffer.Write("<p>One</p>", 0, 10);
        var lent = new LentHtml(buffer);
        buffer.Clear();
        buffer.Write("<p>Two</p>", 0, 10);

        var read = () => lent.ToString();

        read.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_lent_body_made_text_while_its_page_rendered_keeps_that_text()
    {
        var buffer = new PageOutput();
        buffer.Write("<p>One</p>", 0, 10);
        var lent = new LentHtml(buffer);
        _ = lent.ToString();
        buffer.Clear();

        lent.Span.ToString().Should().Be("<p>One</p>");
    }
}
