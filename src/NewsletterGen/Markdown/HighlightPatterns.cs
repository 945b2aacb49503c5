using System.Text.RegularExpressions;
using ColorCode.Common;

namespace NewsletterGen.Markdown;

/// <summary>The regular expression ColorCode makes of each language's rules, written out here so
/// that the .NET source generator compiles it into the tool. ColorCode builds it at run time with
/// <c>new Regex(...)</c>, which a Native AOT binary can only interpret, and interpreting these
/// patterns was most of the cost of highlighting. Each text is exactly what ColorCode builds for
/// the language (<c>HighlightPatternTests</c> compares them for every language the highlighter
/// knows, and prints the text to paste here when a ColorCode upgrade or a rule of
/// <see cref="BlogLanguages"/> changes one); a language missing here keeps ColorCode's own.</summary>
internal static partial class HighlightPatterns
{
    /// <summary>The compiled pattern of a language, by its id (ColorCode's, or
    /// <see cref="BlogLanguages"/>' with their <c>ng-</c> prefix), or null.</summary>
    public static Regex? For(string languageId) => languageId switch
    {
        LanguageId.CSharp => CSharp(),
        LanguageId.JavaScript => JavaScript(),
        LanguageId.TypeScript => TypeScript(),
        LanguageId.Python => Python(),
        LanguageId.Json => Json(),
        LanguageId.Html => Html(),
        LanguageId.Xml => Xml(),
        LanguageId.Css => Css(),
        LanguageId.Sql => Sql(),
        LanguageId.Java => Java(),
        LanguageId.Cpp => Cpp(),
        LanguageId.Php => Php(),
        LanguageId.PowerShell => PowerShell(),
        LanguageId.FSharp => FSharp(),
        LanguageId.Haskell => Haskell(),
        LanguageId.Markdown => Markdown(),
        LanguageId.MatLab => MatLab(),
        LanguageId.VbDotNet => VbDotNet(),
        LanguageId.Fortran => Fortran(),
        "ng-ruby" => Ruby(),
        "ng-rust" => Rust(),
        "ng-go" => Go(),
        "ng-shell" => Shell(),
        "ng-yaml" => Yaml(),
        "ng-toml" => Toml(),
        "ng-dockerfile" => Dockerfile(),
        "ng-diff" => Diff(),
        _ => null,
    };

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(/\*([^*]|[\r\n]|(\*+([^*/]|[\r\n])))*\*+/)(?x)

|

(?-xis)(?m)((///)(?:\s*?(<[/a-zA-Z0-9\s"=]+>))*([^\r\n]*))(?x)

|

(?-xis)(?m)((//.*?)\r?$)(?x)

|

(?-xis)(?m)('[^\n]*?(?<!\\)')(?x)

|

(?-xis)(?m)((?s)@"(?:""|.)*?"(?!"))(?x)

|

(?-xis)(?m)((?s)("[^\n]*?(?<!\\)"))(?x)

|

(?-xis)(?m)(\[(assembly|module|type|return|param|method|field|property|event):[^\]"]*("[^\n]*?(?<!\\)")?[^\]]*\])(?x)

|

(?-xis)(?m)(^\s*(\#define|\#elif|\#else|\#endif|\#endregion|\#error|\#if|\#line|\#pragma|\#region|\#undef|\#warning).*?$)(?x)

|

(?-xis)(?m)(\b(abstract|as|ascending|base|bool|break|by|byte|case|catch|char|checked|class|const|continue|decimal|default|delegate|descending|do|double|dynamic|else|enum|equals|event|explicit|extern|false|finally|fixed|float|for|foreach|from|get|goto|group|if|implicit|in|int|into|interface|internal|is|join|let|lock|long|namespace|new|null|object|on|operator|orderby|out|override|params|partial|private|protected|public|readonly|ref|return|sbyte|sealed|select|set|short|sizeof|stackalloc|static|string|struct|switch|this|throw|true|try|typeof|uint|ulong|unchecked|unsafe|ushort|using|var|virtual|void|volatile|where|while|yield|async|await|warning|disable)\b)(?x)

|

(?-xis)(?m)(\b[0-9]{1,}\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex CSharp();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(/\*([^*]|[\r\n]|(\*+([^*/]|[\r\n])))*\*+/)(?x)

|

(?-xis)(?m)((//.*?)\r?$)(?x)

|

(?-xis)(?m)('[^\n]*?')(?x)

|

(?-xis)(?m)("[^\n]*?")(?x)

|

(?-xis)(?m)(\b(abstract|boolean|break|byte|case|catch|char|class|const|continue|debugger|default|delete|do|double|else|enum|export|extends|false|final|finally|float|for|function|goto|if|implements|import|in|instanceof|int|interface|long|native|new|null|package|private|protected|public|return|short|static|super|switch|synchronized|this|throw|throws|transient|true|try|typeof|var|void|volatile|while|with)\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex JavaScript();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(/\*([^*]|[\r\n]|(\*+([^*/]|[\r\n])))*\*+/)(?x)

|

(?-xis)(?m)((//.*?)\r?$)(?x)

|

(?-xis)(?m)('[^\n]*?')(?x)

|

(?-xis)(?m)("[^\n]*?")(?x)

|

(?-xis)(?m)(\b(abstract|any|bool|boolean|break|byte|case|catch|char|class|const|constructor|continue|debugger|declare|default|delete|do|double|else|enum|export|extends|false|final|finally|float|for|function|goto|if|implements|import|in|instanceof|int|interface|long|module|native|new|number|null|package|private|protected|public|return|short|static|string|super|switch|synchronized|this|throw|throws|transient|true|try|typeof|var|void|volatile|while|with)\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex TypeScript();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)((?<=:\s*)("{3})([^"]+)("{3}))(?x)

|

(?-xis)(?m)((?<=:\s*)('{3})([^']+)('{3}))(?x)

|

(?-xis)(?m)((#.*)\r?)(?x)

|

(?-xis)(?m)((?<==\s*f*b*r*u*)("{3})([^"]+)("{3}))(?x)

|

(?-xis)(?m)((?<==\s*f*b*r*u*)('{3})([^']+)('{3}))(?x)

|

(?-xis)(?m)('[^\n]*?')(?x)

|

(?-xis)(?m)("[^\n]*?")(?x)

|

(?-xis)(?m)((?i)\b(False|await|else|import|pass|None|break|except|in|raise|True|class|finally|is|return|and|continue|for|lambda|try|as|def|from|nonlocal|while|assert|del|global|not|with|async|elif|if|or|yield|self)\b)(?x)

|

(?-xis)(?m)((?i)\b(abs|delattr|hash|memoryview|set|all|dict|help|min|setattr|any|dir|hex|next|slice|ascii|divmod|id|object|sorted|bin|enumerate|input|oct|staticmethod|bool|eval|int|open|str|breakpoint|exec|isinstance|ord|sum|bytearray|filter|issubclass|pow|super|bytes|float|iter|print|tuple|callable|format|len|property|type|chr|frozenset|list|range|vars|classmethod|getattr|locals|repr|zip|compile|globals|map|reversed|__import__|complex|hasattr|max|round)\b)(?x)

|

(?-xis)(?m)(\b([0-9.]|[0-9.]+(e-*)(?=[0-9]))+?\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Python();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)([,\{]\s*("[^"\\]*(?:\\[^\r\n]|[^"\\]*)*")\s*:)(?x)

|

(?-xis)(?m)("[^"\\]*(?:\\[^\r\n]|[^"\\]*)*")(?x)

|

(?-xis)(?m)(-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)(?x)

|

(?-xis)(?m)(\b(true|false|null)\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Json();

    [GeneratedRegex("(?x)\n" +
        "(?-xis)(?m)(\\<![ \\r\\n\\t]*(--([^\\-]|[\\r\\n]|-[^\\-])*--[ \\r\\n\\t]*)\\>)(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?i)(<!)(DOCTYPE)(?:\\s+([a-zA-Z0-9]+))*(?:\\s+(\"[^\"]*?\"))*(>))(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?xis)(<)\r\n" +
        "                                          (script)\r\n" +
        "                                          (?:\r\n" +
        "                                             [\\s\\n]+([a-z0-9-_]+)[\\s\\n]*(=)[\\s\\n]*([^\\s\\n\"']+?)\r\n" +
        "                                            |[\\s\\n]+([a-z0-9-_]+)[\\s\\n]*(=)[\\s\\n]*(\"[^\\n]+?\")\r\n" +
        "                                            |[\\s\\n]+([a-z0-9-_]+)[\\s\\n]*(=)[\\s\\n]*('[^\\n]+?')\r\n" +
        "                                            |[\\s\\n]+([a-z0-9-_]+) )*\r\n" +
        "                                          [\\s\\n]*\r\n" +
        "                                          (>)\r\n" +
        "                                          (.*?)\r\n" +
        "                                          (</)(script)(>))(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?xis)(</?)\r\n" +
        "                                          (?: ([a-z][a-z0-9-]*)(:) )*\r\n" +
        "                                          ([a-z][a-z0-9-_]*)\r\n" +
        "                                          (?:\r\n" +
        "                                             [\\s\\n]+([a-z0-9-_]+)[\\s\\n]*(=)[\\s\\n]*([^\\s\\n\"']+?)\r\n" +
        "                                            |[\\s\\n]+([a-z0-9-_]+)[\\s\\n]*(=)[\\s\\n]*(\"[^\\n]+?\")\r\n" +
        "                                            |[\\s\\n]+([a-z0-9-_]+)[\\s\\n]*(=)[\\s\\n]*('[^\\n]+?')\r\n" +
        "                                            |[\\s\\n]+([a-z0-9-_]+) )*\r\n" +
        "                                          [\\s\\n]*\r\n" +
        "                                          (/?>))(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?i)&\\#?[a-z0-9]+?;)(?x)", RegexOptions.None)]
    private static partial Regex Html();

    [GeneratedRegex("(?x)\n" +
        "(?-xis)(?m)(\\<![ \\r\\n\\t]*(--([^\\-]|[\\r\\n]|-[^\\-])*--[ \\r\\n\\t]*)\\>)(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?i)(<!)(doctype)(?:\\s+([a-z0-9]+))*(?:\\s+(\")([^\\n]*?)(\"))*(>))(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?i)(<\\?)(xml-stylesheet)((?:\\s+[a-z0-9]+=\"[^\\n\"]*\")*(?:\\s+[a-z0-9]+=\\'[^\\n\\']*\\')*\\s*?)(\\?>))(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?i)(<\\?)([a-z][a-z0-9-]*)(?:\\s+([a-z0-9]+)(=)(\")([^\\n]*?)(\"))*(?:\\s+([a-z0-9]+)(=)(\\')([^\\n]*?)(\\'))*\\s*?(\\?>))(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?xi)(</?)\r\n" +
        "                                          (?: ([a-z][a-z0-9-]*)(:) )*\r\n" +
        "                                          ([a-z][a-z0-9-_\\.]*)\r\n" +
        "                                          (?:\r\n" +
        "                                            |[\\s\\n]+([a-z0-9-_\\.:]+)[\\s\\n]*(=)[\\s\\n]*(\")([^\\n]+?)(\")\r\n" +
        "                                            |[\\s\\n]+([a-z0-9-_\\.:]+)[\\s\\n]*(=)[\\s\\n]*(')([^\\n]+?)(')\r\n" +
        "                                            |[\\s\\n]+([a-z0-9-_\\.:]+) )*\r\n" +
        "                                          [\\s\\n]*\r\n" +
        "                                          (/?>))(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?i)&[a-z0-9]+?;)(?x)\n" +
        "\n" +
        "|\n" +
        "\n" +
        "(?-xis)(?m)((?s)(<!\\[CDATA\\[)(.*?)(\\]\\]>))(?x)", RegexOptions.None)]
    private static partial Regex Xml();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)((?msi)(?:(\s*/\*.*?\*/)|(([a-z0-9#. \[\]=\":_-]+)\s*(?:,\s*|{))+(?:(\s*/\*.*?\*/)|(?:\s*([a-z0-9 -]+\s*):\s*([a-z0-9#,<>\?%. \(\)\\\/\*\{\}:'\"!_=-]+);?))*\s*}))(?x)
""""", RegexOptions.None)]
    private static partial Regex Css();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)((?s)/\*.*?\*/)(?x)

|

(?-xis)(?m)((--.*?)\r?$)(?x)

|

(?-xis)(?m)('(?>[^\']*)')(?x)

|

(?-xis)(?m)("(?>[^\"]*)")(?x)

|

(?-xis)(?m)(\[(?>[^\]]*)])(?x)

|

(?-xis)(?m)((?i)\b(?<![.@"])(ADA|ADD|AFTER|ALL|ALTER|AND|ANY|AS|ASC|AT|AUTHORIZATION|AUTO|BACKUP|BEGIN|BETWEEN|BINARY|BIT|BIT_LENGTH|BREAK|BROWSE|BULK|BY|CASCADE|CASE|CHAR|CHARACTER|CHARACTER_LENGTH|CHAR_LENGTH|CHECK|CHECKPOINT|CHECKSUM_AGG|CLOSE|CLUSTERED|COLLATE|COL_LENGTH|COL_NAME|COLUMN|COLUMNPROPERTY|COMMIT|COMPUTE|CONNECT|CONNECTION|CONSTRAINT|CONTAINS|CONTAINSTABLE|CONTINUE|CREATE|CROSS|CUBE|CURRENT|CURRENT_DATE|CURRENT_TIME|CURSOR|DATABASE|DATABASEPROPERTY|DATE|DATETIME|DBCC|DEALLOCATE|DEC|DECIMAL|DECLARE|DEFAULT|DEFERRED|DELETE|DENY|DESC|DISK|DISTINCT|DISTRIBUTED|DOUBLE|DROP|DUMMY|DUMP|ELSE|ENCRYPTION|END-EXEC|END|ERRLVL|ESCAPE|EXCEPT|EXEC|EXECUTE|EXISTS|EXIT|EXTERNAL|EXTRACT|FALSE|FETCH|FILE|FILE_ID|FILE_NAME|FILEGROUP_ID|FILEGROUP_NAME|FILEGROUPPROPERTY|FILEPROPERTY|FILLFACTOR|FIRST|FLOAT|FOR|FOREIGN|FORTRAN|FREE|FREETEXT|FREETEXTTABLE|FROM|FULL|FULLTEXTCATALOGPROPERTY|FULLTEXTSERVICEPROPERTY|FUNCTION|GLOBAL|GOTO|GRANT|GROUP|HAVING|HOLDLOCK|HOUR|IDENTITY|IDENTITYCOL|IDENTITY_INSERT|IF|IGNORE|IMAGE|IMMEDIATE|IN|INCLUDE|INDEX|INDEX_COL|INDEXKEY_PROPERTY|INDEXPROPERTY|INNER|INSENSITIVE|INSERT|INSTEAD|INT|INTEGER|INTERSECT|INTO|IS|ISOLATION|JOIN|KEY|KILL|LANGUAGE|LAST|LEFT|LEVEL|LIKE|LINENO|LOAD|LOCAL|MINUTE|MODIFY|MONEY|NAME|NATIONAL|NCHAR|NEXT|NOCHECK|NONCLUSTERED|NOCOUNT|NONE|NOT|NULL|NUMERIC|NVARCHAR|OBJECT_ID|OBJECT_NAME|OBJECTPROPERTY|OCTET_LENGTH|OF|OFF|OFFSETS|ON|ONLY|OPEN|OPENDATASOURCE|OPENQUERY|OPENROWSET|OPENXML|OPTION|OR|ORDER|OUTER|OUTPUT|OVER|OVERLAPS|PARTIAL|PASCAL|PERCENT|PLAN|POSITION|PRECISION|PREPARE|PRIMARY|PRINT|PRIOR|PRIVILEGES|PROC|PROCEDURE|PUBLIC|RAISERROR|READ|READTEXT|REAL|RECONFIGURE|REFERENCES|REPLICATION|RESTORE|RESTRICT|RETURN|RETURNS|REVERT|REVOKE|RIGHT|ROLLBACK|ROLLUP|ROWCOUNT|ROWGUIDCOL|ROWS|RULE|SAVE|SCHEMA|SCROLL|SECOND|SECTION|SELECT|SEQUENCE|SET|SETUSER|SHUTDOWN|SIZE|SMALLINT|SMALLMONEY|SOME|SQLCA|SQLERROR|SQUARE|STATISTICS|TABLE|TEMPORARY|TEXT|TEXTPTR|TEXTSIZE|TEXTVALID|THEN|TIME|TIMESTAMP|TO|TOP|TRAN|TRANSACTION|TRANSLATION|TRIGGER|TRUE|TRUNCATE|TSEQUAL|TYPEPROPERTY|UNION|UNIQUE|UPDATE|UPDATETEXT|USE|VALUES|VARCHAR|VARYING|VIEW|WAITFOR|WHEN|WHERE|WHILE|WITH|WORK|WRITETEXT|IS_MEMBER|IS_SRVROLEMEMBER|PERMISSIONS|SUSER_SID|SUSER_SNAME|SYSNAME|UNIQUEIDENTIFIER|USER_ID|VARBINARY|ABSOLUTE|DATEPART|DATEDIFF|WEEK|WEEKDAY|MILLISECOND|GETUTCDATE|DATENAME|DATEADD|BIGINT|TINYINT|SMALLDATETIME|NTEXT|XML|ASSEMBLY|AGGREGATE|TYPE)\b)(?x)

|

(?-xis)(?m)((?i)\b(?<![.@"])(ABS|ACOS|APP_NAME|ASCII|ASIN|ATAN|ATN2|AVG|BINARY_CHECKSUM|CAST|CEILING|CHARINDEX|CHECKSUM|CONVERT|COALESCE|COLLATIONPROPERTY|COLUMNS_UPDATED|COUNT|COS|COT|COUNT_BIG|CURRENT_TIMESTAMP|CURRENT_USER|CURSOR_STATUS|DATALENGTH|DAY|DB_ID|DB_NAME|DEGREES|DIFFERENCE|ERROR_LINE|ERROR_MESSAGE|ERROR_NUMBER|ERROR_PROCEDURE|ERROR_SEVERITY|ERROR_STATE|EXP|FLOOR|FORMATMESSAGE|GETANSINULL|GETDATE|GROUPING|HOST_ID|HOST_NAME|IDENT_CURRENT|IDENT_INCR|IDENT_SEED|ISDATE|ISNULL|ISNUMERIC|LEN|LOG|LOG10|LOWER|LTRIM|MAX|MIN|MONTH|NEWID|NULLIF|PARSENAME|PATINDEX|PI|POWER|ORIGINAL_LOGIN|QUOTENAME|UNICODE|ROW_NUMBER|RADIANS|RAND|ROUND|RTRIM|REPLACE|REPLICATE|REVERSE|SCOPE_IDENTITY|SOUNDEX|STR|STUFF|SERVERPROPERTY|SESSIONPROPERTY|SESSION_USER|SIGN|SIN|SPACE|STATS_DATE|STDEV|STDEVP|SQRT|SUBSTRING|SUM|SUSER_NAME|SQL_VARIANT|SQL_VARIANT_PROPERTY|SYSTEM_USER|TAN|UPPER|USER|USER_NAME|VAR|VARP|XACT_STATE|YEAR)\b)(?x)

|

(?-xis)(?m)((?i)\B(@@(?:ERROR|IDENTITY|ROWCOUNT|TRANCOUNT|FETCH_STATUS))\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Sql();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(/\*([^*]|[\r\n]|(\*+([^*/]|[\r\n])))*\*+/)(?x)

|

(?-xis)(?m)((//.*?)\r?$)(?x)

|

(?-xis)(?m)('[^\n]*?(?<!\\)')(?x)

|

(?-xis)(?m)((?s)("[^\n]*?(?<!\\)"))(?x)

|

(?-xis)(?m)(\b(abstract|assert|boolean|break|byte|case|catch|char|class|const|continue|default|do|double|else|enum|extends|false|final|finally|float|for|goto|if|implements|import|instanceof|int|interface|long|native|new|null|package|private|protected|public|return|short|static|strictfp|super|switch|synchronized|this|throw|throws|transient|true|try|void|volatile|while)\b)(?x)

|

(?-xis)(?m)(\b[0-9]{1,}\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Java();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(/\*([^*]|[\r\n]|(\*+([^*/]|[\r\n])))*\*+/)(?x)

|

(?-xis)(?m)((//.*?)\r?$)(?x)

|

(?-xis)(?m)((?s)("[^\n]*?(?<!\\)"))(?x)

|

(?-xis)(?m)(\b(abstract|array|auto|bool|break|case|catch|char|ref class|class|const|const_cast|continue|default|delegate|delete|deprecated|dllexport|dllimport|do|double|dynamic_cast|each|else|enum|event|explicit|export|extern|false|float|for|friend|friend_as|gcnew|generic|goto|if|in|initonly|inline|int|interface|literal|long|mutable|naked|namespace|new|noinline|noreturn|nothrow|novtable|nullptr|operator|private|property|protected|public|register|reinterpret_cast|return|safecast|sealed|selectany|short|signed|sizeof|static|static_cast|ref struct|struct|switch|template|this|thread|throw|true|try|typedef|typeid|typename|union|unsigned|using|uuid|value|virtual|void|volatile|wchar_t|while)\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Cpp();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(/\*([^*]|[\r\n]|(\*+([^*/]|[\r\n])))*\*+/)(?x)

|

(?-xis)(?m)((//.*?)\r?$)(?x)

|

(?-xis)(?m)((#.*?)\r?$)(?x)

|

(?-xis)(?m)('[^\n]*?(?<!\\)')(?x)

|

(?-xis)(?m)("[^\n]*?(?<!\\)")(?x)

|

(?-xis)(?m)(\b(abstract|and|array|as|break|case|catch|cfunction|class|clone|const|continue|declare|default|do|else|elseif|enddeclare|endfor|endforeach|endif|endswitch|endwhile|exception|extends|fclose|file|final|for|foreach|function|global|goto|if|implements|interface|instanceof|mysqli_fetch_object|namespace|new|old_function|or|php_user_filter|private|protected|public|static|switch|throw|try|use|var|while|xor|__CLASS__|__DIR__|__FILE__|__FUNCTION__|__LINE__|__METHOD__|__NAMESPACE__|die|echo|empty|exit|eval|include|include_once|isset|list|require|require_once|return|print|unset)\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Php();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)((?s)(<\#.*?\#>))(?x)

|

(?-xis)(?m)((\#.*?)\r?$)(?x)

|

(?-xis)(?m)('[^\n]*?(?<!\\)')(?x)

|

(?-xis)(?m)((?s)@".*?"@)(?x)

|

(?-xis)(?m)((?s)("[^\n]*?(?<!`)"))(?x)

|

(?-xis)(?m)(\$(?:[\d\w\-]+(?::[\d\w\-]+)?|\$|\?|\^))(?x)

|

(?-xis)(?m)(\${[^}]+})(?x)

|

(?-xis)(?m)((?i)\b(begin|break|catch|continue|data|do|dynamicparam|elseif|else|end|exit|filter|finally|foreach|for|from|function|if|in|param|process|return|switch|throw|trap|try|until|while)\b)(?x)

|

(?-xis)(?m)(\b(\w+\-\w+)\b)(?x)

|

(?-xis)(?m)(-(?:c|i)?(?:eq|ne|gt|ge|lt|le|notlike|like|notmatch|match|notcontains|contains|replace))(?x)

|

(?-xis)(?m)(-(?:band|and|as|join|not|bxor|xor|bor|or|isnot|is|split))(?x)

|

(?-xis)(?m)(-\w+\d*\w*)(?x)

|

(?-xis)(?m)((?:\+=|-=|\*=|/=|%=|=|\+\+|--|\+|-|\*|/|%|\||,))(?x)

|

(?-xis)(?m)((?:\>\>|2\>&1|\>|2\>\>|2\>))(?x)

|

(?-xis)(?m)((?is)\[(cmdletbinding|alias|outputtype|parameter|validatenotnull|validatenotnullorempty|validatecount|validateset|allownull|allowemptycollection|allowemptystring|validatescript|validaterange|validatepattern|validatelength|supportswildcards)[^\]]+\])(?x)

|

(?-xis)(?m)((\[)([^\]]+)(\])(::)?)(?x)
""""", RegexOptions.None)]
    private static partial Regex PowerShell();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(\(\*([^*]|[\r\n]|(\*+([^*)]|[\r\n])))*\*+\))(?x)

|

(?-xis)(?m)((///)(?:\s*?(<[/a-zA-Z0-9\s"=]+>))*([^\r\n]*))(?x)

|

(?-xis)(?m)((//.*?)\r?$)(?x)

|

(?-xis)(?m)('[^\n]*?(?<!\\)')(?x)

|

(?-xis)(?m)((?s)@"(?:""|.)*?"(?!"))(?x)

|

(?-xis)(?m)((?s)"""(?:""|.)*?"""(?!"))(?x)

|

(?-xis)(?m)((?s)("[^\n]*?(?<!\\)"))(?x)

|

(?-xis)(?m)(^\s*(\#else|\#endif|\#if).*?$)(?x)

|

(?-xis)(?m)(\b(let!|use!|do!|yield!|return!)\s)(?x)

|

(?-xis)(?m)(\b(abstract|and|as|assert|base|begin|class|default|delegate|do|done|downcast|downto|elif|else|end|exception|extern|false|finally|for|fun|function|global|if|in|inherit|inline|interface|internal|lazy|let|match|member|module|mutable|namespace|new|null|of|open|or|override|private|public|rec|return|sig|static|struct|then|to|true|try|type|upcast|use|val|void|when|while|with|yield|atomic|break|checked|component|const|constraint|constructor|continue|eager|fixed|fori|functor|include|measure|method|mixin|object|parallel|params|process|protected|pure|recursive|sealed|tailcall|trait|virtual|volatile|async|let!|use!|do!)\b)(?x)

|

(?-xis)(?m)((\w|\s)(->)(\w|\s))(?x)
""""", RegexOptions.None)]
    private static partial Regex FSharp();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)({-+([^-{}]|{(?!-)|-(?!})|(?<!-)})*(?>(?>(?<comment>{-)([^-{}]|{(?!-)|-(?!})|(?<!-)})*)+(?>(?<-comment>-})([^-{}]|{(?!-)|-(?!})|(?<!-)})*)+)*(-+}))(?x)

|

(?-xis)(?m)((--.*?)\r?$)(?x)

|

(?-xis)(?m)((?:\b(class|instance|deriving)\b|::(?!(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))|\b(type)\s+(?:(\bforall\b|=>)|((?:[A-Z][\w']*\.)*)(?:(?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))|:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*)|(?!deriving|where|data|type|newtype|instance|class)([a-z][\w']*)|\->|[ \t!\#]|\r?\n[ \t]+(?=[\(\)\[\]]|->|=>|[A-Z])|::)*\s*(=)|\b(data|newtype)\s+(?:(\bforall\b|=>)|((?:[A-Z][\w']*\.)*)(?:(?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))|:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*)|(?!deriving|where|data|type|newtype|instance|class)([a-z][\w']*)|\->|[ \t!\#]|\r?\n[ \t]+(?=[\(\)\[\]]|->|=>|[A-Z])|::)*\s*(=)\s*((?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))|\s+(\|)\s*((?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))))(?:(\bforall\b|=>)|((?:[A-Z][\w']*\.)*)(?:(?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))|:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*)|(?!deriving|where|data|type|newtype|instance|class)([a-z][\w']*)|\->|[ \t!\#]|\r?\n[ \t]+(?=[\(\)\[\]]|->|=>|[A-Z])|::)*(?:(?:(?<type>[\(\[<])(?:(?:(\bforall\b|=>)|((?:[A-Z][\w']*\.)*)(?:(?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))|:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*)|(?!deriving|where|data|type|newtype|instance|class)([a-z][\w']*)|\->|[ \t!\#]|\r?\n[ \t]+(?=[\(\)\[\]]|->|=>|[A-Z]))|[,])*)+(?:(?<-type>[\)\]>])(?:(?:(\bforall\b|=>)|((?:[A-Z][\w']*\.)*)(?:(?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))|:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*)|(?!deriving|where|data|type|newtype|instance|class)([a-z][\w']*)|\->|[ \t!\#]|\r?\n[ \t]+(?=[\(\)\[\]]|->|=>|[A-Z]))|(?(type)[,]))*)+)*)(?x)

|

(?-xis)(?m)(\b(module)\s+(((?:[A-Z][\w']*\.)*)(?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))(?:\s*\((?:[\[\],\s]|((?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))|(?:[a-z][\w']*|\([\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|](?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))|((?:--.*\r?\n|{-(?:[^-]|-(?!})|[\r\n])*-}))|\((?:[,\.\s]|((?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))|(?:[a-z][\w']*|\([\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|](?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))*\))*\))?)(?x)

|

(?-xis)(?m)(\b(module|as)\s+(((?:[A-Z][\w']*\.)*)(?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))))(?x)

|

(?-xis)(?m)(\b(import)\s+(qualified\s+)?(((?:[A-Z][\w']*\.)*)(?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))\s*(?:\((?:[\[\],\s]|((?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))|(?:[a-z][\w']*|\([\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|](?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))|((?:--.*\r?\n|{-(?:[^-]|-(?!})|[\r\n])*-}))|\((?:[,\.\s]|((?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))|(?:[a-z][\w']*|\([\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|](?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))*\))*\))?(?:(hiding)(?:\s*\((?:[\[\],\s]|((?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))|(?:[a-z][\w']*|\([\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|](?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\))|((?:--.*\r?\n|{-(?:[^-]|-(?!})|[\r\n])*-}))|\((?:[,\.\s]|((?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))|(?:[a-z][\w']*|\([\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|](?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))*\))*\)))?)(?x)

|

(?-xis)(?m)(\b(case|class|data|default|deriving|do|else|foreign|if|import|in|infix|infixl|infixr|instance|let|module|newtype|of|then|type|where)\b)(?x)

|

(?-xis)(?m)((?<!(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))(\.\.|:|::|=|\\|\||<-|->|@|~|=>)(?!(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:)))(?x)

|

(?-xis)(?m)(((?:[A-Z][\w']*\.)*)(?:[a-z][\w']*|\([\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|](?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))(?x)

|

(?-xis)(?m)(((?:[A-Z][\w']*\.)*)(?:[A-Z][\w']*|\(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*\)))(?x)

|

(?-xis)(?m)([\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|](?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*)(?x)

|

(?-xis)(?m)(:(?:(?:[\!\#\$%\&\⋆\+\./<=>\?@\\\^\-~\|]|:))*)(?x)

|

(?-xis)(?m)([{}\(\)\[\];,])(?x)

|

(?-xis)(?m)(0[xX][\da-fA-F]+|\d+(\.\d+([eE][\-+]?\d+)?)?)(?x)

|

(?-xis)(?m)('[^\n]*?')(?x)

|

(?-xis)(?m)("[^\n]*?")(?x)
""""", RegexOptions.None)]
    private static partial Regex Haskell();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(^(\#.*)\r?|^.*\r?\n([-]+|[=]+)\r?$)(?x)

|

(?-xis)(?m)(^([ ]{4}(?![ ])(?:.|\r?\n[ ]{4})*)|^(```+[ \t]*\w*)((?:[ \t\r\n]|.)*?)(^```+)[ \t]*\r?$)(?x)

|

(?-xis)(?m)(^\s*((-\s*){3}|(\*\s*){3}|(=\s*){3})[ \t\-\*=]*\r?$)(?x)

|

(?-xis)(?m)(^[ \t]*([\*\+\-]|\d+\.))(?x)

|

(?-xis)(?m)(\\[\\`\*_{}\[\]\(\)\#\+\-\.\!])(?x)

|

(?-xis)(?m)(\!?\[\!?\[([^\]\n]+)\][ \t]*(\([^\)\n]*\)|\[[^\]\n]*\])\][ \t]*(\([^\)\n]*\)|\[[^\]\n]*\])|\!?\[([^\]\n]+)\][ \t]*(\([^\)\n]*\)|\[[^\]\n]*\]))(?x)

|

(?-xis)(?m)(^[ ]{0,3}\[[^\]\n]+\]:(.|\r|\n[ \t]+(?![\r\n]))*$)(?x)

|

(?-xis)(?m)(\*(?!\*)([^\*\n]|\*\w)+?\*(?!\w)|\*\*([^\*\n]|\*(?!\*))+?\*\*)(?x)

|

(?-xis)(?m)(_([^_\n]|_\w)+?_(?!\w)|__([^_\n]|_(?=[\w_]))+?__(?!\w))(?x)

|

(?-xis)(?m)(`[^`\n]+?`|``([^`\n]|`(?!`))+?``)(?x)

|

(?-xis)(?m)("[^"\n]+?"|'[\w\-_]+')(?x)

|

(?-xis)(?m)(</?\w.*?>)(?x)

|

(?-xis)(?m)(\&\#?\w+?;)(?x)
""""", RegexOptions.None)]
    private static partial Regex Markdown();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)((%.*)\r?)(?x)

|

(?-xis)(?m)((?<!\.)('[^\n]*?'))(?x)

|

(?-xis)(?m)("[^\n]*?")(?x)

|

(?-xis)(?m)((?i)\b(break|case|catch|continue|else|elseif|end|for|function|global|if|otherwise|persistent|return|switch|try|while)\b)(?x)

|

(?-xis)(?m)(\.\.\.)(?x)

|

(?-xis)(?m)(\b([0-9.]|[0-9.]+(e-*)(?=[0-9]))+?\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex MatLab();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(('''[^\n]*?)\r?$)(?x)

|

(?-xis)(?m)(((?:'|REM\s+).*?)\r?$)(?x)

|

(?-xis)(?m)("(?:""|[^"\n])*")(?x)

|

(?-xis)(?m)((?:\s|^)(\#End\sRegion|\#Region|\#Const|\#End\sExternalSource|\#ExternalSource|\#If|\#Else|\#End\sIf)(?:\s|\(|\r?$))(?x)

|

(?-xis)(?m)((?i)\b(AddHandler|AddressOf|Aggregate|Alias|All|And|AndAlso|Ansi|Any|As|Ascending|(?<!<)Assembly|Auto|Average|Boolean|By|ByRef|Byte|ByVal|Call|Case|Catch|CBool|CByte|CChar|CDate|CDec|CDbl|Char|CInt|Class|CLng|CObj|Const|Continue|Count|CShort|CSng|CStr|CType|Date|Decimal|Declare|Default|DefaultStyleSheet|Delegate|Descending|Dim|DirectCast|Distinct|Do|Double|Each|Else|ElseIf|End|Enum|Equals|Erase|Error|Event|Exit|Explicit|False|Finally|For|Friend|From|Function|Get|GetType|GoSub|GoTo|Group|Group|Handles|If|Implements|Imports|In|Inherits|Integer|Interface|Into|Is|IsNot|Join|Let|Lib|Like|Long|LongCount|Loop|Max|Me|Min|Mod|Module|MustInherit|MustOverride|My|MyBase|MyClass|Namespace|New|Next|Not|Nothing|NotInheritable|NotOverridable|(?<!\.)Object|Off|On|Option|Optional|Or|Order|OrElse|Overloads|Overridable|Overrides|ParamArray|Partial|Preserve|Private|Property|Protected|Public|RaiseEvent|ReadOnly|ReDim|RemoveHandler|Resume|Return|Select|Set|Shadows|Shared|Short|Single|Skip|Static|Step|Stop|String|Structure|Sub|Sum|SyncLock|Take|Then|Throw|To|True|Try|TypeOf|Unicode|Until|Variant|When|Where|While|With|WithEvents|WriteOnly|Xor|SByte|UInteger|ULong|UShort|Using|CSByte|CUInt|CULng|CUShort|Async|Await)\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex VbDotNet();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(!.*)(?x)

|

(?-xis)(?m)(".*?"|'.*?')(?x)

|

(?-xis)(?m)((?i)\b(?:program|endprogram)\b)(?x)

|

(?-xis)(?m)((?i)\b(?:module|endmodule|contains)\b)(?x)

|

(?-xis)(?m)((?i)\b(?:type|endtype|abstract)\b)(?x)

|

(?-xis)(?m)((?i)\b(?:interface|endinterface|operator|assignment)\b)(?x)

|

(?-xis)(?m)((?i)\b(?:function|endfunction|subroutine|endsubroutine|elemental|recursive|pure)\b)(?x)

|

(?-xis)(?m)((?i)INTEGER|REAL|DOUBLE\s*PRECISION|COMPLEX|CHARACTER|LOGICAL|TYPE)(?x)

|

(?-xis)(?m)((?i)\b(?:parameter|allocatable|optional|pointer|save|dimension|target)\b)(?x)

|

(?-xis)(?m)((?i)\b(intent)\s*(\()\s*(in|out|inout)\s*(\)))(?x)

|

(?-xis)(?m)((?i)\b(namelist)(/)\w+(/))(?x)

|

(?-xis)(?m)((?i)\b(PRESENT|INT|REAL|DBLE|CMPLX|AIMAG|CONJG|AINT|ANINT|NINT|ABS|MOD|SIGN|DIM|DPROD|MODULO|FLOOR|CEILING|MAX|MIN|SQRT|EXP|LOG|LOG10|SIN|COS|TAN|ASIN|ACOS|ATAN|ATAN2|SINH|COSH|TANH|ICHAR|CHAR|LGE|LGT|LLE|LLT|IACHAR|ACHAR|INDEX|VERIFY|ADJUSTL|ADJUSTR|SCAN|LEN_TRIM|REPEAT|TRIM|KIND|SELECTED_INT_KIND|SELECTED_REAL_KIND|LOGICAL|IOR|IAND|NOT|IEOR| ISHFT|ISHFTC|BTEST|IBSET|IBCLR|BITSIZE|TRANSFER|RADIX|DIGITS|MINEXPONENT|MAXEXPONENT|PRECISION|RANGE|HUGE|TINY|EPSILON|EXPONENT|SCALE|NEAREST|FRACTION|SET_EXPONENT|SPACING|RRSPACING|LBOUND|SIZE|UBOUND|MASK|MATMUL|DOT_PRODUCT|SUM|PRODUCT|MAXVAL|MINVAL|COUNT|ANY|ALL|ALLOCATED|SIZE|SHAPE|LBOUND|UBOUND|MERGE|SPREAD|PACK|UNPACK|RESHAPE|TRANSPOSE|EOSHIFT|CSHIFT|MAXLOC|MINLOC|ASSOCIATED)\b(\())(?x)

|

(?-xis)(?m)((?i)(call)\s+(DATE_AND_TIME|SYSTEM_CLOCK|RANDOM_NUMBER|RANDOM_SEED|MVBITS))(?x)

|

(?-xis)(?m)(\=|\*|\+|\\|\-|\.\w+\.|>|<|::|%|,|;|\?|\$)(?x)

|

(?-xis)(?m)(&)(?x)

|

(?-xis)(?m)(\b[0-9.]+(_\w+)?\b)(?x)

|

(?-xis)(?m)([\(\)\[\]])(?x)

|

(?-xis)(?m)((?i)(?:#define|#elif|#elifdef|#elifndef|#else|#endif|#error|#if|#ifdef|#ifndef|#include|#line|#pragma|#undef)\b)(?x)

|

(?-xis)(?m)((?i)\b(?:end|use|do|enddo|select|endselect|case|endcase|if|then|else|endif|implicit|none|do\s+while|call|public|private|protected|where|go\s*to|file|block|data|blockdata|end\s*blockdata|default|procedure|include|go\s*to|allocate|deallocate|open|close|write|stop|return)\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Fortran();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(^=begin\b[\s\S]*?^=end\b.*$)(?x)

|

(?-xis)(?m)((?<![$?])\#.*$)(?x)

|

(?-xis)(?m)("(?:[^"\\\n]|\\.)*")(?x)

|

(?-xis)(?m)('(?:[^'\\\n]|\\.)*')(?x)

|

(?-xis)(?m)((?<![\w:]):[A-Za-z_]\w*[?!]?)(?x)

|

(?-xis)(?m)(@@?[A-Za-z_]\w*|\$[A-Za-z_]\w*)(?x)

|

(?-xis)(?m)((?<![.\w])(?:alias|and|begin|break|case|class|def|defined\?|do|else|elsif|end|ensure|false|for|if|in|module|next|nil|not|or|redo|rescue|retry|return|self|super|then|true|undef|unless|until|when|while|yield|__FILE__|__LINE__|__method__)(?![\w?!]))(?x)

|

(?-xis)(?m)((?<![.\w])(?:require|require_relative|include|extend|prepend|attr_accessor|attr_reader|attr_writer|private|protected|public|raise|puts|print|lambda|proc|loop)(?![\w?!]))(?x)

|

(?-xis)(?m)(\b[A-Z]\w*)(?x)

|

(?-xis)(?m)(\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?))(?x)
""""", RegexOptions.None)]
    private static partial Regex Ruby();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(//.*$|/\*[\s\S]*?\*/)(?x)

|

(?-xis)(?m)(b?r\#"[\s\S]*?"\#|b?r"[^"]*")(?x)

|

(?-xis)(?m)(b?"(?:[^"\\]|\\[\s\S])*")(?x)

|

(?-xis)(?m)(b?'(?:[^'\\\n]|\\[^'\n]{1,8})')(?x)

|

(?-xis)(?m)('[A-Za-z_]\w*\b(?!'))(?x)

|

(?-xis)(?m)(\#!?\[[^\]\n]*\])(?x)

|

(?-xis)(?m)(\b(?:as|async|await|break|const|continue|crate|dyn|else|enum|extern|false|fn|for|if|impl|in|let|loop|match|mod|move|mut|pub|ref|return|self|static|struct|super|trait|true|type|union|unsafe|use|where|while)\b)(?x)

|

(?-xis)(?m)(\b[a-z_]\w*!)(?x)

|

(?-xis)(?m)(\b(?:i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize|f32|f64|bool|char|str)\b|\b[A-Z]\w*)(?x)

|

(?-xis)(?m)(\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)(?:_?(?:[iu](?:8|16|32|64|128|size)|f32|f64))?\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Rust();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(//.*$|/\*[\s\S]*?\*/)(?x)

|

(?-xis)(?m)("(?:[^"\\\n]|\\.)*")(?x)

|

(?-xis)(?m)(`[^`]*`)(?x)

|

(?-xis)(?m)('(?:[^'\\\n]|\\[^'\n]{1,10})')(?x)

|

(?-xis)(?m)(\b(?:break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto|if|import|interface|map|package|range|return|select|struct|switch|type|var|true|false|nil|iota)\b)(?x)

|

(?-xis)(?m)(\b(?:append|cap|clear|close|complex|copy|delete|imag|len|make|max|min|new|panic|print|println|real|recover)(?=\())(?x)

|

(?-xis)(?m)(\b(?:any|bool|byte|comparable|complex64|complex128|error|float32|float64|int|int8|int16|int32|int64|rune|string|uint|uint8|uint16|uint32|uint64|uintptr)\b)(?x)

|

(?-xis)(?m)(\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)i?\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Go();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)((?<![^\s])\#.*$)(?x)

|

(?-xis)(?m)("(?:[^"\\\n]|\\.)*")(?x)

|

(?-xis)(?m)((?<!\w)'[^'\n]*')(?x)

|

(?-xis)(?m)(\$(?:\{[^}\n]*\}|[A-Za-z_]\w*|[0-9#?@*$!-]))(?x)

|

(?-xis)(?m)(^[ \t]*[$%>](?=[ \t]))(?x)

|

(?-xis)(?m)((?<![\w/.$-])(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|select|time|return|exit|break|continue)(?![\w/.=-]))(?x)

|

(?-xis)(?m)((?<![\w/.$-])(?:alias|cd|declare|echo|eval|exec|export|local|printf|read|readonly|set|shift|source|trap|typeset|unset|sudo)(?![\w/.=-]))(?x)
""""", RegexOptions.None)]
    private static partial Regex Shell();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)((?<![^\s])\#.*$)(?x)

|

(?-xis)(?m)(^(?:---|\.\.\.)(?=\s|$))(?x)

|

(?-xis)(?m)((?<=(?:^|[:\[{,-])[ \t]*)(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'))(?x)

|

(?-xis)(?m)((?<=^[ \t]*(?:-[ \t]+)?)[^\s#'"{}\[\],&*!|>%@`-][^:#\n]*?(?=[ \t]*:(?:[ \t]|$)))(?x)

|

(?-xis)(?m)([&*][\w-]+|!!?[\w-]*)(?x)

|

(?-xis)(?m)((?<=(?:^|[:\[{,-])[ \t]*)(?i:true|false|yes|no|on|off|null|~)(?=[ \t]*(?:\#|$|[,\]}])))(?x)

|

(?-xis)(?m)((?<=(?:^|[:\[{,-])[ \t]*)[+-]?(?:\.?\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|0x[0-9a-fA-F]+|\.inf|\.nan)(?=[ \t]*(?:\#|$|[,\]}])))(?x)
""""", RegexOptions.None)]
    private static partial Regex Yaml();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(\#.*$)(?x)

|

(?-xis)(?m)("""[\s\S]*?"""|'''[\s\S]*?''')(?x)

|

(?-xis)(?m)("(?:[^"\\\n]|\\.)*")(?x)

|

(?-xis)(?m)('[^'\n]*')(?x)

|

(?-xis)(?m)(^[ \t]*\[\[?[^\]\n]*\]\]?)(?x)

|

(?-xis)(?m)((?<=(?:^|[{,])[ \t]*)[A-Za-z0-9_.-]+(?=[ \t]*=))(?x)

|

(?-xis)(?m)(\b(?:true|false)\b)(?x)

|

(?-xis)(?m)(\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?\b|\b\d{2}:\d{2}:\d{2}\b)(?x)

|

(?-xis)(?m)((?<![\w.])[+-]?(?:inf|nan)\b|(?<![\w.-])[+-]?\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)\b)(?x)
""""", RegexOptions.None)]
    private static partial Regex Toml();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(^[ \t]*\#.*$)(?x)

|

(?-xis)(?m)("(?:[^"\\\n]|\\.)*")(?x)

|

(?-xis)(?m)('[^'\n]*')(?x)

|

(?-xis)(?m)((?i)^[ \t]*(?:FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\b|(?<=^[ \t]*FROM[ \t].*)\bAS\b)(?x)

|

(?-xis)(?m)(\$(?:\{[^}\n]*\}|[A-Za-z_]\w*))(?x)

|

(?-xis)(?m)((?<![^\s])--[\w-]+)(?x)
""""", RegexOptions.None)]
    private static partial Regex Dockerfile();

    [GeneratedRegex("""""
(?x)
(?-xis)(?m)(^(?:(?:---|\+\+\+)[ \t].*|diff[ \t].*|index[ \t].*|\*\*\*[ \t].*)$)(?x)

|

(?-xis)(?m)(^@@.*$)(?x)

|

(?-xis)(?m)(^[+>].*$)(?x)

|

(?-xis)(?m)(^[-<].*$)(?x)
""""", RegexOptions.None)]
    private static partial Regex Diff();
}
