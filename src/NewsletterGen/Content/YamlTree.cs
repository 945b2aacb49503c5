using YamlDotNet.RepresentationModel;

namespace NewsletterGen.Content;

/// <summary>Where a YAML node starts: 1-based line and column within the YAML block.</summary>
public readonly record struct YamlMark(int Line, int Column);

/// <summary>A YAML value as the site reads it: text, a list or a mapping, each with where it
/// starts. Made either by <see cref="PlainYaml"/> (front matter as nearly everyone writes it) or
/// from YamlDotNet's tree (everything else), so the readers in <see cref="YamlValues"/> see the
/// same thing whichever parser read the block.</summary>
public abstract record YamlValue(YamlMark Start);

/// <summary>A scalar. <see cref="IsPlain"/> tells an unquoted `no` (which may be a boolean) from a
/// quoted "no" (always text).</summary>
public sealed record YamlText(string Value, bool IsPlain, YamlMark Start) : YamlValue(Start);

public sealed record YamlList(IReadOnlyList<YamlValue> Items, YamlMark Start) : YamlValue(Start);

/// <summary>A mapping's entries in the order written. Keys that are not text are left out (no
/// field of the site is named by a list).</summary>
public sealed record YamlMap(IReadOnlyList<YamlEntry> Entries, YamlMark Start) : YamlValue(Start);

public sealed record YamlEntry(string Key, YamlMark KeyStart, YamlValue Value);

/// <summary>Turns YamlDotNet's representation model into <see cref="YamlValue"/>s.</summary>
internal static class YamlTree
{
    public static YamlValue From(YamlNode node) => node switch
    {
        YamlScalarNode s => new YamlText(s.Value ?? string.Empty, s.Style == YamlDotNet.Core.ScalarStyle.Plain, MarkOf(s)),
        YamlSequenceNode q => new YamlList(q.Children.Select(From).ToList(), MarkOf(q)),
        YamlMappingNode m => Map(m),
        // Aliases are resolved when the stream loads; nothing else is left.
        _ => new YamlText(string.Empty, true, MarkOf(node)),
    };

    public static YamlMap Map(YamlMappingNode mapping)
    {
        var entries = new List<YamlEntry>(mapping.Children.Count);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar)
            {
                entries.Add(new YamlEntry(name, MarkOf(scalar), From(value)));
            }
        }

        return new YamlMap(entries, MarkOf(mapping));
    }

    public static YamlMark MarkOf(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);
}
