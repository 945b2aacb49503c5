namespace NewsletterGen.Model;

/// <summary>Text that already is HTML (a rendered post body, a summary). Templates print it as it
/// is; every other value they print is escaped. The type is the only way to say "trusted".</summary>
public sealed record HtmlFragment(string Value)
{
    public static readonly HtmlFragment Empty = new(string.Empty);

    public override string ToString() => Value;
}
