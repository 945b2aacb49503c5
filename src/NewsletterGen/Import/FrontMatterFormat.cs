namespace NewsletterGen.Import;

/// <summary>How a source file wrote its front matter.</summary>
public enum FrontMatterFormat
{
    None,
    Yaml,
    Toml,
    Json,
}
