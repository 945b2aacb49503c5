using ColorCode;
using ColorCode.Common;

namespace NewsletterGen.Markdown;

/// <summary>Rules for the languages blogs use that ColorCode 2.0.15 lacks. They are regular
/// expressions in ColorCode's own format, so the languages highlight with the same engine, the same
/// token classes and the same cost as the built-in ones, with no native code (the tool is also
/// published Native AOT). Each rule list starts with comments and strings: ColorCode joins the
/// rules into one alternation, so at a given position the first rule that matches wins, and a `#`
/// or a keyword inside a string stays part of the string.</summary>
internal static class BlogLanguages
{
    /// <summary>Scope of a line a diff adds; ColorCode has no scope for it.</summary>
    public const string Inserted = "NG Inserted";

    /// <summary>Scope of a line a diff removes.</summary>
    public const string Deleted = "NG Deleted";

    // A string on one line: an unbalanced quote (an apostrophe in console output, a Ruby `?"`)
    // then colours the rest of its line at worst, not the rest of the block.
    private const string DoubleQuoted = @"""(?:[^""\\\n]|\\.)*""";
    private const string SingleQuoted = @"'(?:[^'\\\n]|\\.)*'";

    // A `#` that starts a word: `$#`, `${#x}` and `a#b` are not comments in shell or YAML.
    private const string HashComment = @"(?<![^\s])\#.*$";
    private const string CStyleComments = @"//.*$|/\*[\s\S]*?\*/";
    private const string Number = @"\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)";

    public static ILanguage Ruby { get; } = new RegexLanguage("ruby", "Ruby",
    [
        Rule(@"^=begin\b[\s\S]*?^=end\b.*$", ScopeName.Comment),
        Rule(@"(?<![$?])\#.*$", ScopeName.Comment),
        Rule(DoubleQuoted, ScopeName.String),
        Rule(SingleQuoted, ScopeName.String),
        Rule(@"(?<![\w:]):[A-Za-z_]\w*[?!]?", ScopeName.Number),
        Rule(@"@@?[A-Za-z_]\w*|\$[A-Za-z_]\w*", ScopeName.Attribute),
        Rule(@"(?<![.\w])(?:alias|and|begin|break|case|class|def|defined\?|do|else|elsif|end|ensure|false|for|if|in|module|next|nil|not|or|redo|rescue|retry|return|self|super|then|true|undef|unless|until|when|while|yield|__FILE__|__LINE__|__method__)(?![\w?!])", ScopeName.Keyword),
        Rule(@"(?<![.\w])(?:require|require_relative|include|extend|prepend|attr_accessor|attr_reader|attr_writer|private|protected|public|raise|puts|print|lambda|proc|loop)(?![\w?!])", ScopeName.BuiltinFunction),
        Rule(@"\b[A-Z]\w*", ScopeName.Type),
        Rule(Number, ScopeName.Number),
    ]);

    public static ILanguage Rust { get; } = new RegexLanguage("rust", "Rust",
    [
        Rule(CStyleComments, ScopeName.Comment),
        Rule(@"b?r\#""[\s\S]*?""\#|b?r""[^""]*""", ScopeName.String),
        Rule(@"b?""(?:[^""\\]|\\[\s\S])*""", ScopeName.String),
        Rule(@"b?'(?:[^'\\\n]|\\[^'\n]{1,8})'", ScopeName.String),
        Rule(@"'[A-Za-z_]\w*\b(?!')", ScopeName.TypeVariable),
        Rule(@"\#!?\[[^\]\n]*\]", ScopeName.Attribute),
        Rule(@"\b(?:as|async|await|break|const|continue|crate|dyn|else|enum|extern|false|fn|for|if|impl|in|let|loop|match|mod|move|mut|pub|ref|return|self|static|struct|super|trait|true|type|union|unsafe|use|where|while)\b", ScopeName.Keyword),
        Rule(@"\b[a-z_]\w*!", ScopeName.BuiltinFunction),
        Rule(@"\b(?:i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize|f32|f64|bool|char|str)\b|\b[A-Z]\w*", ScopeName.Type),
        Rule(Number + @"(?:_?(?:[iu](?:8|16|32|64|128|size)|f32|f64))?\b", ScopeName.Number),
    ]);

    public static ILanguage Go { get; } = new RegexLanguage("go", "Go",
    [
        Rule(CStyleComments, ScopeName.Comment),
        Rule(DoubleQuoted, ScopeName.String),
        Rule(@"`[^`]*`", ScopeName.String),
        Rule(@"'(?:[^'\\\n]|\\[^'\n]{1,10})'", ScopeName.String),
        Rule(@"\b(?:break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto|if|import|interface|map|package|range|return|select|struct|switch|type|var|true|false|nil|iota)\b", ScopeName.Keyword),
        Rule(@"\b(?:append|cap|clear|close|complex|copy|delete|imag|len|make|max|min|new|panic|print|println|real|recover)(?=\()", ScopeName.BuiltinFunction),
        Rule(@"\b(?:any|bool|byte|comparable|complex64|complex128|error|float32|float64|int|int8|int16|int32|int64|rune|string|uint|uint8|uint16|uint32|uint64|uintptr)\b", ScopeName.Type),
        Rule(Number + @"i?\b", ScopeName.Number),
    ]);

