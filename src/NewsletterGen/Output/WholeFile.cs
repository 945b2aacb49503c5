namespace NewsletterGen.Output;

/// <summary>Writes a whole file in one call. File.WriteAllBytes asks the file system to reserve
/// the file's size first (ftruncate): with the open, .NET's checks and lock, the write and the
/// close, eight system calls for a page. Here five: open, fstat and lseek (.NET's checks of the
/// handle), write, close, once the command-line tool has turned .NET's emulated file locking
/// (fstatfs, flock) off. A build writes a file per post and more.</summary>
internal static class WholeFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }
}
