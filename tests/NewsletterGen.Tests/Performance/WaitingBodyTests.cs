using System.Text;
using AwesomeAssertions;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using NewsletterGen.Performance;
using NewsletterGen.Incremental;

namespace NewsletterGen.Tests.Performance;

/// <summary>A build that keeps nothing holds each body it read as the file's bytes until its
/// Markdown is rendered. The bytes must be the file's, and once let go (rendered, or the build
/// over) nothing may read them again: a read after that is an error, never a second decoding.</summary>
public sealed class WaitingBodyTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("nlg-waiting-");

    public void Dispose() => _root.Delete(recursive: true);

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("---\ntitle: Été\n---\nDes modèles à poids ouverts, « enfin ».\n")]
    public void Reads_every_byte_of_a_file(string text)
    {
        using var bytes = FileBytes.ReadFile(Write("a.md", text));
        bytes.Span.ToArray().Should().Equal(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Files_read_one_after_another_keep_their_own_bytes()
    {
        var texts = Enumerable.Range(0, 300).Select(i => $"---\ntitle: Issue {i}\n---\n" + new string((char)('a' + (i % 26)), i * 97)).ToList();
        texts.Add(string.Concat(Enumerable.Repeat("Mistral publishes open weights. ", 200_000)));
        var read = texts.Select((text, i) => FileBytes.ReadFile(Write($"{i}.md", text))).ToList();

        read.Select(bytes => Encoding.UTF8.GetString(bytes.Span)).Should().Equal(texts);
    }

    [Fact]
    public void A_file_that_cannot_be_read_throws_as_reading_it_into_an_array_would()
    {
        var missing = Path.Combine(_root.FullName, "missing.md");
        FluentActions.Invoking(() => FileBytes.ReadFile(missing)).Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void Bytes_let_go_cannot_be_read_again()
    {
        var bytes = FileBytes.ReadFile(Write("a.md", "text"));
        bytes.Dispose();
        FluentActions.Invoking(() => bytes.Span.Length).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void A_body_taken_from_the_store_is_decoded_once_and_then_let_go()
    {
        using var store = new BodyStore();
        var (document, body) = Read("---\ntitle: A\n---\nThe body, in UTF-8: €.\n");
        store.Put(document.Path, new WaitingBody(null, body));

        store.Take(document).Should().Be("The body, in UTF-8: €.\n");
        FluentActions.Invoking(body.Decode).Should().Throw<ObjectDisposedException>();
        store.Take(document).Should().Be(document.Body, "the store gives a body once; after that the document's own");
    }

    [Fact]
    public void Disposing_of_the_store_frees_the_bodies_never_taken()
    {
        var store = new BodyStore();
        var (document, body) = Read("---\ntitle: A\n---\nNever rendered: the build stopped before its Markdown.\n");
        store.Put(document.Path, new WaitingBody(null, body));

        store.Dispose();
        store.Dispose(); // a second Dispose lets go of nothing twice

        FluentActions.Invoking(body.Decode).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void A_body_put_again_at_the_same_path_lets_go_of_the_first()
    {
        using var store = new BodyStore();
        var (document, first) = Read("---\ntitle: A\n---\nFirst.\n");
        var (_, second) = Read("---\ntitle: A\n---\nSecond.\n");
        store.Put(document.Path, new WaitingBody(null, first));
        store.Put(document.Path, new WaitingBody(null, second));

        FluentActions.Invoking(first.Decode).Should().Throw<ObjectDisposedException>();
        store.Take(document).Should().Be("Second.\n");
    }

    private (ParsedDocument Document, Utf8Body Body) Read(string text)
    {
        var path = Write($"content/posts/{Guid.NewGuid():N}.md", text);
        var diagnostics = new DiagnosticBag();
        var (head, body) = ContentLoader.ReadHeadAndBody(_root.FullName, path, diagnostics);
        var document = FrontMatterParser.Parse(head!, TimeZoneInfo.Utc, isPost: false, diagnostics)!;
        diagnostics.HasErrors.Should().BeFalse();
        return (document with { Source = document.Source with { Path = "content/posts/a.md" } }, body!);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
