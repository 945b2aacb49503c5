using AwesomeAssertions;
using NewsletterGen.Diagnostics;
using NewsletterGen.Markdown;

namespace NewsletterGen.Tests.Markdown;

/// <summary>A MarkdownRenderer lends each document an HTML renderer that other documents used
/// before. Whatever those left behind must not show in the next one's HTML.</summary>
public class RendererReuseTests
{
    private static readonly string[] Documents =
    [
        "# Title\n\nA paragraph with *emphasis*, `code` and a [link](https://example.org).\n",
        "> A quote\n> - with a list\n>   - nested deeper\n>     > and a quote in it\n\nAfter.",
        "The act passed.[^vote]\n\n[^vote]: By 523 votes to 46.\n",
        "| Model | Parameters |\n|---|---:|\n| Mistral | 7B |\n",
        "```python\nfrom transformers import AutoModel\nprint(\"hi\")\n```\n\nText after code.",
        "1. one\n2. two\n   ```csharp\n   var x = 1;\n   ```\n3. three",
        "## Why it matters\n\n### Compute\n\nText <span>raw html</span>.\n\n<div>\nblock\n</div>\n",
        "- [ ] a task\n- [x] done\n\n> [!NOTE]\n> An alert.",
        "Last line without a newline and \"quotes\" -- dashes...",
        "",
    ];

    private static MarkdownRenderer NewRenderer() => new(new LinkResolver("/", new Dictionary<string, string>(StringComparer.Ordinal)));

    [Fact]
    public void Renders_every_document_as_a_fresh_renderer_would_whatever_it_rendered_before()
    {
        var shared = NewRenderer();

        // Twice through, in order and reversed: every document follows every kind of other one.
        foreach (var document in Documents.Concat(Documents.Reverse()).Concat(Documents))
        {
            var fresh = NewRenderer().Render(document, "content/posts/a.md", 5, null, new DiagnosticBag());
            var reused = shared.Render(document, "content/posts/a.md", 5, null, new DiagnosticBag());

            reused.Html.Value.Should().Be(fresh.Html.Value, $"the HTML of:\n{document}");
            reused.Summary.Value.Should().Be(fresh.Summary.Value);
            reused.Toc.Should().Equal(fresh.Toc);
        }
    }

    [Fact]
    public void Renders_documents_on_many_threads_at_once_as_one_at_a_time()
    {
        var shared = NewRenderer();
        var expected = Documents.Select(d => NewRenderer().Render(d, "content/posts/a.md", 5, null, new DiagnosticBag()).Html.Value).ToList();
        var results = new string[Documents.Length * 50];

        Parallel.For(0, results.Length, i => results[i] = shared.Render(Documents[i % Documents.Length], "content/posts/a.md", 5, null, new DiagnosticBag()).Html.Value);

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(expected[i % Documents.Length]);
        }
    }

    [Fact]
    public void Highlights_code_on_many_threads_at_once_as_one_at_a_time()
    {
        // Each pooled renderer owns a highlighter, which parses one block at a time and must not
        // carry anything from one block, or one language, into the next.
        string[] code =
        [
            "```csharp\nvar model = await client.LoadAsync(\"mistral-7b\"); // open weights\n```\n",
            "```python\ndef tokens(text):\n    return len(text.split())  # roughly\n```\n",
            "```bash\ncurl -s https://example.org | jq '.models[]'\n```\n",
            "```json\n{\"model\": \"mixtral-8x7b\", \"licence\": \"apache-2.0\"}\n```\n",
            "```sql\nSELECT name FROM models WHERE weights = 'open';\n```\n",
            "```yaml\nmodel: mistral-7b # open weights\nlicence: 'apache-2.0'\n```\n",
            "```rust\nfn main() { println!(\"{}\", 7); } // weights\n```\n",
        ];
        var expected = code.Select(d => NewRenderer().Render(d, "content/posts/a.md", 5, null, new DiagnosticBag()).Html.Value).ToList();
        var shared = NewRenderer();
        var results = new string[code.Length * 100];

        Parallel.For(0, results.Length, i => results[i] = shared.Render(code[i % code.Length], "content/posts/a.md", 5, null, new DiagnosticBag()).Html.Value);

        expected.Take(2).Should().AllSatisfy(html => html.Should().Contain("tok-"), "csharp and python are highlighted");
        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(expected[i % code.Length]);
        }
    }
}
