namespace NewsletterGen.Tests.Security;

/// <summary>Tests that measure the process's own CPU time, which other tests running beside
/// them in the same process would inflate: xunit runs this collection after all others, alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Alone in the process";
}
