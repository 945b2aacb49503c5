namespace NewsletterGen.Checks.Privacy;

/// <summary>The namespace an element of a parsed page is in: what its attributes mean depends on it.</summary>
public enum MarkupSpace
{
    Html,
    Svg,
    MathMl,
}
