using AwesomeAssertions;
using NewsletterGen.Tests.Infrastructure;

namespace NewsletterGen.Tests.Archives;

/// <summary>A generated Jekyll archive copied into content/posts as it is, without
/// `newslettergen import`, as a writer trying the tool first would: the first run reports
/// everything the writer has to fix at once, front matter and all the later checks.</summary>
public sealed class ArchiveDiagnosticsTests
{
    [Fact]
    public void A_Jekyll_archive_copied_without_import_reports_its_front_matter_and_every_later_check_in_one_run()
    {
        using var sample = ArchiveSample.Jekyll(150);
        using var site = TestSite.Create(string.Empty);
        foreach (var post in sample.Posts)
        {
            site.WriteBytes("content/posts/" + post.File["_posts/".Length..], File.ReadAllBytes(Path.Combine(sample.Root, post.File)));
        }

        site.Rebuild();

        var untitled = sample.Posts.Where(p => p.Features.Contains("title")).Select(p => "content/posts/" + p.File["_posts/".Length..]).ToList();
        untitled.Should().NotBeEmpty("the generator leaves the title out of a tenth of the posts");
        site.Diagnostics.Where(d => d.Code == "NG0101").Select(d => d.Location.File).Should().BeEquivalentTo(untitled,
            "each post without a title is reported, and only those");
        sample.Posts.Should().Contain(p => p.Features.Contains("date"), "the generator writes one-digit hours and +0000 offsets");
        site.Diagnostics.Should().NotContain(d => d.Code == "NG0102", "YAML timestamps such as 2013-11-22 5:00:00 +0000 are dates");

        // The checks after the front matter ran in the same run: the same titles in different
        // years clash, images not copied from the archive are missing, and a {% post_url %}
        // naming a post that is not there is reported.
        site.Diagnostics.Should().Contain(d => d.Code == "NG0206");
        site.Diagnostics.Should().Contain(d => d.Code == "NG0303" && d.Message.Contains("/assets/img/diagram.png", StringComparison.Ordinal));
        site.Diagnostics.Should().Contain(d => d.Code == "NG0821" && d.Message.Contains("post_url", StringComparison.Ordinal));
        site.Result.Succeeded.Should().BeFalse();
        site.OutputFiles().Should().BeEmpty();
    }
}
