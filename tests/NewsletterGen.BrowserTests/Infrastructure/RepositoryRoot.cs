namespace NewsletterGen.BrowserTests.Infrastructure;

/// <summary>The checkout these tests run from: the nearest folder above the test binaries that
/// holds NewsletterGen.sln. The tests only read from it; every build goes to a temp folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsletterGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsletterGen.sln in {AppContext.BaseDirectory} or any folder above it.");
    }
}
