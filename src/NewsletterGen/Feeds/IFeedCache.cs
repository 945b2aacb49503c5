using System.Text.RegularExpressions;
using NewsletterGen.Model;
using NewsletterGen.Output;

namespace NewsletterGen.Feeds;

/// <summary>Feeds kept between builds, one channel (its RSS, Atom and JSON files) at a time.
/// Called from several threads.</summary>
public interface IFeedCache
{
    /// <summary>The key of everything a channel's files are made from, or null when it cannot be known.</summary>
    UInt128? ChannelKey(string title, IReadOnlyList<Post> posts);

    IReadOnlyList<OutputFile>? TryGetChannel(string folder, UInt128 key);

    void StoreChannel(string folder, UInt128 key, IReadOnlyList<OutputFile> files);

    /// <summary>The post's item as an earlier build serialised it, or null. Only reads: called
    /// from parallel loops.</summary>
    SerialisedItem? TryGetItem(Post post);

    /// <summary>Records the post's item in this build. Called from one thread.</summary>
    void RecordItem(Post post, SerialisedItem item);
}
