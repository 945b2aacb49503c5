using AwesomeAssertions;
using NewsletterGen.Model;
using NewsletterGen.Templates;
using NewsletterGen.Tests.Infrastructure;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace NewsletterGen.Tests.Templates;

/// <summary>The hand-written accessors templates read the site model through must show templates
/// exactly what Scriban's own reflection-based accessor would: the same member names, in the same
/// order, with the same values. A property added to a model record without its line in
/// ModelAccessors fails here.</summary>
public class ModelAccessorTests
{
    public static TheoryData<string> ModelObjects() => [.. Samples().Keys];

    [Theory]
    [MemberData(nameof(ModelObjects))]
    public void A_model_object_shows_templates_the_members_and_values_Scriban_would(string name)
    {
        var target = Samples()[name];
        var context = new TemplateContext();
        var reflected = new TypedObjectAccessor(target.GetType(), null, StandardMemberRenamer.Default);
        var accessor = ModelAccessors.For(target);

        accessor.Should().NotBeNull();
        accessor!.GetMembers(context, default, target).Should().Equal(reflected.GetMembers(context, default, target));
        accessor.GetMemberCount(context, default, target).Should().Be(reflected.GetMemberCount(context, default, target));
        foreach (var member in reflected.GetMembers(context, default, target))
        {
            accessor.TryGetValue(context, default, target, member, out var value).Should().BeTrue();
            reflected.TryGetValue(context, default, target, member, out var expected);
            value.Should().Be(expected, $"{name}.{member}");
        }

        accessor.HasMember(context, default, target, "no_such_member").Should().BeFalse();
        accessor.TryGetValue(context, default, target, "no_such_member", out _).Should().BeFalse();
    }

    [Fact]
    public void Templates_cannot_assign_to_the_shared_model()
    {
        var post = ModelSamples.Post("one", "2024-05-01");

        ModelAccessors.For(post)!.TrySetValue(new TemplateContext(), default, post, "title", "changed").Should().BeFalse();
        post.Title.Should().Be("Title of one");
    }

    private static Dictionary<string, object> Samples()
    {
        var config = ModelSamples.Config(postsPerPage: 1);
        var older = ModelSamples.Post("older", "2024-05-01", "Science") with { LastUpdated = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) };
        var newer = ModelSamples.Post("newer", "2024-05-02", "Science", "Art") with
        {
            Authors = [new Author("ada", "Ada", "https://ada.example/", "ada@example.org")],
            Toc = [new TocEntry(2, "intro", "Intro")],
        };
        var site = SiteBuilder.Build(config, [older, newer], []);
        return new Dictionary<string, object>
        {
            ["post"] = site.Posts[0],
            ["tag_ref"] = site.Posts[0].Tags[0],
            ["author"] = site.Posts[0].Authors[0],
            ["toc_entry"] = site.Posts[0].Toc[0],
            ["page_info"] = new PageInfo("post", "Title", "Description", "/posts/newer/", "https://example.org/posts/newer/", site.Feeds) { Image = "https://example.org/a.png" },
            ["pager"] = site.Pagers[0],
            ["site"] = site,
            ["feed_link"] = site.Feeds[0],
            ["tag"] = site.Tags[0],
            ["year_group"] = site.Years[0],
            ["page"] = new Page("about", "About", new HtmlFragment("<p>Hi</p>"), "Hi", "/about/", "https://example.org/about/",
                NewsletterGen.Diagnostics.SourceLocation.StartOf("content/pages/about.md"), new Dictionary<string, object?> { ["menu"] = true }),
        };
    }
}
