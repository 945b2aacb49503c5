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
    public YamlMappingNode? ParseMapping(string yaml, SourceLocation whole, string what = "front matter")
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
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
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return mapping;
        }

        _diagnostics.Error(DiagnosticCodes.MalformedYaml, At(stream.Documents[0].RootNode.Start),
            $"{what} must be a list of `key: value` lines");
        return null;
    }

    private static string Hint(string message) =>
        message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) || message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase)
            ? " (a value containing ': ' must be quoted, e.g. title: \"Mistral: the story\")"
            : string.Empty;

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

    public SourceLocation At(YamlNode node) => At(node.Start);

    public static IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar)
            {
                yield return (name, scalar, value);
            }
        }
    }

    /// <summary>A scalar as text. Null when the node is empty; an error when it is a list or map.</summary>
    public string? Text(string key, YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidFieldType, At(node), $"'{key}' must be text, not a {KindOf(node)}");
        return null;
    }

    /// <summary>A list of texts: `[a, b]`, a block list, or a single text, which is a list of one
    /// (`tags: EU AI Act` is one tag).</summary>
    public IReadOnlyList<string> TextList(string key, YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case YamlScalarNode scalar:
                return IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value!.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } s && !IsNull(s))
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

    public bool? Boolean(string key, YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } v })
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

    public int? WholeNumber(string key, YamlNode node, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidFieldType, At(node), $"'{key}' must be a whole number from {min} to {max}");
        return null;
    }

    /// <summary>Any YAML value as plain .NET data for templates: unquoted true/false become
    /// booleans, unquoted whole numbers become numbers, everything else stays text.</summary>
    public static object? ToData(YamlNode node) => node switch
    {
        YamlScalarNode s when IsNull(s) => null,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" } => true,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "false" } => false,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: { } v } when long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(ToData).ToList(),
        YamlMappingNode map => Entries(map).ToDictionary(e => e.Key, e => ToData(e.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "text",
    };
}