    public static ILanguage Shell { get; } = new RegexLanguage("shell", "Shell",
    [
        Rule(HashComment, ScopeName.Comment),
        Rule(DoubleQuoted, ScopeName.String),
        Rule(@"(?<!\w)'[^'\n]*'", ScopeName.String), // not the apostrophe of `don't` in console output
        Rule(@"\$(?:\{[^}\n]*\}|[A-Za-z_]\w*|[0-9#?@*$!-])", ScopeName.Attribute),
        Rule(@"^[ \t]*[$%>](?=[ \t])", ScopeName.Operator),
        Rule(@"(?<![\w/.$-])(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|select|time|return|exit|break|continue)(?![\w/.=-])", ScopeName.Keyword),
        Rule(@"(?<![\w/.$-])(?:alias|cd|declare|echo|eval|exec|export|local|printf|read|readonly|set|shift|source|trap|typeset|unset|sudo)(?![\w/.=-])", ScopeName.BuiltinFunction),
    ]);

    public static ILanguage Yaml { get; } = new RegexLanguage("yaml", "YAML",
    [
        Rule(HashComment, ScopeName.Comment),
        Rule(@"^(?:---|\.\.\.)(?=\s|$)", ScopeName.Keyword),
        // Quoted scalars only where a value starts, so the apostrophe in `title: It's here` is text.
        Rule(@"(?<=(?:^|[:\[{,-])[ \t]*)(?:""(?:[^""\\\n]|\\.)*""|'(?:[^'\n]|'')*')", ScopeName.String),
        Rule(@"(?<=^[ \t]*(?:-[ \t]+)?)[^\s#'""{}\[\],&*!|>%@`-][^:#\n]*?(?=[ \t]*:(?:[ \t]|$))", ScopeName.Attribute),
        Rule(@"[&*][\w-]+|!!?[\w-]*", ScopeName.Type),
        Rule(@"(?<=(?:^|[:\[{,-])[ \t]*)(?i:true|false|yes|no|on|off|null|~)(?=[ \t]*(?:\#|$|[,\]}]))", ScopeName.Keyword),
        Rule(@"(?<=(?:^|[:\[{,-])[ \t]*)[+-]?(?:\.?\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|0x[0-9a-fA-F]+|\.inf|\.nan)(?=[ \t]*(?:\#|$|[,\]}]))", ScopeName.Number),
    ]);

    public static ILanguage Toml { get; } = new RegexLanguage("toml", "TOML",
    [
        Rule(@"\#.*$", ScopeName.Comment),
        Rule(@"""""""[\s\S]*?""""""|'''[\s\S]*?'''", ScopeName.String),
        Rule(DoubleQuoted, ScopeName.String),
        Rule(@"'[^'\n]*'", ScopeName.String),
        Rule(@"^[ \t]*\[\[?[^\]\n]*\]\]?", ScopeName.Type),
        Rule(@"(?<=(?:^|[{,])[ \t]*)[A-Za-z0-9_.-]+(?=[ \t]*=)", ScopeName.Attribute),
        Rule(@"\b(?:true|false)\b", ScopeName.Keyword),
        Rule(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?\b|\b\d{2}:\d{2}:\d{2}\b", ScopeName.Number),
        Rule(@"(?<![\w.])[+-]?(?:inf|nan)\b|(?<![\w.-])[+-]?" + Number + @"\b", ScopeName.Number),
    ]);

    public static ILanguage Dockerfile { get; } = new RegexLanguage("dockerfile", "Dockerfile",
    [
        Rule(@"^[ \t]*\#.*$", ScopeName.Comment),
        Rule(DoubleQuoted, ScopeName.String),
        Rule(@"'[^'\n]*'", ScopeName.String),
        Rule(@"(?i)^[ \t]*(?:FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\b|(?<=^[ \t]*FROM[ \t].*)\bAS\b", ScopeName.Keyword),
        Rule(@"\$(?:\{[^}\n]*\}|[A-Za-z_]\w*)", ScopeName.Attribute),
        Rule(@"(?<![^\s])--[\w-]+", ScopeName.Operator),
    ]);

    public static ILanguage Diff { get; } = new RegexLanguage("diff", "Diff",
    [
        Rule(@"^(?:(?:---|\+\+\+)[ \t].*|diff[ \t].*|index[ \t].*|\*\*\*[ \t].*)$", ScopeName.Keyword),
        Rule(@"^@@.*$", ScopeName.BuiltinFunction),
        Rule(@"^[+>].*$", Inserted),
        Rule(@"^[-<].*$", Deleted),
    ]);

    private static LanguageRule Rule(string pattern, string scope) => new(pattern, new Dictionary<int, string> { [0] = scope });
}
