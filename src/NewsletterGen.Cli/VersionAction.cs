using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace NewsletterGen.Cli;

/// <summary>`newslettergen --version`: the package version and the commit the tool was built from,
/// so that a bug report names the exact code, whichever form (tool, native binary, clone) it came from.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var informational = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        parseResult.InvocationConfiguration.Output.WriteLine(Describe(informational));
        return ExitCodes.Success;
    }

    /// <summary>The SDK writes the commit (SourceRevisionId) after a '+' in the informational version;
    /// a build outside a git checkout has none.</summary>
    private static string Describe(string? informational)
    {
        if (string.IsNullOrEmpty(informational))
        {
            return "newslettergen (version unknown)";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0
            ? $"newslettergen {informational} (commit unknown: built outside a git checkout)"
            : $"newslettergen {informational[..plus]} (commit {informational[(plus + 1)..]})";
    }
}
