using System.Buffers.Binary;

namespace NewsletterGen.BrowserTests.Infrastructure;

/// <summary>Just enough of PNG to check a screenshot: the signature and the IHDR size.</summary>
public static class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) ReadSize(string file)
    {
        Span<byte> head = stackalloc byte[24];
        using (var stream = File.OpenRead(file))
        {
            stream.ReadExactly(head);
        }

        if (!head[..8].SequenceEqual(Signature) || !head[12..16].SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException($"{file} is not a PNG.");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(head[16..20]), BinaryPrimitives.ReadInt32BigEndian(head[20..24]));
    }
}
