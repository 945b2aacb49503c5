using System.Text.Encodings.Web;
using NewsletterGen.Model;

namespace NewsletterGen.Search;

/// <summary>Search index entries kept between builds, by post.</summary>
public interface ISearchEntryCache
{
    /// <summary>The post's entry as kept, or null. Only reads: called from parallel loops.</summary>
    byte[]? TryGet(Post post);

    /// <summary>Records the post's entry in this build. Called from one thread.</summary>
    void Record(Post post, byte[] entry);
}
