using System.Text;
using Scriban.Runtime;

namespace NewsletterGen.Templates;

/// <summary>Where the layout writes a page: one character buffer per rendering thread, reused
/// page after page, and encoded straight to the UTF-8 bytes of the file. Scriban's own output
/// would make each page a string first (twice the size of the file, copied once more to encode
/// it), ten thousand times in a large build.
///
/// Template.Render returns the output's ToString(), which here is empty on purpose: the page is
/// taken with <see cref="TakeUtf8"/>.</summary>
internal sealed class PageOutput : IScriptOutput
{
    private char[] _buffer = new char[16 * 1024];
    private byte[] _bytes = [];
    private int _length;

    public void Write(string text, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        text.CopyTo(offset, _buffer, _length, count);
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The page written since the last call (or <see cref="Clear"/>), as UTF-8; the
    /// buffer is then empty for the next page.</summary>
    public byte[] TakeUtf8()
    {
        var text = _buffer.AsSpan(0, _length);
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        _length = 0;
        return bytes;
    }

    /// <summary>The page written since the last call, as UTF-8 in a buffer this output keeps and
    /// reuses: valid until the next page is written. A clean build writes each page to disk at
    /// once and keeps nothing of it, so a new array per page (60 MB at 10,000 posts, a sixth
    /// of what rendering the pages allocates) bought nothing but garbage collections.</summary>
    public ReadOnlySpan<byte> LendUtf8()
    {
        var text = _buffer.AsSpan(0, _length);
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_bytes.Length < most)
        {
            _bytes = new byte[Math.Max(most, _bytes.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(text, _bytes);
        _length = 0;
        return _bytes.AsSpan(0, written);
    }

    /// <summary>Forgets what a page that failed wrote.</summary>
    public void Clear() => _length = 0;

    public override string ToString() => string.Empty;
}
