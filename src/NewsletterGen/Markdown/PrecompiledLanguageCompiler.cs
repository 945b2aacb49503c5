using ColorCode;
using ColorCode.Compilation;

namespace NewsletterGen.Markdown;

/// <summary>ColorCode's compiler of languages, with the patterns of <see cref="HighlightPatterns"/>
/// in place of the ones it builds at run time; the names of the captures stay ColorCode's. Each
/// highlighter has its own, and a highlighter is used by one thread at a time.</summary>
internal sealed class PrecompiledLanguageCompiler : ILanguageCompiler
{
    private readonly LanguageCompiler _colorCode = new(new Dictionary<string, CompiledLanguage>(), new ReaderWriterLockSlim());
    private readonly Dictionary<string, CompiledLanguage> _compiled = new(StringComparer.Ordinal);

    public CompiledLanguage Compile(ILanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!_compiled.TryGetValue(language.Id, out var compiled))
        {
            var built = _colorCode.Compile(language);
            compiled = HighlightPatterns.For(language.Id) is { } pattern
                ? new CompiledLanguage(built.Id, built.Name, pattern, built.Captures)
                : built;
            _compiled[language.Id] = compiled;
        }

        return compiled;
    }
}
