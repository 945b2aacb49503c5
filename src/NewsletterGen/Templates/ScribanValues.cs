using System.Collections;
using System.Numerics;
using Scriban.Runtime;

namespace NewsletterGen.Templates;

/// <summary>The values whose members Scriban reads with accessors of its own, without reflection
/// on the value's type: its ScriptObjects (and arrays, functions' results), text, numbers,
/// lists and arrays, and dictionaries (post.extra, site.extra). Every other .NET type needs a
/// table of ours or is refused (see <see cref="RejectingAccessor"/>).</summary>
internal static class ScribanValues
{
    public static bool HasOwnAccessor(object target) =>
        target is IScriptObject or string or IList or IDictionary or decimal or BigInteger
        || target.GetType().IsPrimitive;
}
