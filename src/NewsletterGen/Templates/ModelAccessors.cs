using NewsletterGen.Diagnostics;
using NewsletterGen.Model;
using NewsletterGen.Performance;
using Scriban.Runtime;

namespace NewsletterGen.Templates;

/// <summary>The accessors of every site-model type a template can reach from its variables (see
/// <see cref="ModelAccessor{T}"/>): site, page, post, pager, tag, entry and what their members
/// hold. A test checks that each lists exactly the members, and returns the values, that
/// Scriban's reflection-based accessor would: a property added to a record must be added here
/// too, and a new model type reachable from templates needs a table here, or templates reading
/// it get an error (see <see cref="RejectingAccessor"/>).</summary>
internal static class ModelAccessors
{
    public static readonly ModelAccessor<Post> Post = new(new()
    {
        ["slug"] = p => p.Slug,
        ["title"] = p => p.Title,
        ["published"] = p => p.Published,
        ["last_updated"] = p => p.LastUpdated,
        ["authors"] = p => p.Authors,
        ["tags"] = p => p.Tags,
        ["summary"] = p => p.Summary,
        ["summary_text"] = p => p.SummaryText,
        ["content"] = p => p.Content,
        ["url"] = p => p.Url,
        ["permalink"] = p => p.Permalink,
        ["image"] = p => p.Image,
        ["is_draft"] = p => p.IsDraft,
        ["source"] = p => p.Source,
        ["extra"] = p => p.Extra,
        ["id"] = p => p.Id,
        ["is_scheduled"] = p => p.IsScheduled,
        ["language"] = p => p.Language,
        ["translation_key"] = p => p.TranslationKey,
        ["translations"] = p => p.Translations,
        ["aliases"] = p => p.Aliases,
        ["section"] = p => p.Section,
        ["text"] = p => p.Text,
        ["toc"] = p => p.Toc,
        ["has_toc"] = p => p.HasToc,
        ["word_count"] = p => p.WordCount,
        ["related"] = p => p.Related,
        ["date"] = p => p.Date,
        ["date_iso"] = p => p.DateIso,
        ["updated"] = p => p.Updated,
        ["updated_iso"] = p => p.UpdatedIso,
        ["last_modified"] = p => p.LastModified,
        ["reading_minutes"] = p => p.ReadingMinutes,
    });

    public static readonly ModelAccessor<TagRef> TagRef = new(new()
    {
        ["name"] = t => t.Name,
        ["slug"] = t => t.Slug,
        ["url"] = t => t.Url,
    });

    public static readonly ModelAccessor<Author> Author = new(new()
    {
        ["id"] = a => a.Id,
        ["name"] = a => a.Name,
        ["url"] = a => a.Url,
        ["email"] = a => a.Email,
    });

    public static readonly ModelAccessor<PageInfo> PageInfo = new(new()
    {
        ["kind"] = p => p.Kind,
        ["title"] = p => p.Title,
        ["description"] = p => p.Description,
        ["url"] = p => p.Url,
        ["permalink"] = p => p.Permalink,
        ["feeds"] = p => p.Feeds,
        ["image"] = p => p.Image,
        ["alternates"] = p => p.Alternates,
        ["hreflang_default"] = p => p.HreflangDefault,
        ["json_ld"] = p => p.JsonLd,
    });

    public static readonly ModelAccessor<Pager> Pager = new(new()
    {
        ["number"] = p => p.Number,
        ["page_count"] = p => p.PageCount,
        ["posts"] = p => p.Posts,
        ["url"] = p => p.Url,
        ["previous_url"] = p => p.PreviousUrl,
        ["next_url"] = p => p.NextUrl,
    });

