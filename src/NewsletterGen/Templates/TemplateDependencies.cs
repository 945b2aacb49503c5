using NewsletterGen.Content;
using Scriban.Syntax;

namespace NewsletterGen.Templates;

/// <summary>What a template reads besides its own page's variables: the templates it includes
/// (directly or through other includes), and which of the whole site's lists it reads
/// (`site.posts`, `site.tags`, …). The incremental build renders a page again only when something
/// it reads has changed, so in doubt this says "everything": an include whose name is computed
/// counts as including every template, and `site` used other than as `site.member` (passed to a
/// function, assigned to a variable, indexed with a computed key) counts as reading every list.</summary>
public sealed class TemplateDependencies
{
    /// <summary>The members of `site` that are lists of posts, pages or tags; its other members
    /// come from site.yml, and a change there rebuilds everything anyway.</summary>
    public static readonly IReadOnlyList<string> SiteLists = ["posts", "pages", "tags", "years", "pagers", "home_posts", "sections"];

    /// <summary>The members of a post that change with its body, not only with its front matter.</summary>
    public static readonly IReadOnlyList<string> BodyMembers = ["content", "text", "toc", "has_toc", "word_count", "reading_minutes"];

    private readonly Dictionary<string, (SortedSet<string> Templates, SortedSet<string> SiteLists)> _closures = new(StringComparer.Ordinal);

    private readonly HashSet<string> _mentioned;

    private readonly bool _mayReadAnyMember;

    public TemplateDependencies(TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var direct = templates.Templates.ToDictionary(t => t.Key, t => Analyse(t.Value.Page), StringComparer.Ordinal);
        BodyMembersShownInLists = direct.Values.SelectMany(d => d.BodyMembers).ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _mentioned = direct.Values.SelectMany(d => d.Mentions).ToHashSet(StringComparer.Ordinal);
        _mayReadAnyMember = direct.Values.Any(d => d.AnyMember);
        ReadsRelatedOfOtherPosts = _mayReadAnyMember || direct.Values.Any(d => d.RelatedOfOthers);
        foreach (var path in direct.Keys)
        {
            var seen = new SortedSet<string>(StringComparer.Ordinal);
            var lists = new SortedSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>([path]);
            while (pending.TryPop(out var current))
            {
                if (!seen.Add(current) || !direct.TryGetValue(current, out var found))
                {
                    continue;
                }

                lists.UnionWith(found.SiteLists);
                foreach (var include in found.AnyInclude ? (IEnumerable<string>)direct.Keys : found.Includes)
                {
                    pending.Push(include);
                }
            }

            _closures[path] = (seen, lists);
        }
    }

    /// <summary>Which of <see cref="BodyMembers"/> any template reads of a post other than the
    /// page's own (`post`, `entry`): of a post in a list, a related post, the newer or older one.
    /// A post's "card", which such pages show, changes with these and its front matter; the rest
    /// of its body matters only to its own page and the feeds.</summary>
    public IReadOnlyList<string> BodyMembersShownInLists { get; }

    /// <summary>Whether a template may read the related posts of a post other than the page's own
    /// (`r.related` of a related post, `p.related` in a list): a page then shows posts two or more
    /// steps away along the related posts, which any post's tags or card can change.</summary>
    public bool ReadsRelatedOfOtherPosts { get; }

    /// <summary>The template and every template it may include, by path ("templates/post.html").</summary>
    public IReadOnlyCollection<string> Templates(string path) => _closures[path].Templates;

    /// <summary>Whether some template may read a member called <paramref name="member"/> (of any
    /// value): the build skips what no template can show, such as JSON-LD (`page.json_ld`) or
    /// related posts (`post.related`). In doubt, yes: the name written anywhere, as a member or
    /// as a string, counts, and so does a computed index (`x[key]`) or the `object` functions,
    /// which can reach any member.</summary>
    public bool MayRead(string member) => _mayReadAnyMember || _mentioned.Contains(member);

