namespace NewsletterGen.Content;

/// <summary>Why a path has no real path.</summary>
internal enum RealPathFailure
{
    None,

    /// <summary>A link (or a part of the path) points at nothing.</summary>
    Missing,

    /// <summary>Links lead round in a circle (or more than 40 deep).</summary>
    Loop,

    /// <summary>A folder along the way cannot be searched.</summary>
    Unreadable,
}
