using System.Runtime.InteropServices;

namespace NewsletterGen.Content;

/// <summary>Reads a folder's entries with their types as the kernel reports them (readdir's
/// d_type), on 64-bit Linux. .NET's enumeration knows them too but shows whether an entry is a
/// symbolic link only through its attributes, which cost a stat call per entry, in the
/// single-threaded start of a build, to find the one link among thousands of files.</summary>
internal static partial class NativeDirectory
{
    public const byte Unknown = 0;
    public const byte Folder = 4;
    public const byte File = 8;
    public const byte Link = 10;

    // struct dirent on 64-bit Linux (glibc and musl): d_ino (8 bytes), d_off (8), d_reclen (2),
    // d_type (1), then d_name.
    private const int TypeOffset = 18;
    private const int NameOffset = 19;
    private const int PermissionDenied = 13;
    private const int NoEntry = 2;

    /// <summary>Whether <see cref="Read"/> works here.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Environment.Is64BitProcess && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>The names and types of the folder's entries, "." and ".." left out. Throws
    /// <see cref="UnauthorizedAccessException"/> or <see cref="IOException"/> as .NET would.</summary>
    public static List<(string Name, byte Type)> Read(string path)
    {
        var folder = OpenDirectory(path);
        if (folder == 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno switch
            {
                PermissionDenied => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
                NoEntry => new DirectoryNotFoundException($"Could not find a part of the path '{path}'."),
                _ => new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'", errno),
            };
        }

        var entries = new List<(string Name, byte Type)>();
        try
        {
            while (true)
            {
                var entry = ReadDirectory(folder);
                if (entry == 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    if (errno != 0)
                    {
                        throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'", errno);
                    }

                    return entries;
                }

                var name = Marshal.PtrToStringUTF8(entry + NameOffset)!;
                if (name is not ("." or ".."))
                {
                    entries.Add((name, Marshal.ReadByte(entry, TypeOffset)));
                }
            }
        }
        finally
        {
            _ = CloseDirectory(folder);
        }
    }

    [LibraryImport("libc", EntryPoint = "opendir", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial nint OpenDirectory(string path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial nint ReadDirectory(nint folder);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDirectory(nint folder);
}
