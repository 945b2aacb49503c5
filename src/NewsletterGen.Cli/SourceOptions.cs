using System.CommandLine;

namespace NewsletterGen.Cli;

/// <summary>Options shared by the commands that read a site.</summary>
internal static class SourceOptions
{
    public static Option<DirectoryInfo> Source() => new("--source", "-s")
    {
        Description = "The folder that holds content/ and templates/ (default: the current folder)",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include posts marked draft: true",
    };

    public static Option<bool> Future() => new("--future")
    {
        Description = "Include posts dated in the future",
    };

    public static Option<DiagnosticFormat> Format() => new("--format")
    {
        Description = "How to print diagnostics: text (path:line:col: ...) or github (workflow annotations)",
        DefaultValueFactory = _ => DiagnosticFormat.Text,
    };

    public static Option<bool> Clean() => new("--clean")
    {
        Description = "Replace the output folder even if it holds files NewsletterGen did not make (they are deleted)",
    };

    public static Option<bool> WarningsAsErrors() => new("--warnings-as-errors")
    {
        Description = "Fail (exit 1) on warnings too",
    };

    public static Option<Uri?> BaseUrl() => new("--base-url")
    {
        Description = "Publish for this address instead of site.yml's base_url",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }

            result.AddError($"--base-url must be an absolute http(s) URL, not '{text}'");
            return null;
        },
    };
}
