using System.Text;
using System.Xml;

namespace NewsletterGen.Feeds;

/// <summary>How every XML file of the site (feeds, sitemap) is written: UTF-8 without a byte
/// order mark, indented by two spaces, lines ended by \n, so the output is the same on every
/// platform.</summary>
internal static class FeedXml
{
    public static XmlWriterSettings WriterSettings => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };
}
