using System.Globalization;
using System.Text.Json;
using NewsletterGen.Content;
using NewsletterGen.Diagnostics;
using Tomlyn.Parsing;

namespace NewsletterGen.Import;

/// <summary>Reads a front matter in any of the three formats into <see cref="ImportField"/>s,
/// in the order written. A syntax error is reported at its line and gives null.</summary>
public static class FieldReader
{
    public static IReadOnlyList<ImportField>? Read(SourceSplit split, string file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return split.Format switch
        {
            FrontMatterFormat.Yaml => Yaml(split, file, diagnostics),
            FrontMatterFormat.Toml => Toml(split, file, diagnostics),
            FrontMatterFormat.Json => Json(split, file, diagnostics),
            _ => [],
        };
    }

    private static List<ImportField>? Yaml(SourceSplit split, string file, DiagnosticBag diagnostics)
    {
        var map = new YamlValues(file, split.FirstLine, diagnostics).ParseMapping(split.FrontMatter, SourceLocation.StartOf(file));
        return map?.Entries.Select(e => new ImportField(e.Key, FromYaml(e.Value), split.FirstLine + e.KeyStart.Line - 1)).ToList();
    }

    private static ImportValue FromYaml(YamlValue value) => value switch
    {
        YamlText text => new ImportScalar(text.Value, !text.IsPlain),
        YamlList list => new ImportList(list.Items.Select(FromYaml).ToList()),
        YamlMap map => new ImportMap(map.Entries.Select(e => new ImportField(e.Key, FromYaml(e.Value), 0)).ToList()),
        _ => ImportScalar.Quote(string.Empty),
    };

    /// <summary>TOML through Tomlyn's event parser, which reads without reflection. Tables
    /// (`[params]`) become mappings; dotted keys are nested the same way.</summary>
    private static List<ImportField>? Toml(SourceSplit split, string file, DiagnosticBag diagnostics)
    {
        var root = new List<(string Key, object Value, int Line)>();
        try
        {
            var parser = TomlParser.Create(split.FrontMatter, new TomlParserOptions { Mode = TomlParserMode.Strict });
            var stack = new Stack<object>(); // List<(string, object, int)> for tables, List<object> for arrays
            string? pendingKey = null;
            var pendingLine = 0;
            while (parser.MoveNext())
            {
                var e = parser.Current;
                var line = split.FirstLine + Math.Max(e.Line, 1) - 1;
                switch (e.Kind)
                {
                    case TomlParseEventKind.StartDocument or TomlParseEventKind.EndDocument:
                        break;
                    case TomlParseEventKind.PropertyName:
                        pendingKey = parser.GetPropertyName();
                        pendingLine = line;
                        break;
                    case TomlParseEventKind.StartTable:
                        if (stack.Count == 0 && pendingKey is null)
                        {
                            stack.Push(root);
                            break;
                        }

                        var table = new List<(string, object, int)>();
                        Add(stack, ref pendingKey, pendingLine, table);
                        stack.Push(table);
                        break;
                    case TomlParseEventKind.StartArray:
                        var array = new List<object>();
                        Add(stack, ref pendingKey, pendingLine, array);
                        stack.Push(array);
                        break;
                    case TomlParseEventKind.EndTable or TomlParseEventKind.EndArray:
                        stack.Pop();
                        break;
                    case TomlParseEventKind.String:
                        Add(stack, ref pendingKey, pendingLine, ImportScalar.Quote(parser.GetString() ?? string.Empty));
                        break;
                    case TomlParseEventKind.Boolean:
                        Add(stack, ref pendingKey, pendingLine, new ImportScalar(e.GetBoolean() ? "true" : "false", false));
                        break;
                    case TomlParseEventKind.Integer:
                        Add(stack, ref pendingKey, pendingLine, new ImportScalar(e.GetInt64().ToString(CultureInfo.InvariantCulture), false));
                        break;
                    case TomlParseEventKind.Float:
                        Add(stack, ref pendingKey, pendingLine, new ImportScalar(e.GetDouble().ToString("R", CultureInfo.InvariantCulture), false));
                        break;
                    case TomlParseEventKind.DateTime:
                        Add(stack, ref pendingKey, pendingLine, new ImportScalar(TomlDate(e.GetTomlDateTime()), false));
                        break;
                }
            }
        }
        catch (Tomlyn.TomlException e)
        {
            var line = split.FirstLine + (e.Line ?? 1) - 1;
            diagnostics.Error(DiagnosticCodes.ImportMalformedFrontMatter, new SourceLocation(file, line, e.Column ?? 1),
                $"malformed TOML front matter: {FirstLine(e.Message)}; fix it in the original and import again");
            return null;
        }

        return root.Select(f => new ImportField(f.Key, ToValue(f.Value), f.Line)).ToList();
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static void Add(Stack<object> stack, ref string? key, int line, object value)
    {
        switch (stack.Peek())
        {
            case List<(string, object, int)> table:
                table.Add((key ?? string.Empty, value, line));
                break;
            case List<object> array:
                array.Add(value);
                break;
        }

        key = null;
    }

    private static ImportValue ToValue(object value) => value switch
    {
        ImportValue v => v,
        List<(string Key, object Value, int Line)> table => new ImportMap(table.Select(f => new ImportField(f.Key, ToValue(f.Value), f.Line)).ToList()),
        List<object> array => new ImportList(array.Select(ToValue).ToList()),
        _ => ImportScalar.Quote(string.Empty),
    };

    private static string TomlDate(Tomlyn.TomlDateTime value)
    {
        var d = value.DateTime;
        return value.Kind switch
        {
            Tomlyn.TomlDateTimeKind.LocalDate => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Tomlyn.TomlDateTimeKind.LocalDateTime => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            Tomlyn.TomlDateTimeKind.LocalTime => d.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            Tomlyn.TomlDateTimeKind.OffsetDateTimeByZ => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            _ => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        };
    }

    private static List<ImportField>? Json(SourceSplit split, string file, DiagnosticBag diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(split.FrontMatter, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            // JsonDocument keeps no positions: a field's line is found by its quoted name.
            var lines = split.FrontMatter.Split('\n');
            return document.RootElement.EnumerateObject()
                .Select(p => new ImportField(p.Name, FromJson(p.Value), split.FirstLine + Math.Max(0, Array.FindIndex(lines, l => l.Contains($"\"{p.Name}\"", StringComparison.Ordinal)))))
                .ToList();
        }
        catch (JsonException e)
        {
            diagnostics.Error(DiagnosticCodes.ImportMalformedFrontMatter, new SourceLocation(file, split.FirstLine + (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0) + 1),
                $"malformed JSON front matter: {e.Message}; fix it in the original and import again");
            return null;
        }
    }

    private static ImportValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => ImportScalar.Quote(element.GetString() ?? string.Empty),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => new ImportScalar(element.GetRawText(), false),
        JsonValueKind.Array => new ImportList(element.EnumerateArray().Select(FromJson).ToList()),
        JsonValueKind.Object => new ImportMap(element.EnumerateObject().Select(p => new ImportField(p.Name, FromJson(p.Value), 0)).ToList()),
        _ => new ImportScalar("null", false),
    };
}
