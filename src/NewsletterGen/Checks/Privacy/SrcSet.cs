namespace NewsletterGen.Checks.Privacy;

/// <summary>The URLs of a <c>srcset</c> or <c>imagesrcset</c> attribute, read by the HTML
/// Standard's algorithm ("parse a srcset attribute"): a URL may hold commas, and a candidate's
/// descriptors end at a comma outside parentheses. Every piece between spaces and commas is
/// returned as well, so that a browser reading the list a little differently still finds
/// nothing here that was not checked.</summary>
public static class SrcSet
{
    public static IEnumerable<string> Urls(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var urls = new List<string>();
        var at = 0;
        while (true)
        {
            while (at < value.Length && (IsSpace(value[at]) || value[at] == ','))
            {
                at++;
            }

            if (at >= value.Length)
            {
                break;
            }

            var start = at;
            while (at < value.Length && !IsSpace(value[at]))
            {
                at++;
            }

            var url = value[start..at];
            if (url.EndsWith(','))
            {
                urls.Add(url.TrimEnd(','));
                continue;
            }

            urls.Add(url);
            at = PastDescriptors(value, at);
        }

        foreach (var piece in value.Split([' ', '\t', '\n', '\r', '\f', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            urls.Add(piece);
        }

        return urls;
    }

    /// <summary>Where the candidate's descriptors end: after a comma outside parentheses.</summary>
    private static int PastDescriptors(string value, int at)
    {
        var inParens = false;
        while (at < value.Length)
        {
            var c = value[at++];
            if (inParens)
            {
                inParens = c != ')';
            }
            else if (c == '(')
            {
                inParens = true;
            }
            else if (c == ',')
            {
                break;
            }
        }

        return at;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
