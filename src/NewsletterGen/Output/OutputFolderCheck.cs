using NewsletterGen.Diagnostics;

namespace NewsletterGen.Output;

/// <summary>Decides whether a build may write into its output folder, before it starts and once it
/// knows its files. Never the sources: not a file system's root, not the source folder or a folder
/// holding it, not inside content/ or templates/. Never someone's files: an existing folder is
/// replaced only when it is empty or holds the marker a build wrote (<see cref="OutputMarker"/>),
/// or with --clean. A folder that an earlier version built (index.html, no marker) is replaced only
/// when every file in it is one this build writes again, so nothing is lost. With
/// --keep-other-files nothing but the build's own files is touched, and a file or folder of
/// someone else's where the site needs the other is an error.</summary>
public sealed class OutputFolderCheck
{
    private const int ShownEntries = 5;

    private readonly string _output;
    private readonly OutputMode _mode;
    private readonly Diagnostic? _refusal;
    private readonly bool _builtByEarlierVersion;

    private OutputFolderCheck(string output, OutputMode mode, Diagnostic? refusal, bool builtByEarlierVersion)
    {
        _output = output;
        _mode = mode;
        _refusal = refusal;
        _builtByEarlierVersion = builtByEarlierVersion;
    }

    /// <summary>Whether the folder is refused whatever the build makes: nothing is to be written.</summary>
    public bool IsRefused => _refusal is not null;

    /// <summary>The checks that need no list of the build's files.</summary>
    public static OutputFolderCheck Run(string sourceDirectory, string outputDirectory, OutputMode mode)
    {
        var source = OutputWriter.Full(sourceDirectory);
        var output = OutputWriter.Full(outputDirectory);
        OutputFolderCheck Refuse(string code, string message) =>
            new(output, mode, new Diagnostic(Severity.Error, code, SourceLocation.StartOf(output), message), false);

        if (Path.GetPathRoot(output) == output)
        {
            return Refuse(DiagnosticCodes.UnsafeOutput, $"the output folder {output} is the root of a file system");
        }

        if (IsSameOrInside(source, output))
        {
            return Refuse(DiagnosticCodes.UnsafeOutput, $"the output folder {output} holds the source folder; building would replace the sources");
        }

        foreach (var folder in new[] { "content", "templates" })
        {
            if (IsSameOrInside(output, Path.Combine(source, folder)))
            {
                return Refuse(DiagnosticCodes.UnsafeOutput, $"the output folder {output} is inside {folder}/; choose a folder such as _site");
            }
        }

        if (File.Exists(output))
        {
            return Refuse(DiagnosticCodes.OutputPathBlocked, $"the output {output} is a file, not a folder; choose another --output");
        }

        if (!Directory.Exists(output) || mode is OutputMode.KeepOtherFiles or OutputMode.Clean || OutputMarker.IsIn(output))
        {
            return new(output, mode, null, false);
        }

        var entries = TopEntries(output);
        if (entries.Count == 0)
        {
            return new(output, mode, null, false);
        }

        if (File.Exists(Path.Combine(output, "index.html")) || File.Exists(Path.Combine(output, "404.html")))
        {
            // Perhaps an earlier version's build: judged once the build's files are known.
            return new(output, mode, null, true);
        }

        return Refuse(DiagnosticCodes.OutputNotMadeByBuild,
            $"the output folder {output} holds files NewsletterGen did not make ({Shown(entries)}) and no {OutputMarker.FileName}; it will not be replaced. "
            + "Build into another folder with --output, or pass --clean to replace it (deleting those files), or --keep-other-files to write the site into it and keep them");
    }

    /// <summary>Adds the refusal, if any, to <paramref name="diagnostics"/>, now that the build's
    /// <paramref name="files"/> are known.</summary>
    public void Report(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_refusal is not null)
        {
            diagnostics.Add(_refusal);
        }
        else if (_builtByEarlierVersion)
        {
            ReportFilesNotRemade(files, diagnostics);
        }
        else if (_mode == OutputMode.KeepOtherFiles && Directory.Exists(_output))
        {
            ReportBlockedPaths(files, diagnostics);
        }
    }

    private void ReportFilesNotRemade(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var made = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var others = Directory.EnumerateFiles(_output, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
            .Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/'))
            .Where(p => !made.Contains(p))
            .Select(p => p.Contains('/', StringComparison.Ordinal) ? p[..(p.IndexOf('/', StringComparison.Ordinal) + 1)] : p)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (others.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.OutputNotMadeByBuild, SourceLocation.StartOf(_output),
                $"the output folder {_output} looks like a site an earlier version of NewsletterGen built (index.html, but no {OutputMarker.FileName}), "
                + $"but it also holds files this build does not make ({Shown(others)}); it will not be replaced. "
                + "If they can go, pass --clean once (later builds recognise the folder); to keep them, pass --keep-other-files; or build into another folder with --output");
        }
    }

    private void ReportBlockedPaths(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var ours = OutputMarker.Read(_output) ?? new HashSet<string>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var blocked = new List<string>();
        foreach (var file in files)
        {
            if (OutputWriter.Resolve(_output, file.Path) is not { } full)
            {
                continue;
            }

            if (Directory.Exists(full))
            {
                blocked.Add($"{file.Path}/ is a folder where the site writes a file");
            }

            for (var slash = file.Path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
            {
                var folder = file.Path[..slash];
                if (folders.Add(folder) && !ours.Contains(folder) && File.Exists(Path.Combine(_output, folder)))
                {
                    blocked.Add($"{folder} is a file where the site needs a folder");
                }
            }
        }

        foreach (var reason in blocked.Order(StringComparer.Ordinal).Take(ShownEntries))
        {
            diagnostics.Error(DiagnosticCodes.OutputPathBlocked, SourceLocation.StartOf(_output),
                $"in the output folder {_output}, {reason}; move it away, or build into another folder with --output");
        }
    }

    /// <summary>The folder's own entries, folders with a trailing slash, in ordinal order.</summary>
    private static List<string> TopEntries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder)
            .Select(e => Path.GetFileName(e) + (Directory.Exists(e) && new DirectoryInfo(e).LinkTarget is null ? "/" : string.Empty))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Shown(List<string> entries) =>
        string.Join(", ", entries.Take(ShownEntries)) + (entries.Count > ShownEntries ? $" and {entries.Count - ShownEntries} more" : string.Empty);

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
