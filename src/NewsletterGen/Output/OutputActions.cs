namespace NewsletterGen.Output;

/// <summary>The actions an <see cref="OutputWriteException"/> names, as they read in a message.</summary>
public static class OutputActions
{
    public const string Write = "write";
    public const string CreateFolder = "create the folder";
    public const string CreateOutputFolder = "create the output folder";
    public const string ReplaceOutput = "put the new site in place of";
    public const string Remove = "remove";
    public const string Read = "read";
}
