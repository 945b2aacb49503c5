namespace NewsletterGen.Diagnostics;

/// <summary>Every diagnostic code, in one place, so docs/diagnostics.md can list them all.</summary>
public static class DiagnosticCodes
{
    // Files and encodings
    public const string UnreadableFile = "NG0001";
    public const string InvalidUtf8 = "NG0002";
    public const string TooDeeplyNested = "NG0003";
    public const string XmlForbiddenCharacter = "NG0004";

    // Bounded work: YAML shapes whose reading would not be
    public const string YamlTooDeep = "NG0010";
    public const string YamlAliasExpansion = "NG0011";

    // Source folders: what content/ and templates/ may hold
    public const string LinkLeavesSource = "NG0005";
    public const string LinkLoop = "NG0006";
    public const string DanglingLink = "NG0007";
    public const string UnreadableFolder = "NG0008";

    // site.yml
    public const string MissingSiteConfig = "NG0401";
    public const string InvalidSiteConfig = "NG0402";

    // Front matter
    public const string MissingTitle = "NG0101";
    public const string InvalidDate = "NG0102";
    public const string MalformedYaml = "NG0103";
    public const string UnclosedFrontMatter = "NG0104";
    public const string InvalidFieldType = "NG0105";
    public const string UnknownAuthor = "NG0106";
    public const string MissingDate = "NG0107";
    public const string LinkToLeftOutDocument = "NG0108";
    public const string TooManyTags = "NG0110";
    public const string TagTooLong = "NG0111";
    public const string TagWithoutSlug = "NG0112";

    // URLs
    public const string DuplicateUrl = "NG0201";
    public const string UnsafeSlug = "NG0202";
    public const string FileExists = "NG0203";
    public const string SpecialName = "NG0204";
    public const string InvalidPermalink = "NG0205";
    public const string UrlCollision = "NG0206";
    public const string InvalidSection = "NG0207";
    public const string UndeclaredSection = "NG0208";
    public const string UnpublishedPostFile = "NG0209";
    public const string AliasIsOwnUrl = "NG0210";

    // Links
    public const string BrokenLink = "NG0301";
    public const string BrokenAnchor = "NG0302";
    public const string MissingImage = "NG0303";

    // Templates
    public const string TemplateSyntax = "NG0501";
    public const string TemplateRuntime = "NG0502";
    public const string MissingTemplate = "NG0503";

    // Output
    public const string UnsafeOutput = "NG0601";
    public const string OutputWriteFailed = "NG0602";
    public const string OutputNotMadeByBuild = "NG0603";
    public const string OutputPathBlocked = "NG0604";
    public const string OutputNameTooLong = "NG0605";
    public const string OutputFolderUncreatable = "NG0606";

    // Privacy
    public const string OtherOrigin = "NG0701";
    public const string BaseElement = "NG0702";
    public const string RefreshInContent = "NG0703";
    public const string InvalidAllowedOrigin = "NG0704";

    // Import (newslettergen import)
    public const string ImportMalformedFrontMatter = "NG0801";
    public const string ImportTargetExists = "NG0802";
    public const string ImportUnreadable = "NG0803";
    public const string ImportNotAnArchive = "NG0804";
    public const string ImportUrlNotKept = "NG0805";
    public const string ImportFieldToDecide = "NG0806";
    public const string ImportInvalidDate = "NG0807";
    public const string ImportSkippedFile = "NG0808";

    // Archives: template tags and Markdown from Jekyll and Hugo
    public const string TemplateTagNotRun = "NG0820";
    public const string TemplateTagTarget = "NG0821";
    public const string UnclosedTemplateBlock = "NG0822";
    public const string UnsafeAttribute = "NG0823";

    // Languages: editions and translations
    public const string InvalidLanguages = "NG0900";
    public const string TranslationWithoutOriginal = "NG0901";
    public const string DuplicateTranslation = "NG0902";
    public const string UndeclaredLanguage = "NG0903";
    public const string InvalidTranslationOf = "NG0904";

    // The theme's words: templates/i18n/<lang>.yml, `t` and `t_date`
    public const string UnknownUiString = "NG0920";
    public const string MissingUiString = "NG0921";
    public const string InvalidUiString = "NG0922";
    public const string MissingUiLanguage = "NG0923";
    public const string UiStringMisused = "NG0924";
    public const string UnknownUiPlaceholder = "NG0925";
}
