using Scriban.Syntax;

namespace NewsletterGen.Templates;

/// <summary>Which values Scriban's TemplateContext.ToObject returns unchanged: a value whose type
/// is the parameter's type, or one it can be assigned to (object, IEnumerable, DateTime? from
/// DateTime), unless one of Scriban's own conversions comes first (to a string, an int or a
/// bool; or through IScriptConvertibleTo/From). Answers are kept per pair of types, so the
/// reflection runs once per pair. One instance per template context: contexts are not shared
/// between threads, so neither is this cache.</summary>
internal sealed class ArgumentPassThrough
{
    private readonly Dictionary<(Type Value, Type Destination), bool> _answers = [];

    public bool Allows(Type valueType, Type destinationType)
    {
        if (valueType == destinationType)
        {
            return true;
        }

        if (!_answers.TryGetValue((valueType, destinationType), out var allows))
        {
            allows = Decide(valueType, destinationType);
            _answers[(valueType, destinationType)] = allows;
        }

        return allows;
    }

    private static bool Decide(Type valueType, Type destinationType)
    {
        // The conversions Scriban tries before "the value already fits", in its order.
        var underlying = Nullable.GetUnderlyingType(destinationType) ?? destinationType;
        if (underlying == valueType)
        {
            return true;
        }

        if (underlying == typeof(string) || underlying == typeof(int) || underlying == typeof(bool) || underlying.IsEnum
            || typeof(IScriptConvertibleTo).IsAssignableFrom(valueType) || typeof(IScriptConvertibleFrom).IsAssignableFrom(underlying)
            || (IsPrimitiveOrDecimal(valueType) && IsPrimitiveOrDecimal(underlying)))
        {
            return false;
        }

        return underlying.IsAssignableFrom(valueType);
    }

    private static bool IsPrimitiveOrDecimal(Type type) => type.IsPrimitive || type == typeof(decimal);
}