    /// <summary>The lists of <see cref="SiteLists"/> the template or its includes read.</summary>
    public IReadOnlyCollection<string> SiteListsRead(string path) => _closures[path].SiteLists;

    private sealed record Direct(HashSet<string> Includes, bool AnyInclude, HashSet<string> SiteLists, HashSet<string> BodyMembers, HashSet<string> Mentions, bool AnyMember)
    {
        public bool RelatedOfOthers { get; set; }
    }

    private static Direct Analyse(ScriptNode? root)
    {
        var result = new Direct(new HashSet<string>(StringComparer.Ordinal), false, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), false);
        var anyInclude = false;
        var anyMember = false;

        // Entries of a table of contents have a `text` too: `for toc_entry in post.toc` binds a
        // variable whose `.text` is a heading, not a body.
        var tocEntries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var loop in Descendants(root).OfType<ScriptForStatement>())
        {
            if (loop.Variable is ScriptVariable variable && loop.Iterator is ScriptMemberExpression { Member.Name: "toc" })
            {
                tocEntries.Add(variable.Name);
            }
        }

        foreach (var node in Descendants(root))
        {
            switch (node)
            {
                case ScriptMemberExpression { Member: { } named }:
                    result.Mentions.Add(named.Name);
                    break;
                case ScriptLiteral { Value: string text }:
                    result.Mentions.Add(text);
                    break;
                case ScriptIndexerExpression { Index: not ScriptLiteral }:
                case ScriptVariable { Name: "object" }:
                    anyMember = true;
                    break;
            }

            switch (node)
            {
                case ScriptMemberExpression { Member.Name: "related" } relatedAccess when relatedAccess.Target is not ScriptVariableGlobal { Name: "post" or "entry" }:
                case ScriptForStatement { Variable: ScriptVariable { Name: "post" or "entry" } }:
                case ScriptAssignExpression { Target: ScriptVariable { Name: "post" or "entry" } }:
                    result.RelatedOfOthers = true;
                    break;
            }

            switch (node)
            {
                case ScriptMemberExpression { Member: { } body } access when BodyMembers.Contains(body.Name)
                    && access.Target is not ScriptVariableGlobal { Name: "post" or "entry" }
                    && !(body.Name == "text" && access.Target is ScriptVariable entry && tocEntries.Contains(entry.Name)):
                    result.BodyMembers.Add(body.Name);
                    break;

                // A loop or assignment that reuses the name `post` or `entry` for another post:
                // then `post.content` may be any post's body.
                case ScriptForStatement { Variable: ScriptVariable { Name: "post" or "entry" } }:
                case ScriptAssignExpression { Target: ScriptVariable { Name: "post" or "entry" } }:
                    result.BodyMembers.UnionWith(BodyMembers);
                    break;
                case ScriptVariable { Name: "site" } site:
                    if (site.Parent is ScriptMemberExpression member && ReferenceEquals(member.Target, site))
                    {
                        if (member.Member is { } read && SiteLists.Contains(read.Name))
                        {
                            result.SiteLists.Add(member.Member.Name);
                        }
                    }
                    else
                    {
                        result.SiteLists.UnionWith(SiteLists);
                    }

                    break;
                case ScriptVariable { Name: "include" } include:
                    if (include.Parent is ScriptFunctionCall call && ReferenceEquals(call.Target, include)
                        && call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string name })
                    {
                        result.Includes.Add($"{ContentLoader.TemplatesFolder}/{name.TrimStart('/')}");
                    }
                    else
                    {
                        anyInclude = true;
                    }

                    break;
            }
        }

        return result with { AnyInclude = anyInclude, AnyMember = anyMember };
    }

    private static IEnumerable<ScriptNode> Descendants(ScriptNode? root)
    {
        var pending = new Stack<ScriptNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var node))
        {
            yield return node;
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                if (node.GetChildren(i) is { } child)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
