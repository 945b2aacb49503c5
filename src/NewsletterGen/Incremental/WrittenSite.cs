using NewsletterGen.Output;

namespace NewsletterGen.Incremental;

/// <summary>The output folder as the last build left it: which file objects it holds, by path.</summary>
internal sealed record WrittenSite(string Directory, IReadOnlyDictionary<string, OutputFile> Files);
