namespace NewsletterGen.Output;

/// <summary>What a build may do to an output folder that already exists.</summary>
public enum OutputMode
{
    /// <summary>Replace the folder as a whole, only if it is empty or a build made it (it holds
    /// <see cref="OutputMarker.FileName"/>); otherwise refuse, naming what is in it.</summary>
    Replace,

    /// <summary>Replace the folder as a whole whatever it holds (`--clean`). The source folder,
    /// folders holding it and folders inside content/ or templates/ are still refused.</summary>
    Clean,

    /// <summary>Write the site into the folder and keep every file the site does not produce
    /// (`--keep-other-files`): a git checkout's .git/, a CNAME. Only files the build makes are
    /// written, and only files an earlier build made (listed in the marker) are removed.</summary>
    KeepOtherFiles,
}
