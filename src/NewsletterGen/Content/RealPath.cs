using System.Runtime.InteropServices;

namespace NewsletterGen.Content;

/// <summary>A path with every symbolic link along it resolved, as realpath(3) makes it: what a
/// link in the source folders really points at, judged against the folder's own real path.</summary>
internal static partial class RealPath
{
    private const int NoEntry = 2;
    private const int TooManyLinks = 40;
    private const int TooManyLinksMac = 62;

    /// <summary>The resolved path, or the reason there is none.</summary>
    public static (string? Path, RealPathFailure Failure) Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Managed(path);
        }

        nint resolved;
        try
        {
            resolved = Resolve(path, 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Managed(path);
        }

        if (resolved == 0)
        {
            return (null, Marshal.GetLastPInvokeError() switch
            {
                NoEntry => RealPathFailure.Missing,
                TooManyLinks or TooManyLinksMac => RealPathFailure.Loop,
                _ => RealPathFailure.Unreadable,
            });
        }

        try
        {
            return (Marshal.PtrToStringUTF8(resolved), RealPathFailure.None);
        }
        finally
        {
            Free(resolved);
        }
    }

    private static (string? Path, RealPathFailure Failure) Managed(string path)
    {
        try
        {
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            var full = Path.GetFullPath(target?.FullName ?? path);
            return Path.Exists(full) ? (full, RealPathFailure.None) : (null, RealPathFailure.Missing);
        }
        catch (IOException)
        {
            return (null, RealPathFailure.Loop);
        }
        catch (UnauthorizedAccessException)
        {
            return (null, RealPathFailure.Unreadable);
        }
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial nint Resolve(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(nint pointer);
}
