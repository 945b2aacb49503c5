using System.Collections.Concurrent;

namespace NewsletterGen.Output;

/// <summary>Changes files of a folder that is being served (the preview's) as one step as far as
/// a failure goes: every file is first written to a temporary name beside its target
/// (<see cref="Stage"/>, from several threads); only when all were written are they renamed over
/// the old ones (<see cref="Commit"/>). A write that fails (a full disk) leaves every old file as
/// it was and no temporary file (<see cref="Abort"/>), so the folder never holds half of one
/// build and half of another.</summary>
internal sealed class InPlaceWrite
{
    private readonly string _root;
    private readonly ConcurrentBag<(string Temporary, string Target)> _staged = [];

    public InPlaceWrite(string root) => _root = root;

    /// <summary>Writes <paramref name="file"/>'s content to a temporary name beside <paramref name="target"/>.
    /// Throws <see cref="OutputWriteException"/>.</summary>
    public void Stage(string target, OutputFile file)
    {
        var folder = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        OutputWriteException.Guard(OutputActions.Write, target, () =>
        {
            Directory.CreateDirectory(folder);
            try
            {
                if (file.Bytes is not null)
                {
                    WholeFile.Write(temporary, file.Bytes);
                }
                else
                {
                    File.Copy(file.CopyFrom!, temporary);
                }
            }
            catch
            {
                File.Delete(temporary);
                OutputWriter.RemoveEmptyFolders(folder, _root);
                throw;
            }
        });
        _staged.Add((temporary, target));
    }

    /// <summary>Renames every staged file over its target.</summary>
    public void Commit()
    {
        foreach (var (temporary, target) in _staged.OrderBy(s => s.Target, StringComparer.Ordinal))
        {
            OutputWriteException.Guard(OutputActions.Write, target, () => File.Move(temporary, target, overwrite: true));
        }

        _staged.Clear();
    }

    /// <summary>Deletes every staged file, and the folders made for them that are left empty.</summary>
    public void Abort()
    {
        foreach (var (temporary, _) in _staged)
        {
            try
            {
                File.Delete(temporary);
                OutputWriter.RemoveEmptyFolders(Path.GetDirectoryName(temporary)!, _root);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The next build writes the whole folder again: a leftover hidden file is harmless.
            }
        }

        _staged.Clear();
    }
}
