namespace NewsletterGen.Templates.I18n;

/// <summary>What one key of an i18n file says: one text, or a text per plural form (`one`,
/// `other`, and optionally `zero`, which wins for a count of 0 whatever the language's rule).</summary>
public sealed record UiText(Message Other, Message? One = null, Message? Zero = null)
{
    public bool IsPlural => One is not null || Zero is not null;

    /// <summary>The form for <paramref name="count"/> under the language's rule.</summary>
    public Message For(decimal count, PluralRule rule) =>
        count == 0 && Zero is not null ? Zero
        : One is not null && rule.IsOne(count) ? One
        : Other;

    /// <summary>Every form, for checks that look at all of them.</summary>
    public IEnumerable<Message> Forms()
    {
        if (Zero is not null)
        {
            yield return Zero;
        }

        if (One is not null)
        {
            yield return One;
        }

        yield return Other;
    }
}
