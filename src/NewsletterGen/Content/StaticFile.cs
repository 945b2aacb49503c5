namespace NewsletterGen.Content;

/// <summary>A file copied to the output as it is: an image beside a post, a stylesheet.</summary>
public sealed record StaticFile(string OutputPath, string FullPath);
