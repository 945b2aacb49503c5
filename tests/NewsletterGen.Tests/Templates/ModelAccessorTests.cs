using AwesomeAssertions;
using NewsletterGen.Model;
using NewsletterGen.Templates;
using NewsletterGen.Tests.Infrastructure;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace NewsletterGen.Tests.Templates;

/// <summary>The hand-written accessors templates read the site model (and dates) through must show
/// templates exactly what Scriban's own reflection-based accessor would under the JIT: the same
/// member names, in the same order, with the same values. A property added to a model record
/// without its line in ModelAccessors fails here, and so does a new type reachable from a
/// template's variables without a table (it would be read by reflection, which a Native AOT build
/// trims).</summary>
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
        var accessor = Accessor(target);

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
        accessor.Invoking(a => a.TryGetValue(context, default, target, "no_such_member", out _))
            .Should().Throw<Scriban.Syntax.ScriptRuntimeException>().WithMessage("*'no_such_member' is not a member of *");
    }

    [Fact]
    public void Templates_cannot_assign_to_the_shared_model()
    {
        var post = ModelSamples.Post("one", "2024-05-01");

        ModelAccessors.For(post)!.TrySetValue(new TemplateContext(), default, post, "title", "changed").Should().BeFalse();
        post.Title.Should().Be("Title of one");
    }

    /// <summary>Every type a template can reach from its variables (site, page, post, pager, tag,
    /// years, entry, content), following public properties, list items and dictionary entries,
    /// has a table above, or is one Scriban reads itself, or is refused on purpose.</summary>
    [Fact]
    public void Every_type_a_template_can_reach_has_an_accessor_table()
    {
        var withTables = Samples().Values.Select(v => v.GetType()).ToHashSet();
        var missing = Reachable(typeof(Site), typeof(PageInfo), typeof(Post), typeof(Pager), typeof(Tag), typeof(YearGroup), typeof(Page), typeof(HtmlFragment))
            .Where(t => !withTables.Contains(t) && !ReadByScriban(t) && !RefusedOnPurpose.Contains(t) && !t.IsEnum)
            .Select(t => t.Name);

        missing.Should().BeEmpty("a template could reach these types, which have no accessor table (ModelAccessors, ValueAccessors)");
    }

    [Fact]
    public void A_value_of_any_other_type_is_refused_rather_than_read_by_reflection()
    {
        var context = new TemplateContext();
        var uri = new Uri("https://example.org/");
        var accessor = new HtmlEscapingContextProbe().AccessorFor(uri);

        var read = () => accessor.TryGetValue(context, default, uri, "host", out _);

        read.Should().Throw<Scriban.Syntax.ScriptRuntimeException>().Which.OriginalMessage.Should().StartWith("templates cannot read 'host' of a Uri");
    }

    [Fact]
    public void The_refusal_names_a_generic_type_as_CSharp_writes_it()
    {
        var context = new TemplateContext();
        var keys = new Dictionary<string, int> { ["a"] = 1 }.Keys;
        var set = new HashSet<string>();
        var probe = new HtmlEscapingContextProbe();

        var readKeys = () => probe.AccessorFor(keys).TryGetValue(context, default, keys, "first", out _);
        var readSet = () => probe.AccessorFor(set).TryGetValue(context, default, set, "count", out _);

        readKeys.Should().Throw<Scriban.Syntax.ScriptRuntimeException>().Which.OriginalMessage.Should().StartWith("templates cannot read 'first' of a KeyCollection<String, Int32>");
        readSet.Should().Throw<Scriban.Syntax.ScriptRuntimeException>().Which.OriginalMessage.Should().StartWith("templates cannot read 'count' of a HashSet<String>");
    }

    /// <summary>Reached through site.config, which templates do not need (site.base_url and
    /// site.time_zone give them as text): their members are refused in every build.</summary>
    private static readonly HashSet<Type> RefusedOnPurpose = [typeof(Uri), typeof(TimeZoneInfo)];

    private static bool ReadByScriban(Type type) =>
        type == typeof(string) || type == typeof(object) || type == typeof(decimal) || type.IsPrimitive;

    private static IObjectAccessor? Accessor(object target) => ModelAccessors.For(target) ?? ValueAccessors.For(target);

    private static HashSet<Type> Reachable(params Type[] roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(roots);
        while (pending.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            {
                // A template loops over a dictionary's entries or reads its values by key; the
                // values of extra fields are YAML data: text, numbers, booleans, lists, mappings.
                type = typeof(KeyValuePair<,>).MakeGenericType(type.GetGenericArguments());
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                pending.Enqueue(type.GetGenericArguments()[0]);
                continue;
            }

            if (!seen.Add(type) || ReadByScriban(type) || RefusedOnPurpose.Contains(type) || type.IsEnum)
            {
                continue;
            }

            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public))
            {
                if (property.GetIndexParameters().Length == 0)
                {
                    pending.Enqueue(property.PropertyType);
                }
            }
        }

        return seen;
    }

    /// <summary>The engine's template context, asked which accessor it would give a value.</summary>
    private sealed class HtmlEscapingContextProbe
    {
        private readonly HtmlEscapingContext _context = new(TemplateContext.GetDefaultBuiltinObject());

        public IObjectAccessor AccessorFor(object target) => _context.GetMemberAccessor(target);
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
            ["site_config"] = site.Config with { WebSubHub = new Uri("https://hub.example/") },
            ["permalink_pattern"] = PermalinkPattern.Parse("/:year/:slug/", mustNameEachPost: true).Pattern!,
            ["section_settings"] = new SectionSettings("team-notes", "Team notes", "From the team.", false, PermalinkPattern.Parse("/team/:slug/", mustNameEachPost: true).Pattern),
            ["listing"] = Listing.Make(config, "team-notes/", "Team notes", "From the team.", site.Posts),
            ["html_fragment"] = new HtmlFragment("<p>Hi</p>"),
            ["site_language"] = new SiteLanguage("fr", "Français", "La Lettre", "Une lettre.", "/fr/", "https://example.org/fr/", false),
            ["language_settings"] = new LanguageSettings("fr", "Français", "La Lettre", null, new Dictionary<string, object?> { ["copyright"] = "©" }),
            ["translation"] = new Translation("fr", "/fr/posts/a/", "https://example.org/fr/posts/a/", "Un titre", "Français"),
            ["page_alternate"] = new PageAlternate("fr", "/fr/", "https://example.org/fr/", "Français", "La Lettre", true, false),
            ["source_location"] = new NewsletterGen.Diagnostics.SourceLocation("content/posts/a.md", 3, 7),
            ["date_time"] = new DateTime(2024, 5, 1, 9, 30, 15, 250, DateTimeKind.Unspecified),
            ["date_time_offset"] = new DateTimeOffset(2024, 5, 1, 9, 30, 15, 250, TimeSpan.FromHours(2)),
            ["time_span"] = new TimeSpan(2, 3, 4, 5, 6),
            ["entry"] = new KeyValuePair<string, object?>("issue_number", 12L),
        };
    }
}
