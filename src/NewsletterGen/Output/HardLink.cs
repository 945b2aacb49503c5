using System.Runtime.InteropServices;

namespace NewsletterGen.Output;

/// <summary>Creates a hard link: a second name for an unchanged file of the previous build, so
/// the new output holds it without writing its bytes again and its mtime stays (rsync and CDN
/// deploys then move only what changed). .NET has no API for it, hence libc's link(2).</summary>
internal static partial class HardLink
{
    public static bool TryCreate(string existingFile, string newLink)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return false;
        }

        try
        {
            return Link(existingFile, newLink) == 0;
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

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string oldPath, string newPath);
}
