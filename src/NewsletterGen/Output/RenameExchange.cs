using System.Runtime.InteropServices;

namespace NewsletterGen.Output;

/// <summary>Swaps two folders' names in one step with Linux's renameat2(RENAME_EXCHANGE): at no
/// instant is either name missing, so a build killed while it puts its new site in place leaves
/// an output folder, old or new. .NET has no API for it, hence libc.</summary>
internal static partial class RenameExchange
{
    private const int AtCurrentDirectory = -100;
    private const uint Exchange = 2;

    /// <summary>Exchanges <paramref name="first"/> and <paramref name="second"/>; false when this
    /// system or file system cannot (not Linux, a kernel or libc without renameat2, a file system
    /// without exchange, a sandbox that forbids it), and then nothing happened.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            // Whatever the error (ENOSYS, EINVAL for a file system without exchange, EPERM from a
            // sandbox), nothing was renamed: the caller falls back to two renames, whose own
            // failure, if the cause is real, says what it is.
            return RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, Exchange) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
