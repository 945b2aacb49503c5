using NewsletterGen.Content;
using NewsletterGen.Diagnostics;

namespace NewsletterGen.Checks;

/// <summary>The texts of the theme's files, read once when a finding of the origin check came from
/// no post: the file and line of the template that wrote it.</summary>
internal sealed class TemplateTexts(string sourceDirectory)
{
    private readonly List<(string Path, string[] Lines)> _files = Read(sourceDirectory);

    public SourceLocation Locate(string text)
    {
        foreach (var (path, lines) in _files)
        {
            if (OriginCheck.Find(lines, text) is { } at)
            {
                return new SourceLocation(path, at.Line, at.Column);
            }
        }

        return SourceLocation.StartOf(ContentLoader.TemplatesFolder);
    }

    private static List<(string Path, string[] Lines)> Read(string sourceDirectory)
    {
        var folder = Path.Combine(sourceDirectory, ContentLoader.TemplatesFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: ContentLoader.Relative(sourceDirectory, f), Full: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => (f.Path, File.ReadAllLines(f.Full)))
            .ToList();
    }
}
