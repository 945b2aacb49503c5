using System.Text;
using AwesomeAssertions;
using ColorCode;
using ColorCode.Compilation;
using NewsletterGen.Markdown;

namespace NewsletterGen.Tests.Markdown;

/// <summary>The oracle of <see cref="HighlightPatterns"/>: each compiled pattern is the text
/// ColorCode builds from the language's rules at run time, and code highlighted with the compiled
/// patterns is highlighted exactly as with ColorCode's own.</summary>
public sealed class HighlightPatternTests
{
    public static TheoryData<string> KnownLanguageIds => [.. CodeHighlighter.KnownLanguages.Select(l => l.Id)];

    [Theory]
    [MemberData(nameof(KnownLanguageIds))]
    public void Every_language_the_highlighter_knows_has_the_pattern_ColorCode_builds_for_it(string id)
    {
        var language = CodeHighlighter.KnownLanguages.Single(l => l.Id == id);
        var built = ColorCodesOwnCompiler().Compile(language).Regex;

        var compiled = HighlightPatterns.For(id);

        compiled.Should().NotBeNull($"{id} is highlighted; add to HighlightPatterns:\n{Attribute(built)}");
        compiled!.ToString().Should().Be(built.ToString(), $"ColorCode now builds this pattern for {id}; put it in HighlightPatterns:\n{Attribute(built)}");
        compiled.Options.Should().Be(built.Options);
    }

    [Theory]
    [MemberData(nameof(KnownLanguageIds))]
    public void Random_code_is_highlighted_as_ColorCodes_own_patterns_highlight_it(string id)
    {
        const int Seed = 20261207;
        var random = new Random(Seed + id.Length);
        var precompiled = new CodeHighlighter();
        var colorCodes = new CodeHighlighter(ColorCodesOwnCompiler());
        var name = Name(id);
        for (var i = 0; i < 150; i++)
        {
            var code = RandomCode(random);
            precompiled.Highlight(code, name).Should().Be(colorCodes.Highlight(code, name), $"seed {Seed}, language {id}, sample {i}:\n{code}");
        }
    }

    [Fact]
    public void Html_with_a_script_and_a_style_highlights_the_languages_inside_as_ColorCode_does()
    {
        const string Code = "<html><head><style>p { color: red; }</style><script>var x = \"<b>\"; // note\nif (x) { f(1.5); }</script></head><body class=\"a\">&amp;</body></html>";

        var html = new CodeHighlighter().Highlight(Code, "html");

        html.Should().Be(new CodeHighlighter(ColorCodesOwnCompiler()).Highlight(Code, "html"));
        html.Should().Contain("tok-keyword", "the script's 'var' and 'if' are highlighted as JavaScript");
    }

    private static LanguageCompiler ColorCodesOwnCompiler() => new(new Dictionary<string, CompiledLanguage>(), new ReaderWriterLockSlim());

    /// <summary>A name of the language that a fence can carry.</summary>
    private static string Name(string id) => id.StartsWith("ng-", StringComparison.Ordinal) ? id[3..] : id switch
    {
        "c#" => "csharp",
        "f#" => "fsharp",
        "vb.net" => "vb",
        _ => id,
    };

    /// <summary>Lines of keywords, names, numbers, strings, comments, operators and markup of many
    /// languages mixed, so that every rule of every language gets text to match and to miss.</summary>
    private static string RandomCode(Random random)
    {
        string[] pieces =
        [
            "if", "else", "for", "while", "return", "def", "class", "fn", "let", "var", "const", "func", "SELECT", "from", "where",
            "import", "package", "public", "static", "void", "int", "string", "true", "false", "null", "None", "nil", "self", "this",
            "x", "foo_bar", "Baz", "$HOME", "${name}", "@attr", "#include", "#!/bin/sh", "echo", "print", "len", "--flag", "-x",
            "0", "42", "3.14", "0x1F", "1e10", "\"text\"", "'c'", "`cmd`", "\"\"\"doc\"\"\"", "\"a\\\"b\"", "@\"verbatim\"",
            "// line", "/* block */", "# hash", "-- sql", "<!-- x -->", "%", "(*", "*)", "{-", "-}",
            "<div class=\"a\">", "</div>", "<br/>", "&amp;", "key: value", "- item", "[table]", "a = 1", "+added", "-removed", "@@ -1 +1 @@",
            "FROM debian", "RUN apt-get", "(", ")", "{", "}", "[", "]", ";", ":", ",", ".", "=>", "->", "::", "&&", "||", "<", ">", "=", "+", "*", "/",
        ];
        var code = new StringBuilder();
        var lines = random.Next(1, 6);
        for (var line = 0; line < lines; line++)
        {
            var words = random.Next(1, 9);
            for (var word = 0; word < words; word++)
            {
                code.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            }

            code.Append('\n');
        }

        return code.ToString();
    }

    private static string Attribute(System.Text.RegularExpressions.Regex pattern) =>
        $"[GeneratedRegex(\"\"\"\"\"\n{pattern}\n\"\"\"\"\", RegexOptions.{pattern.Options})]";
}
