using System.Text;
using Scriban.Runtime;
using NewsletterGen.Performance;

namespace NewsletterGen.Templates;

/// <summary>Where a template writes: one character buffer per rendering thread and use, reused
/// page after page. The layout writes the page into one, encoded straight to the UTF-8 bytes of
/// the file; the page's own template writes its body into another, which the layout copies from
/// (<see cref="LentHtml"/>). Scriban's own output would make each of them a string first (twice
/// the size of the file, copied once more to encode it), ten thousand times in a large build.
///
/// Template.Render returns the output's ToString(), which here is empty on purpose: the page is
/// taken with <see cref="TakeUtf8"/> or <see cref="LendUtf8"/>, the body read with
/// <see cref="Written"/>.</summary>
internal sealed class PageOutput : IScriptOutput
{
    private char[] _buffer = new char[16 * 1024];
    private byte[] _bytes = [];
    private int _length;

    /// <summary>Changes each time the buffer is emptied: what was lent from it is gone.</summary>
    public int Generation { get; private set; }

    /// <summary>What was written since the buffer was last emptied; valid until it is written
    /// to or emptied again.</summary>
    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    public void Write(string text, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(text.AsSpan(offset, count));
    }

    public void Write(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + text.Length));
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
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

        // Not zeroed first: the encoder fills every byte of it at once.
        var bytes = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(text));
        Encoding.UTF8.GetBytes(text, bytes);
        Clear();
        return bytes;
    }

    /// <summary>The page written since the last call, as UTF-8 in a buffer this output keeps and
    /// reuses: valid until the next page is taken. A clean build writes each page to disk at once
    /// and keeps nothing of it, so a new array for each page would only be garbage.</summary>
    public ReadOnlySpan<byte> LendUtf8()
    {
        var text = _buffer.AsSpan(0, _length);
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_bytes.Length < most)
        {
            _bytes = new byte[Math.Max(most, _bytes.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(text, _bytes);
        Clear();
        return _bytes.AsSpan(0, written);
    }

    /// <summary>Empties the buffer, for the next page or after a page that failed.</summary>
    public void Clear()
    {
        _length = 0;
        Generation++;
    }

    public override string ToString() => string.Empty;
}
