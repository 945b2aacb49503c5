using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace NewsletterGen.Templates;

/// <summary>The accessor of every .NET type that has no table in <see cref="ModelAccessors"/> or
/// <see cref="ValueAccessors"/> and is not one Scriban reads itself: reading, listing or counting
/// its members is a template error at the member's place. Scriban would read such an object by
/// reflection, which gives the members under the JIT but, in a Native AOT build, only those the
/// trimmer kept (others print as nothing, silently). Refusing in both builds makes a theme that
/// works in one work in the other. Printing such a value, or passing it to a function, is not
/// member access and still works.</summary>
internal sealed class RejectingAccessor : IObjectAccessor
{
    public static readonly RejectingAccessor Instance = new();

    private RejectingAccessor()
    {
    }

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, ScribanSpan span, object target) => throw Refuse(span, target, null);

    public IEnumerable<string> GetMembers(TemplateContext context, ScribanSpan span, object target) => throw Refuse(span, target, null);

    public bool HasMember(TemplateContext context, ScribanSpan span, object target, string member) => throw Refuse(span, target, member);

    public bool TryGetValue(TemplateContext context, ScribanSpan span, object target, string member, out object? value) => throw Refuse(span, target, member);

    public bool TrySetValue(TemplateContext context, ScribanSpan span, object target, string member, object? value) => throw Refuse(span, target, member);

    public bool TryGetItem(TemplateContext context, ScribanSpan span, object target, object index, out object? value) => throw Refuse(span, target, null);

    public bool TrySetItem(TemplateContext context, ScribanSpan span, object target, object index, object? value) => throw Refuse(span, target, null);

    private static ScriptRuntimeException Refuse(ScribanSpan span, object target, string? member)
    {
        var what = member is null ? "the members" : $"'{member}'";
        return new ScriptRuntimeException(span,
            $"templates cannot read {what} of a {Name(target.GetType())}: only the site model, dates, lists, dictionaries, text and numbers have members in templates (docs/templates.md)");
    }

    /// <summary>A type as C# writes it (Uri, HashSet&lt;String&gt;), without its namespace:
    /// short enough for an error line.</summary>
    private static string Name(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        // A type nested in a generic one (Dictionary<,>.KeyCollection) has no `1 of its own.
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        var name = new StringBuilder(tick < 0 ? type.Name : type.Name[..tick]).Append('<');
        name.AppendJoin(", ", type.GetGenericArguments().Select(Name));
        return name.Append('>').ToString();
    }
}
