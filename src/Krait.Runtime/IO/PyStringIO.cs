using System.Text;

namespace Krait.Runtime;

/// <summary>_io.StringIO: an in-memory text stream (Modules/_io/stringio.c). Text is kept as UTF-16; positions are
/// code points, equal to char indexes while no surrogate has been written.</summary>
public sealed partial class PyStringIO : PyIOBase
{
    public static readonly PyType StringIOType = PyType.NewBuiltin("_io.StringIO", TextIOBaseType, TypeFlags.BaseType, InitType);

    private StringBuilder? _sb = new();
    private int _pos; // in code points
    private bool _allBmp = true;
    private int _written; // writes since the builder was last made one chunk
    private bool _ok;
    private string? _readnl, _writenl;
    private bool _readuniversal, _readtranslate;
    private PyIncrementalNewlineDecoder? _decoder;

    public PyStringIO(PyType type) : base(type) { }

    internal override bool HasNativeClosed => !Type.IsHeapType;
    internal override bool NativeClosed => _sb is null;

    private void CheckInit()
    {
        if (!_ok) throw PyErr.ValueError("I/O operation on uninitialized object");
    }

    private void CheckClosed()
    {
        CheckInit();
        if (_sb is null) throw PyErr.ValueError("I/O operation on closed file");
    }

    private int CpLength => _allBmp ? _sb!.Length : CountCp(_sb!.ToString());

    private static int CountCp(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    /// <summary>The char index of code point <paramref name="cp"/> (clamped to the end).</summary>
    private int CharIndex(int cp)
    {
        if (_allBmp) return Math.Min(cp, _sb!.Length);
        string s = _sb!.ToString();
        int i = 0;
        for (int n = 0; n < cp && i < s.Length; n++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }

    /// <summary>write_str: newline decoding/translation, then the text at the position (padding with NULs).</summary>
    private void WriteStr(string text)
    {
        if (_decoder is not null) text = _decoder.DecodeText(text, true);
        if (_writenl is not null) text = text.Replace("\n", _writenl);
        if (text.Length == 0) return;
        if (_allBmp && Utf8Codec.HasSurrogates(text)) _allBmp = false;
        int len = CpLength;
        if (_pos > len) _sb!.Append('\0', _pos - len);
        int at = CharIndex(_pos);
        int overwrite = Math.Min(_sb!.Length - at, CharCount(at, CountCp(text)));
        if (overwrite > 0) _sb.Remove(at, overwrite);
        _sb.Insert(at, text);
        _written++;
        _pos += CountCp(text);
    }

    /// <summary>The number of chars spanned by <paramref name="cps"/> code points from char index <paramref name="at"/>.</summary>
    private int CharCount(int at, int cps)
    {
        if (_allBmp) return cps;
        int i = at;
        for (int n = 0; n < cps && i < _sb!.Length; n++)
            i += char.IsHighSurrogate(_sb[i]) && i + 1 < _sb.Length && char.IsLowSurrogate(_sb[i + 1]) ? 2 : 1;
        return i - at;
    }

    private string Read(long n)
    {
        CheckClosed();
        int len = CpLength;
        if (_pos >= len) return "";
        long avail = len - _pos;
        if (n < 0 || n > avail) n = avail;
        int a = CharIndex(_pos);
        int b = _allBmp ? a + (int)n : a + CharCount(a, (int)n);
        _pos += (int)n;
        return _sb!.ToString(a, b - a);
    }

    private string ReadLine(long limit)
    {
        CheckClosed();
        int len = CpLength;
        if (_pos >= len) return "";
        int a = CharIndex(_pos);
        string nl = _readtranslate ? "\n" : _readuniversal ? "" : _readnl!;
        // Many writes leave the builder in many chunks, and every indexed copy walks them: make it one chunk
        // before reading lines (CPython likewise realizes its accumulated writes on the first read).
        if (_written > 64) { _sb = new StringBuilder(_sb!.ToString()); _written = 0; }
        // Look at a growing window, not the whole rest: copying the rest for every line made iterating a
        // StringIO quadratic.
        int avail = _sb!.Length - a, window = Math.Min(avail, 256);
        string rest;
        int end;
        while (true)
        {
            rest = _sb.ToString(a, window);
            bool final = window == avail;
            end = TextLines.FindLineEnd(rest, 0, nl, final, out bool needMore);
            if (final || (end >= 0 && !needMore)) break;
            window = (int)Math.Min(avail, window * 2L);
        }
        if (end < 0) end = rest.Length;
        string line = rest[..end];
        if (limit >= 0 && CountCp(line) > limit) line = new PyStr(line).SubstringCp(0, (int)limit);
        _pos += CountCp(line);
        return line;
    }

    private void Initialize(PyObject? value, PyObject? newlineObj)
    {
        string? newline = "\n";
        if (newlineObj is not null)
        {
            if (newlineObj is PyNone) newline = null;
            else if (newlineObj is PyStr ns) newline = ns.Value;
            else throw PyErr.TypeError($"newline must be str or None, not {newlineObj.Type.Name}");
        }
        if (newline is not null and not ("" or "\n" or "\r" or "\r\n"))
            throw PyErr.ValueError($"illegal newline value: {Ops.Repr(newlineObj!).Value}");
        if (value is not null && value is not PyNone && value is not PyStr)
            throw PyErr.TypeError($"initial_value must be str or None, not {value.Type.Name}");
        _ok = false;
        _readnl = newline;
        _readuniversal = newline is null or "";
        _readtranslate = newline is null;
        _writenl = newline is not null && newline.Length > 0 && newline[0] == '\r' ? newline : null;
        _decoder = _readuniversal ? new PyIncrementalNewlineDecoder(null, _readtranslate) : null;
        _sb = new StringBuilder();
        _allBmp = true;
        _pos = 0;
        _ok = true;
        if (value is PyStr s && s.Value.Length > 0)
        {
            WriteStr(s.Value);
            _pos = 0;
        }
    }
}
