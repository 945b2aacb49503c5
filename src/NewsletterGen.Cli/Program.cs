using System.CommandLine;
using NewsletterGen.Cli;

var root = new RootCommand("NewsletterGen turns a newsletter written in Markdown into a static website and its feeds.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ServeCommand.Create(),
};
foreach (var option in root.Options)
{
    if (option is VersionOption version)
    {
        version.Action = new VersionAction();
    }
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"newslettergen: {error.Message}");
    }

    Console.Error.WriteLine("Run 'newslettergen --help' for usage.");
    return ExitCodes.Usage;
}

try
{
    // System.CommandLine's own handler would print the whole stack trace and exit 1, the
    // code of content errors. On Ctrl-C or SIGTERM, `serve` stops its server and removes its
    // temp folder: given time for it rather than cut at System.CommandLine's 2 s.
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(15) });
}
catch (Exception e)
{
    Console.Error.WriteLine($"newslettergen: {NewsletterGen.Diagnostics.CrashReport.Write(e, string.Join(' ', args))}");
    return ExitCodes.InternalError;
}
