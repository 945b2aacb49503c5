namespace NewsletterGen.Import;

/// <summary>Which generator an archive comes from, which decides its old URLs.</summary>
public enum ArchiveKind
{
    Jekyll,
    Hugo,
}
