using System.Globalization;
using NewsletterGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsletterGen.Content;

/// <summary>Reads YAML as writers mean it. Every value is read from the node tree, never bound
/// to typed properties, so `title: no` stays the text "no" and every type error carries the
/// line and column of its own node (YAML marks are 1-based, relative to the YAML block).</summary>
public sealed class YamlValues
{
    private readonly string _path;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;

    public YamlValues(string path, int firstLine, DiagnosticBag diagnostics)
    {
        _path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses a YAML block into its top-level mapping. An empty block is an empty
    /// mapping; a syntax error is reported where YAML found it and gives null.</summary>
    public YamlMap? ParseMapping(string yaml, SourceLocation whole, string what = "front matter")
    {
        ArgumentNullException.ThrowIfNull(yaml);

        // Front matter is nearly always a few `key: value` lines, which PlainYaml reads without
        // YamlDotNet's general scanner. Anything else, errors included, goes to YamlDotNet.
        if (PlainYaml.TryParse(yaml) is { } plain)
        {
            return plain;
        }

        var stream = new YamlStream();
        try
        {
            // The load recurses once per level and the tree copies every alias: the parser it
            // reads from refuses the shapes that would make either unbounded.
            stream.Load(new YamlBounds(new Parser(new StringReader(yaml))));
        }
        catch (YamlBoundsException e)
        {
            _diagnostics.Error(e.Code, At(e.Start), e.Message);
            return null;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabInIndentation(yaml, (int)e.Start.Line) is { } tab)
            {
                _diagnostics.Error(DiagnosticCodes.MalformedYaml, tab, "malformed YAML: a tab in the indentation; YAML indents with spaces only: replace the tab with spaces");
                return null;
            }

            _diagnostics.Error(DiagnosticCodes.MalformedYaml, At(e.Start), $"malformed YAML: {message}{Hint(message)}");
            return null;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet reports a key written twice as an ArgumentException without a position.
            _diagnostics.Error(DiagnosticCodes.MalformedYaml, whole, $"malformed YAML: {e.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position or a useful message, when
            // the text ends inside a [list] or {mapping}: point at the bracket left open.
            _diagnostics.Error(DiagnosticCodes.MalformedYaml, UnclosedBracket(yaml) ?? whole,
                "malformed YAML: a '[' or '{' is never closed; close it, or quote the value if the bracket is part of the text");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap([], new YamlMark(1, 1));
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return YamlTree.Map(mapping);
        }

        _diagnostics.Error(DiagnosticCodes.MalformedYaml, At(stream.Documents[0].RootNode.Start),
            $"{what} must be a list of `key: value` lines");
        return null;
    }

    private static string Hint(string message) =>
        message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) || message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase)
            ? " (a value containing ': ' must be quoted, e.g. title: \"Mistral: the story\")"
            : string.Empty;

    /// <summary>The first tab in the indentation of a line from <paramref name="fromLine"/> on.
    /// YamlDotNet reports such a tab where the scanner noticed it, at the start of the mapping
    /// or the end of the value before it, not on the tab's own line.</summary>
    private SourceLocation? TabInIndentation(string yaml, int fromLine)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = 0;
            while (indent < line.Length && line[indent] is ' ' or '\t')
            {
                indent++;
            }

            var tab = line.IndexOf('\t', 0, indent);
            if (tab >= 0 && indent < line.Length)
            {
                return new SourceLocation(_path, i + _firstLine, tab + 1);
            }
        }

        return null;
    }

    /// <summary>The first '[' or '{' outside quotes that its line does not close.</summary>
    private SourceLocation? UnclosedBracket(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = new Stack<int>();
            char? quote = null;
            for (var c = 0; c < lines[i].Length; c++)
            {
                var ch = lines[i][c];
                if (quote is not null)
                {
                    quote = ch == quote ? null : quote;
                }
                else if (ch is '"' or '\'')
                {
                    quote = ch;
                }
                else if (ch is '[' or '{')
                {
                    open.Push(c);
                }
                else if (ch is ']' or '}' && open.Count > 0)
                {
                    open.Pop();
                }
            }

            if (open.Count > 0)
            {
                return new SourceLocation(_path, i + _firstLine, open.Last() + 1);
            }
        }

        return null;
    }

    public SourceLocation At(Mark mark) => new(_path, (int)mark.Line + _firstLine - 1, (int)mark.Column);

    public SourceLocation At(YamlMark mark) => new(_path, mark.Line + _firstLine - 1, mark.Column);

    public SourceLocation At(YamlValue node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return At(node.Start);
    }

    /// <summary>A scalar as text. Null when the node is empty; an error when it is a list or map.</summary>
    public string? Text(string key, YamlValue node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlText scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidFieldType, At(node), $"'{key}' must be text, not a {KindOf(node)}");
        return null;
    }

    /// <summary>A list of texts: `[a, b]`, a block list, or a single text, which is a list of one
    /// (`tags: EU AI Act` is one tag).</summary>
    public IReadOnlyList<string> TextList(string key, YamlValue node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case YamlText scalar:
                return IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlList sequence:
                var items = new List<string>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlText { Value: var v } s && !IsNull(s))
                    {
                        if (!string.IsNullOrWhiteSpace(v))
                        {
                            items.Add(v.Trim());
                        }
                    }
                    else
                    {
                        _diagnostics.Error(DiagnosticCodes.InvalidFieldType, At(item), $"each item of '{key}' must be text, not a {KindOf(item)}");
                    }
                }

                return items;
            default:
                _diagnostics.Error(DiagnosticCodes.InvalidFieldType, At(node), $"'{key}' must be a list like [a, b] or a single text, not a {KindOf(node)}");
                return [];
        }
    }

    /// <summary>Where the item of a list read by <see cref="TextList"/> that reads
    /// <paramref name="text"/> was written; the list's own place if none does.</summary>
    public SourceLocation ItemAt(YamlValue node, string text)
    {
        ArgumentNullException.ThrowIfNull(node);
        var item = node is YamlList list ? list.Items.FirstOrDefault(i => i is YamlText { Value: var v } && v.Trim() == text) : null;
        return At(item ?? node);
    }

    /// <summary>The entries of a mapping such as `authors:` or `sections:`; anything else is
    /// reported under <paramref name="code"/> with <paramref name="expected"/> (which should show
    /// an example) and reads as no entries.</summary>
    public IReadOnlyList<YamlEntry> Entries(YamlValue node, string code, string expected)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlMap map)
        {
            return map.Entries;
        }

        _diagnostics.Error(code, At(node), expected);
        return [];
    }

    public bool? Boolean(string key, YamlValue node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlText { IsPlain: true, Value: var v })
        {
            switch (v.ToLowerInvariant())
            {
                case "true" or "yes" or "on":
                    return true;
                case "false" or "no" or "off":
                    return false;
            }
        }

        _diagnostics.Error(DiagnosticCodes.InvalidFieldType, At(node), $"'{key}' must be true or false");
        return null;
    }

    public int? WholeNumber(string key, YamlValue node, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlText { Value: var v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidFieldType, At(node), $"'{key}' must be a whole number from {min} to {max}");
        return null;
    }

    /// <summary>Any YAML value as plain .NET data for templates: unquoted true/false become
    /// booleans, unquoted whole numbers become numbers, everything else stays text.</summary>
    public static object? ToData(YamlValue node) => node switch
    {
        YamlText s when IsNull(s) => null,
        YamlText { IsPlain: true, Value: "true" } => true,
        YamlText { IsPlain: true, Value: "false" } => false,
        YamlText { IsPlain: true, Value: var v } when long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        YamlText s => s.Value,
        YamlList seq => seq.Items.Select(ToData).ToList(),
        YamlMap map => map.Entries.ToDictionary(e => e.Key, e => ToData(e.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static bool IsNull(YamlText scalar) =>
        scalar.IsPlain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private static string KindOf(YamlValue node) => node switch
    {
        YamlList => "list",
        YamlMap => "mapping",
        _ => "text",
    };
}
