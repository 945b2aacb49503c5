using Scriban.Runtime;

namespace NewsletterGen.Templates;

/// <summary>The accessors of the .NET values, other than the site model, that templates meet:
/// dates and times (post.date, post.published, Scriban's date.now and date.parse give DateTime,
/// its timespan functions TimeSpan) and the entries of a dictionary a template loops over
/// (`for e in post.extra` gives each as a KeyValuePair). Scriban reads these by reflection, which
/// in a Native AOT build sees only the members the trimmer kept: `post.date.year` would print
/// nothing there. The tables list every public property, as reflection would (a test compares
/// them), so a template reads the same members in every build.</summary>
internal static class ValueAccessors
{
    public static readonly ModelAccessor<DateTime> DateTime = new(new()
    {
        ["date"] = d => d.Date,
        ["day"] = d => d.Day,
        ["day_of_week"] = d => d.DayOfWeek,
        ["day_of_year"] = d => d.DayOfYear,
        ["hour"] = d => d.Hour,
        ["kind"] = d => d.Kind,
        ["millisecond"] = d => d.Millisecond,
        ["microsecond"] = d => d.Microsecond,
        ["nanosecond"] = d => d.Nanosecond,
        ["minute"] = d => d.Minute,
        ["month"] = d => d.Month,
        ["second"] = d => d.Second,
        ["ticks"] = d => d.Ticks,
        ["time_of_day"] = d => d.TimeOfDay,
        ["year"] = d => d.Year,
    });

    public static readonly ModelAccessor<DateTimeOffset> DateTimeOffset = new(new()
    {
        ["date_time"] = d => d.DateTime,
        ["utc_date_time"] = d => d.UtcDateTime,
        // On the clock of the machine running the build, as reflection gives it; the theme
        // should not use it (post.date is on the site's clock).
        ["local_date_time"] = d => d.LocalDateTime,
        ["date"] = d => d.Date,
        ["day"] = d => d.Day,
        ["day_of_week"] = d => d.DayOfWeek,
        ["day_of_year"] = d => d.DayOfYear,
        ["hour"] = d => d.Hour,
        ["millisecond"] = d => d.Millisecond,
        ["microsecond"] = d => d.Microsecond,
        ["nanosecond"] = d => d.Nanosecond,
        ["minute"] = d => d.Minute,
        ["month"] = d => d.Month,
        ["offset"] = d => d.Offset,
        ["total_offset_minutes"] = d => d.TotalOffsetMinutes,
        ["second"] = d => d.Second,
        ["ticks"] = d => d.Ticks,
        ["utc_ticks"] = d => d.UtcTicks,
        ["time_of_day"] = d => d.TimeOfDay,
        ["year"] = d => d.Year,
    });

    public static readonly ModelAccessor<TimeSpan> TimeSpan = new(new()
    {
        ["ticks"] = t => t.Ticks,
        ["days"] = t => t.Days,
        ["hours"] = t => t.Hours,
        ["milliseconds"] = t => t.Milliseconds,
        ["microseconds"] = t => t.Microseconds,
        ["nanoseconds"] = t => t.Nanoseconds,
        ["minutes"] = t => t.Minutes,
        ["seconds"] = t => t.Seconds,
        ["total_days"] = t => t.TotalDays,
        ["total_hours"] = t => t.TotalHours,
        ["total_milliseconds"] = t => t.TotalMilliseconds,
        ["total_microseconds"] = t => t.TotalMicroseconds,
        ["total_nanoseconds"] = t => t.TotalNanoseconds,
        ["total_minutes"] = t => t.TotalMinutes,
        ["total_seconds"] = t => t.TotalSeconds,
    });

    /// <summary>An entry of post.extra, site.extra or a ScriptObject, in a for loop.</summary>
    public static readonly ModelAccessor<KeyValuePair<string, object?>> Entry = new(new()
    {
        ["key"] = e => e.Key,
        ["value"] = e => e.Value,
    });

    /// <summary>The accessor for one of these values, or null for any other value.</summary>
    public static IObjectAccessor? For(object target) => target switch
    {
        System.DateTime => DateTime,
        System.DateTimeOffset => DateTimeOffset,
        System.TimeSpan => TimeSpan,
        KeyValuePair<string, object?> => Entry,
        _ => null,
    };
}
