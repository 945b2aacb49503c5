using System.Text.RegularExpressions;

namespace NewsletterGen.Import;

/// <summary>Jekyll's post file names, YYYY-MM-DD-title.ext: the date and the slug.</summary>
public static partial class JekyllFileName
{
    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2})-(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Dated();

    public static ImportDate? Date(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = Dated().Match(Path.GetFileNameWithoutExtension(name));
        return match.Success ? ImportDate.Parse(match.Groups[1].Value) : null;
    }

    /// <summary>The name without its date and extension.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        var match = Dated().Match(stem);
        return match.Success ? match.Groups[2].Value : stem;
    }
}
