using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsletterGen.Content;

/// <summary>What <see cref="YamlBounds.Check"/> found wrong: where, which code and what to say.</summary>
public sealed record YamlBoundsProblem(Mark Start, string Code, string Message);

/// <summary>Walks a YAML block's parse events, without building a tree, and refuses the shapes
/// that would make reading it unbounded: nesting deeper than <see cref="MaxDepth"/> (YamlDotNet
/// builds its tree recursively, and a stack overflow cannot be caught: it ends the process, and
/// `serve` with it) and aliases that expand to more than <see cref="MaxAliasNodes"/> nodes (ten
/// nested lists of ten aliases are ten billion nodes once copied). YamlDotNet's parser is a state
/// machine, so this walk itself is safe on any text; syntax errors surface here as the
/// <see cref="YamlException"/> the full load would throw.</summary>
public static class YamlBounds
{
    /// <summary>Lists and mappings inside one another; front matter uses two or three.</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes that aliases may add to a block, all aliases together.</summary>
    public const int MaxAliasNodes = 10_000;

    public static YamlBoundsProblem? Check(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var parser = new Parser(new StringReader(yaml));

        // For each open list or mapping: its anchor and the nodes it holds, aliases expanded.
        var open = new Stack<(string Anchor, long Nodes)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long added = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    Complete(scalar.Anchor, 1);
                    break;
                case NodeEvent collection and (SequenceStart or MappingStart):
                    if (open.Count >= MaxDepth)
                    {
                        return new YamlBoundsProblem(collection.Start, Diagnostics.DiagnosticCodes.YamlTooDeep,
                            $"YAML nested more than {MaxDepth} levels deep; lists and mappings this deep are refused: flatten the value");
                    }

                    open.Push((collection.Anchor.IsEmpty ? string.Empty : collection.Anchor.Value, 1));
                    break;
                case SequenceEnd or MappingEnd:
                    var (anchor, nodes) = open.Pop();
                    Complete(anchor.Length == 0 ? AnchorName.Empty : new AnchorName(anchor), nodes);
                    break;
                case AnchorAlias alias:
                    if (open.Any(o => o.Anchor == alias.Value.Value) || !sizes.TryGetValue(alias.Value.Value, out var size))
                    {
                        // YAML names an anchor before its aliases; one still open would make the
                        // value contain itself, a cycle no reader can copy.
                        return new YamlBoundsProblem(alias.Start, Diagnostics.DiagnosticCodes.YamlAliasExpansion,
                            $"alias '*{alias.Value.Value}' refers to no anchor written before it, or to the value that contains it; write the value out instead");
                    }

                    added += size;
                    if (added > MaxAliasNodes)
                    {
                        return new YamlBoundsProblem(alias.Start, Diagnostics.DiagnosticCodes.YamlAliasExpansion,
                            $"aliases here expand to more than {MaxAliasNodes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} values; write the value out, or use fewer nested aliases");
                    }

                    Add(size);
                    break;
                case DocumentEnd:
                    // Front matter is one document; anchors do not carry over to another.
                    sizes.Clear();
                    break;
            }
        }

        return null;

        void Complete(AnchorName anchor, long nodes)
        {
            if (!anchor.IsEmpty)
            {
                // An anchor written twice: count the larger, whichever one the loader keeps.
                sizes[anchor.Value] = Math.Max(nodes, sizes.GetValueOrDefault(anchor.Value));
            }

            Add(nodes);
        }

        void Add(long nodes)
        {
            if (open.Count > 0)
            {
                var (anchor, count) = open.Pop();
                open.Push((anchor, Math.Min(count + nodes, long.MaxValue / 4)));
            }
        }
    }
}
