namespace NewsletterGen.Incremental;

/// <summary>An entry's card key (<see cref="CardKeys"/>), the body members it was made with, and
/// its version, which stays the same while the key does.</summary>
internal sealed record Card(UInt128 Key, string BodyMembers, long Version);