    public static readonly ModelAccessor<Site> Site = new(new()
    {
        ["config"] = s => s.Config,
        ["posts"] = s => s.Posts,
        ["pages"] = s => s.Pages,
        ["tags"] = s => s.Tags,
        ["years"] = s => s.Years,
        ["pagers"] = s => s.Pagers,
        ["title"] = s => s.Title,
        ["home_posts"] = s => s.HomePosts,
        ["sections"] = s => s.Sections,
        ["description"] = s => s.Description,
        ["base_url"] = s => s.BaseUrl,
        ["language"] = s => s.Language,
        ["time_zone"] = s => s.TimeZone,
        ["authors"] = s => s.Authors,
        ["extra"] = s => s.Extra,
        ["feeds"] = s => s.Feeds,
        ["feed_url"] = s => s.FeedUrl,
        ["feed_permalink"] = s => s.FeedPermalink,
        ["subscribe_url"] = s => s.SubscribeUrl,
        ["search_url"] = s => s.SearchUrl,
        ["search_index_url"] = s => s.SearchIndexUrl,
        ["home_url"] = s => s.HomeUrl,
        ["archive_url"] = s => s.ArchiveUrl,
        ["tags_url"] = s => s.TagsUrl,
        ["languages"] = s => s.Languages,
        ["editions"] = s => s.Editions,
        ["content_security_policy"] = s => s.ContentSecurityPolicy,
    });

    public static readonly ModelAccessor<Listing> Listing = new(new()
    {
        ["folder"] = l => l.Folder,
        ["title"] = l => l.Title,
        ["description"] = l => l.Description,
        ["posts"] = l => l.Posts,
        ["pagers"] = l => l.Pagers,
        ["feeds"] = l => l.Feeds,
        ["url"] = l => l.Url,
        ["permalink"] = l => l.Permalink,
    });

    public static readonly ModelAccessor<FeedLink> FeedLink = new(new()
    {
        ["title"] = f => f.Title,
        ["format"] = f => f.Format,
        ["media_type"] = f => f.MediaType,
        ["url"] = f => f.Url,
        ["permalink"] = f => f.Permalink,
    });

    public static readonly ModelAccessor<Tag> Tag = new(new()
    {
        ["name"] = t => t.Name,
        ["slug"] = t => t.Slug,
        ["url"] = t => t.Url,
        ["permalink"] = t => t.Permalink,
        ["posts"] = t => t.Posts,
        ["count"] = t => t.Count,
        ["feeds"] = t => t.Feeds,
    });

    public static readonly ModelAccessor<TocEntry> TocEntry = new(new()
    {
        ["level"] = t => t.Level,
        ["id"] = t => t.Id,
        ["text"] = t => t.Text,
    });

    public static readonly ModelAccessor<YearGroup> YearGroup = new(new()
    {
        ["year"] = y => y.Year,
        ["posts"] = y => y.Posts,
    });

    public static readonly ModelAccessor<Page> Page = new(new()
    {
        ["slug"] = p => p.Slug,
        ["title"] = p => p.Title,
        ["content"] = p => p.Content,
        ["summary_text"] = p => p.SummaryText,
        ["url"] = p => p.Url,
        ["permalink"] = p => p.Permalink,
        ["source"] = p => p.Source,
        ["extra"] = p => p.Extra,
    });

    public static readonly ModelAccessor<SiteConfig> SiteConfig = new(new()
    {
        ["title"] = c => c.Title,
        ["description"] = c => c.Description,
        ["base_url"] = c => c.BaseUrl,
        ["language"] = c => c.Language,
        ["time_zone"] = c => c.TimeZone,
        ["authors"] = c => c.Authors,
        ["posts_per_page"] = c => c.PostsPerPage,
        ["feed_size"] = c => c.FeedSize,
        ["extra"] = c => c.Extra,
        ["use_git_dates"] = c => c.UseGitDates,
        ["web_sub_hub"] = c => c.WebSubHub,
        ["search_index"] = c => c.SearchIndex,
        ["base_path"] = c => c.BasePath,
        ["time_zone_id"] = c => c.TimeZoneId,
        ["well_known"] = c => c.WellKnown,
        ["allow_origins"] = c => c.AllowOrigins,
        ["permalink"] = c => c.Permalink,
        ["slug_from_file_name"] = c => c.SlugFromFileName,
        ["sections"] = c => c.Sections,
        ["edition_path"] = c => c.EditionPath,
        ["languages"] = c => c.Languages,
        ["editions"] = c => c.Editions,
        ["declared_languages"] = c => c.DeclaredLanguages,
    });

