using System.Buffers;
using System.Text;
using ColorCode;
using ColorCode.Common;
using ColorCode.Parsing;
using ColorCode.Styling;

namespace NewsletterGen.Markdown;

/// <summary>Highlights code at build time with ColorCode, writing spans with our own small set of
/// classes (`tok-keyword`, `tok-string`, ...), so the theme colours every language with a dozen
/// CSS rules in both colour schemes and readers load no script. Used by one thread at a time (a
/// ColorCode parser keeps state while it parses).</summary>
public sealed class CodeHighlighter : CodeColorizerBase
{
    private static readonly Dictionary<string, string> LanguageIds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = LanguageId.CSharp, ["cs"] = LanguageId.CSharp, ["c#"] = LanguageId.CSharp,
        ["javascript"] = LanguageId.JavaScript, ["js"] = LanguageId.JavaScript,
        ["typescript"] = LanguageId.TypeScript, ["ts"] = LanguageId.TypeScript,
        ["python"] = LanguageId.Python, ["py"] = LanguageId.Python,
        ["json"] = LanguageId.Json, ["html"] = LanguageId.Html, ["xml"] = LanguageId.Xml, ["svg"] = LanguageId.Xml,
        ["css"] = LanguageId.Css, ["sql"] = LanguageId.Sql, ["java"] = LanguageId.Java,
        ["cpp"] = LanguageId.Cpp, ["c++"] = LanguageId.Cpp, ["c"] = LanguageId.Cpp,
        ["php"] = LanguageId.Php, ["powershell"] = LanguageId.PowerShell, ["ps1"] = LanguageId.PowerShell,
        ["fsharp"] = LanguageId.FSharp, ["f#"] = LanguageId.FSharp, ["haskell"] = LanguageId.Haskell,
        ["markdown"] = LanguageId.Markdown, ["md"] = LanguageId.Markdown, ["matlab"] = LanguageId.MatLab,
        ["vb"] = LanguageId.VbDotNet, ["fortran"] = LanguageId.Fortran,
    };

    // Languages ColorCode lacks, with the names blogs and Jekyll/Hugo archives give them.
    private static readonly Dictionary<string, ILanguage> OwnLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ruby"] = BlogLanguages.Ruby, ["rb"] = BlogLanguages.Ruby,
        ["rust"] = BlogLanguages.Rust, ["rs"] = BlogLanguages.Rust,
        ["go"] = BlogLanguages.Go, ["golang"] = BlogLanguages.Go,
        ["sh"] = BlogLanguages.Shell, ["bash"] = BlogLanguages.Shell, ["shell"] = BlogLanguages.Shell,
        ["console"] = BlogLanguages.Shell, ["zsh"] = BlogLanguages.Shell, ["shellscript"] = BlogLanguages.Shell,
        ["shell-session"] = BlogLanguages.Shell,
        ["yaml"] = BlogLanguages.Yaml, ["yml"] = BlogLanguages.Yaml,
        ["toml"] = BlogLanguages.Toml,
        ["dockerfile"] = BlogLanguages.Dockerfile, ["docker"] = BlogLanguages.Dockerfile,
        ["diff"] = BlogLanguages.Diff, ["patch"] = BlogLanguages.Diff,
    };

    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>");

    private StringBuilder _output = new();

    public CodeHighlighter()
        : base(StyleDictionary.DefaultLight, null)
    {
    }

    /// <summary>The highlighted HTML of <paramref name="code"/> (the inside of a `code` element),
    /// or null when neither ColorCode nor <see cref="BlogLanguages"/> knows the language.</summary>
    public string? Highlight(string code, string language)
    {
        var found = OwnLanguages.TryGetValue(language, out var own) ? own
            : LanguageIds.TryGetValue(language, out var id) ? Languages.FindById(id) : null;
        if (found is null)
        {
            return null;
        }

        _output = new StringBuilder(code.Length * 2);
        languageParser.Parse(code, found, (parsed, scopes) => Write(parsed, scopes));
        return _output.ToString();
    }

    protected override void Write(string parsedSourceCode, IList<Scope> scopes)
    {
        var position = 0;
        foreach (var scope in scopes.OrderBy(s => s.Index))
        {
            position = WriteScope(parsedSourceCode, scope, position);
        }

        Encode(parsedSourceCode, position, parsedSourceCode.Length);
    }

    /// <summary>Writes the text up to the scope, then the scope (and its children) in a span.</summary>
    private int WriteScope(string text, Scope scope, int position)
    {
        if (scope.Index < position)
        {
            return position; // overlapping captures: keep the first
        }

        Encode(text, position, scope.Index);
        var css = ClassOf(scope.Name);
        if (css is not null)
        {
            _output.Append("<span class=\"").Append(css).Append("\">");
        }

        var inner = scope.Index;
        foreach (var child in scope.Children.OrderBy(c => c.Index))
        {
            inner = WriteScope(text, child, inner);
        }

        var end = scope.Index + scope.Length;
        Encode(text, inner, end);
        if (css is not null)
        {
            _output.Append("</span>");
        }

        return end;
    }

    /// <summary>Appends the text with `&amp;`, `&lt;` and `&gt;` escaped, a run of plain
    /// characters at a time.</summary>
    private void Encode(string text, int from, int to)
    {
        var rest = text.AsSpan(from, Math.Max(0, to - from));
        for (var at = rest.IndexOfAny(Escaped); at >= 0; at = rest.IndexOfAny(Escaped))
        {
            _output.Append(rest[..at]).Append(rest[at] switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" });
            rest = rest[(at + 1)..];
        }

        _output.Append(rest);
    }

    private static string? ClassOf(string scope) => scope switch
    {
        ScopeName.Keyword or ScopeName.ControlKeyword or ScopeName.PreprocessorKeyword or ScopeName.PseudoKeyword
            or ScopeName.Predefined or ScopeName.BuiltinValue or ScopeName.Intrinsic => "tok-keyword",
        ScopeName.String or ScopeName.StringCSharpVerbatim or ScopeName.StringEscape or ScopeName.JsonString
            or ScopeName.XmlAttributeValue or ScopeName.HtmlAttributeValue or ScopeName.CssPropertyValue => "tok-string",
        ScopeName.Comment or ScopeName.XmlComment or ScopeName.XmlDocComment or ScopeName.XmlDocTag or ScopeName.HtmlComment => "tok-comment",
        ScopeName.Number or ScopeName.JsonNumber or ScopeName.JsonConst => "tok-number",
        ScopeName.Type or ScopeName.ClassName or ScopeName.TypeVariable or ScopeName.NameSpace or ScopeName.PowerShellType or ScopeName.Constructor => "tok-type",
        ScopeName.BuiltinFunction or ScopeName.SqlSystemFunction or ScopeName.PowerShellCommand => "tok-function",
        ScopeName.Operator or ScopeName.HtmlOperator or ScopeName.PowerShellOperator => "tok-operator",
        ScopeName.Attribute or ScopeName.XmlAttribute or ScopeName.HtmlAttributeName or ScopeName.JsonKey or ScopeName.CssPropertyName
            or ScopeName.PowerShellAttribute or ScopeName.PowerShellParameter => "tok-attribute",
        ScopeName.HtmlElementName or ScopeName.XmlName or ScopeName.HtmlTagDelimiter or ScopeName.XmlDelimiter or ScopeName.CssSelector or ScopeName.MarkdownHeader => "tok-tag",
        BlogLanguages.Inserted => "tok-inserted",
        BlogLanguages.Deleted => "tok-deleted",
        _ => null,
    };
}
