using Scriban;
using Scriban.Runtime;
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

    public bool TryGetValue(TemplateContext context, ScribanSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var getter))
        {
            value = getter((T)target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, ScribanSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, ScribanSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, ScribanSpan span, object target, object index, object? value) => false;
}
