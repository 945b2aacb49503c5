using System.Globalization;
using System.Text;

namespace NewsletterGen.Tests.Security;

/// <summary>Random posts for <see cref="FuzzTests"/>: mostly ordinary shapes, mutated, with the
/// shapes attackers and accidents make mixed in.</summary>
internal static class HostileText
{
    private static readonly string[] Words = ["AI", "Mistral", "EU", "act", "café", "naïve", "日本語", "😀", "CON", "nul", ".", "..", "***", ".hidden", "_redirects", "a: b", "#x", "- y", "&a", "*a", "!!str", "%TAG", "`", "|", ">", "\"", "'", "\\", "{", "}", "[", "]", ",", "?", "@", "e\u0301"];

    private static readonly string[] Controls = ["\0", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\ufffe", "\r", "\t", "\v"];

    public static byte[] Post(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(10) == 0)
        {
            text.Append('\uFEFF');
        }

        text.Append("---\n");
        text.Append("title: ").Append(Scalar(random)).Append('\n');
        if (random.Next(4) > 0)
        {
            text.Append("date: ").Append(random.Next(5) == 0 ? Scalar(random) : "2024-05-01").Append('\n');
        }

        foreach (var field in new[] { "tags", "slug", "aliases", "summary", "draft", "authors", "image", "id" })
        {
            if (random.Next(3) == 0)
            {
                text.Append(Yaml(random, field));
            }
        }

        if (random.Next(2) == 0)
        {
            text.Append(Yaml(random, "custom"));
        }

        if (random.Next(12) > 0)
        {
            text.Append("---\n");
        }

        text.Append(Markdown(random));
        var bytes = Encoding.UTF8.GetBytes(Mutate(random, text.ToString()));
        if (random.Next(15) == 0)
        {
            // Not UTF-8 at all, somewhere.
            bytes[random.Next(bytes.Length)] = (byte)(0x80 + random.Next(0x80));
        }

        return bytes;
    }

    /// <summary>A field of front matter or site.yml, in one of many shapes.</summary>
    public static string Yaml(Random random, string key)
    {
        var depth = random.Next(6) == 0 ? random.Next(60, 200_000) : random.Next(1, 8);
        return random.Next(12) switch
        {
            0 => $"{key}: {new string('[', depth)}{(random.Next(2) == 0 ? new string(']', depth) : string.Empty)}\n",
            1 => $"{key}: {new string('{', Math.Min(depth, 50_000))}a: 1\n",
            2 => $"{key}:\n" + string.Join('\n', Enumerable.Range(1, Math.Min(depth, 300)).Select(i => new string(' ', i) + $"k{i}:")) + " v\n",
            3 => $"{key}:\n" + string.Join('\n', Enumerable.Range(0, Math.Min(depth, 300)).Select(i => new string(' ', 2 * i) + "- ")) + "x\n",
            4 => AliasBomb(key, random.Next(1, 13), random.Next(2, 12)),
            5 => $"{key}: &a [1, *a]\n",
            6 => $"{key}: {new string('x', random.Next(10_000, 1_000_000))}\n",
            7 => $"{key}: [{string.Join(", ", Enumerable.Range(0, random.Next(0, 400)).Select(_ => Scalar(random)))}]\n",
            8 => $"{key}:\n\t- {Scalar(random)}\n  - x\n",
            9 => $"{key}: |\n  {Scalar(random)}\n \t{Scalar(random)}\n",
            10 => $"{key}: {Scalar(random)}\n{key}: again\n",
            _ => $"{key}: {Scalar(random)}\n",
        };
    }

    private static string AliasBomb(string key, int levels, int width)
    {
        var text = new StringBuilder($"{key}:\n  a0: &a0 [x, y]\n");
        for (var i = 1; i < levels; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", width))}]\n");
        }

        return text.ToString();
    }

    private static string Scalar(Random random)
    {
        var parts = new StringBuilder();
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            parts.Append(random.Next(6) == 0 ? Controls[random.Next(Controls.Length)] : Words[random.Next(Words.Length)]);
            parts.Append(random.Next(3) == 0 ? string.Empty : " ");
        }

        var text = parts.ToString();
        return random.Next(3) switch
        {
            0 => $"\"{text.Replace("\"", "\\\"", StringComparison.Ordinal)}\"",
            1 => $"'{text}'",
            _ => text,
        };
    }

    private static string Markdown(Random random)
    {
        var text = new StringBuilder();
        var blocks = random.Next(1, 12);
        for (var i = 0; i < blocks; i++)
        {
            var depth = random.Next(8) == 0 ? random.Next(50, 20_000) : random.Next(1, 6);
            text.Append(random.Next(12) switch
            {
                0 => $"{new string('#', random.Next(1, 9))} {Scalar(random)}\n",
                1 => string.Concat(Enumerable.Range(0, Math.Min(depth, 2_000)).Select(d => new string(' ', 2 * d) + "- item\n")),
                2 => new string('>', depth) + " quoted\n",
                3 => new string('*', depth) + "emphasis" + new string('*', depth / 2) + "\n",
                4 => "```" + Scalar(random) + "\nunclosed fence\n",
                5 => new string('[', depth) + "link" + new string(']', depth) + "(/x)\n",
                6 => $"<div>{Scalar(random)}<img src=\"{Scalar(random)}\"></div>\n",
                7 => $"| a | b |\n|---|---|\n| {Scalar(random)} | \t |\n",
                8 => new string('x', random.Next(1_000, 200_000)) + "\n",
                9 => "---\n" + Scalar(random) + "\n---\n",
                10 => $"[a]({Scalar(random)}) ![i](../{Scalar(random)}.png) <https://{Scalar(random)}>\n",
                _ => Scalar(random) + "\n\n",
            });
        }

        return text.ToString();
    }

    /// <summary>A few random edits: a character dropped, doubled or replaced by a control or a tab.</summary>
    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(0, 4);
        for (var i = 0; i < edits && builder.Length > 1; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, builder[at]);
                    break;
                default:
                    builder.Insert(at, Controls[random.Next(Controls.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }
}