    public static readonly ModelAccessor<PermalinkPattern> PermalinkPattern = new(new()
    {
        ["text"] = p => p.Text,
        ["names_each_post"] = p => p.NamesEachPost,
    });

    public static readonly ModelAccessor<SectionSettings> SectionSettings = new(new()
    {
        ["folder"] = s => s.Folder,
        ["title"] = s => s.Title,
        ["description"] = s => s.Description,
        ["in_main_feed"] = s => s.InMainFeed,
        ["permalink"] = s => s.Permalink,
    });

    public static readonly ModelAccessor<HtmlFragment> HtmlFragment = new(new()
    {
        ["value"] = h => h.Value,
    });

    public static readonly ModelAccessor<SiteLanguage> SiteLanguage = new(new()
    {
        ["code"] = l => l.Code,
        ["name"] = l => l.Name,
        ["title"] = l => l.Title,
        ["description"] = l => l.Description,
        ["home_url"] = l => l.HomeUrl,
        ["home_permalink"] = l => l.HomePermalink,
        ["is_default"] = l => l.IsDefault,
    });

    public static readonly ModelAccessor<LanguageSettings> LanguageSettings = new(new()
    {
        ["code"] = l => l.Code,
        ["name"] = l => l.Name,
        ["title"] = l => l.Title,
        ["description"] = l => l.Description,
        ["extra"] = l => l.Extra,
    });

    public static readonly ModelAccessor<Translation> Translation = new(new()
    {
        ["lang"] = t => t.Lang,
        ["url"] = t => t.Url,
        ["permalink"] = t => t.Permalink,
        ["title"] = t => t.Title,
        ["language_name"] = t => t.LanguageName,
    });

    public static readonly ModelAccessor<PageAlternate> PageAlternate = new(new()
    {
        ["lang"] = a => a.Lang,
        ["url"] = a => a.Url,
        ["permalink"] = a => a.Permalink,
        ["language_name"] = a => a.LanguageName,
        ["language_title"] = a => a.LanguageTitle,
        ["exact"] = a => a.Exact,
        ["current"] = a => a.Current,
    });

    public static readonly ModelAccessor<LentHtml> LentHtml = new(new()
    {
        ["value"] = h => h.ToString(),
    });

    public static readonly ModelAccessor<SourceLocation> SourceLocation = new(new()
    {
        ["file"] = s => s.File,
        ["line"] = s => s.Line,
        ["column"] = s => s.Column,
    });

    /// <summary>The accessor for a model object, or null for any other value.</summary>
    public static IObjectAccessor? For(object target) => target switch
    {
        Model.Post => Post,
        Model.TagRef => TagRef,
        Model.Author => Author,
        Model.PageInfo => PageInfo,
        Model.Pager => Pager,
        Model.Site => Site,
        Model.FeedLink => FeedLink,
        Model.Tag => Tag,
        Model.TocEntry => TocEntry,
        Model.YearGroup => YearGroup,
        Model.Page => Page,
        Model.SiteConfig => SiteConfig,
        Model.Listing => Listing,
        Model.PermalinkPattern => PermalinkPattern,
        Model.SectionSettings => SectionSettings,
        Model.SiteLanguage => SiteLanguage,
        Model.LanguageSettings => LanguageSettings,
        Model.Translation => Translation,
        Model.PageAlternate => PageAlternate,
        Model.HtmlFragment => HtmlFragment,
        Performance.LentHtml => LentHtml,
        Diagnostics.SourceLocation => SourceLocation,
        _ => null,
    };
}
