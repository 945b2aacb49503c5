using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsletterGen.Content;

/// <summary>A YAML block read past a bound: where, and which diagnostic code.</summary>
public sealed class YamlBoundsException(Mark start, string code, string message) : YamlException(start, start, message)
{
    public string Code { get; } = code;
}

/// <summary>YamlDotNet's parser, watched event by event as the loader pulls them, refusing the
/// shapes that would make reading a block unbounded: nesting deeper than <see cref="MaxDepth"/>
/// (the loader builds its tree recursively, and a stack overflow cannot be caught: it ends the
/// process, and `serve` with it) and aliases that expand to more than <see cref="MaxAliasNodes"/>
/// values (ten nested lists of ten aliases are ten billion values once copied). The parser itself
/// is a state machine, safe at any depth; the loader's recursion never goes deeper than the
/// events seen so far, so the refusal comes before the stack is in danger.</summary>
public sealed class YamlBounds(IParser inner) : IParser
{
    /// <summary>Lists and mappings inside one another, the block's own mapping included;
    /// front matter uses two or three.</summary>
    public const int MaxDepth = 64;

    /// <summary>Values that aliases may add to a block, all aliases together.</summary>
    public const int MaxAliasNodes = 10_000;

    // For each open list or mapping: its anchor and the values it holds, aliases expanded.
    private readonly Stack<(string Anchor, long Nodes)> _open = new();
    private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private long _added;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case Scalar scalar:
                Complete(scalar.Anchor, 1);
                break;
            case NodeEvent collection and (SequenceStart or MappingStart):
                if (_open.Count >= MaxDepth)
                {
                    throw new YamlBoundsException(collection.Start, Diagnostics.DiagnosticCodes.YamlTooDeep,
                        $"YAML nested more than {MaxDepth} levels deep; lists and mappings this deep are refused: flatten the value");
                }

                _open.Push((collection.Anchor.IsEmpty ? string.Empty : collection.Anchor.Value, 1));
                break;
            case SequenceEnd or MappingEnd:
                var (anchor, nodes) = _open.Pop();
                Complete(anchor.Length == 0 ? AnchorName.Empty : new AnchorName(anchor), nodes);
                break;
            case AnchorAlias alias:
                Expand(alias);
                break;
            case DocumentEnd:
                // Anchors do not carry over from one document to the next.
                _sizes.Clear();
                break;
        }

        return true;
    }

    private void Expand(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.Any(o => o.Anchor == name) || !_sizes.TryGetValue(name, out var size))
        {
            // YAML names an anchor before its aliases; one still open would make the value
            // contain itself, a cycle no reader can copy.
            throw new YamlBoundsException(alias.Start, Diagnostics.DiagnosticCodes.YamlAliasExpansion,
                $"alias '*{name}' refers to no anchor written before it, or to the value that contains it; write the value out instead");
        }

        _added += size;
        if (_added > MaxAliasNodes)
        {
            throw new YamlBoundsException(alias.Start, Diagnostics.DiagnosticCodes.YamlAliasExpansion,
                $"aliases here expand to more than {MaxAliasNodes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} values; write the value out, or use fewer nested aliases");
        }

        Add(size);
    }

    private void Complete(AnchorName anchor, long nodes)
    {
        if (!anchor.IsEmpty)
        {
            // An anchor written twice: count the larger, whichever one the loader keeps.
            _sizes[anchor.Value] = Math.Max(nodes, _sizes.GetValueOrDefault(anchor.Value));
        }

        Add(nodes);
    }

    private void Add(long nodes)
    {
        if (_open.Count > 0)
        {
            var (anchor, count) = _open.Pop();
            _open.Push((anchor, Math.Min(count + nodes, long.MaxValue / 4)));
        }
    }
}
