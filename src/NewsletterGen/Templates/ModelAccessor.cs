using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace NewsletterGen.Templates;

/// <summary>Reads the members of one .NET type for templates (a site-model record, or a value
/// such as a DateTime), through a table of plain getters. Scriban's default accessor for .NET
/// objects finds the same members by reflection: that is slow (templates read post.title,
/// post.url, post.date_iso millions of times in a large build) and, in a Native AOT build, sees
/// only the members the trimmer happened to keep. A table makes what templates can read the same
/// in every build. The model is immutable and shared by every render, so members cannot be
/// assigned.</summary>
internal sealed class ModelAccessor<T> : IObjectAccessor
{
    private readonly Dictionary<string, Func<T, object?>> _members;

    /// <param name="members">Every public instance property of <typeparamref name="T"/>, under
    /// the name Scriban's StandardMemberRenamer gives it (snake_case), in the order reflection
    /// lists them.</param>
    public ModelAccessor(Dictionary<string, Func<T, object?>> members) => _members = members;

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public IEnumerable<string> Names => _members.Keys;

    public int GetMemberCount(TemplateContext context, ScribanSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, ScribanSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, ScribanSpan span, object target, string member) => _members.ContainsKey(member);

    /// <summary>A member the type does not have is an error at its place in the template, as in
    /// Hugo and Zola: `post.titel` would otherwise print nothing, and a typo in a theme would
    /// ship as a silently missing title. (A missing key of a dictionary such as `post.extra`
    /// is still just empty: front matter fields are optional.)</summary>
    public bool TryGetValue(TemplateContext context, ScribanSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var getter))
        {
            value = getter((T)target);
            return true;
        }

        throw new ScriptRuntimeException(span, UnknownMember(member));
    }

    private string UnknownMember(string member)
    {
        var closest = _members.Keys
            .Select(name => (Name: name, Distance: EditDistance(member, name)))
            .Where(c => c.Distance <= Math.Max(2, member.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
        return closest is not null
            ? $"'{member}' is not a member of {typeof(T).Name}; did you mean '{closest}'?"
            : $"'{member}' is not a member of {typeof(T).Name}; its members are {string.Join(", ", _members.Keys.Order(StringComparer.Ordinal))}";
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    public bool TrySetValue(TemplateContext context, ScribanSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, ScribanSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, ScribanSpan span, object target, object index, object? value) => false;
}
