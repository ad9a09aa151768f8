using System.Text;

namespace Krait.Runtime;

/// <summary>printf-style formatting, <c>str % args</c> (Objects/unicodeobject.c PyUnicode_Format). A ref struct on the
/// caller's stack: a format costs no object of its own, only its result (and the argument conversions that can't
/// be written straight into the builder).</summary>
internal ref partial struct PercentFormat
{
    private const int LJust = 1, SignFlag = 2, Blank = 4, Alt = 8, Zero = 16;

    private readonly PyStr _fmt;
    // The format's storage and length, read once: the format is walked a code point at a time, and each
    // PyStr.Length / CodePointAt call re-tested the storage (a fifth of a short format's cost).
    private readonly string _fs;
    private readonly int _len;
    private readonly bool _bmp;
    private readonly PyObject? _dict;
    private readonly bool _bytes; // bytes % args (PercentFormat.Bytes.cs)
    private PyObject _args;
    private long _argLen, _argIdx;
    private int _pos;
    private readonly StringBuilder _out;
    // The code point just read by Read, and whether there was one.
    private int _ch;
    private bool _have;

    private PercentFormat(PyStr fmt, PyObject args, bool bytesMode = false)
    {
        _out = BuilderCache.Acquire();
        _pos = 0;
        _ch = 0;
        _have = false;
        _bytes = bytesMode;
        _fmt = fmt;
        _fs = fmt.Value;
        _bmp = fmt.IsAllBmp;
        _len = _bmp ? _fs.Length : fmt.Length;
        _args = args;
        if (args is PyTuple t) { _argLen = t.Count; _argIdx = 0; }
        else { _argLen = -1; _argIdx = -2; }
        _dict = args.Type.GetItem is not null && args is not PyTuple && (bytesMode ? args is not (PyBytes or PyStr or PyByteArray) : args is not PyStr) ? args : null;
    }

    /// <summary>The str slot for %: NotImplemented unless the left operand is a str.</summary>
    public static PyObject Remainder(PyObject a, PyObject b) =>
        a is PyStr s ? Format(s, b) : PyNotImplemented.Instance;

    public static PyStr Format(PyStr fmt, PyObject args)
    {
        var p = new PercentFormat(fmt, args);
        p.Run();
        return new PyStr(BuilderCache.ToStringAndRelease(p._out));
    }

    private int Length => _len;
    private int At(int i) => i < _len ? (_bmp ? _fs[i] : _fmt.CodePointAt(i)) : 0;

    private void Run()
    {
        int n = Length;
        while (_pos < n)
        {
            if (At(_pos) != '%')
            {
                int start = _pos;
                while (_pos < n && At(_pos) != '%') _pos++;
                if (_bmp) _out.Append(_fs, start, _pos - start);
                else _out.Append(_fmt.SubstringCp(start, _pos));
                continue;
            }
            _pos++;
            FormatOne();
        }
        if (_argIdx < _argLen && _dict is null)
            throw PyErr.TypeError($"not all arguments converted during {(_bytes ? "bytes" : "string")} formatting");
    }

    private PyObject NextArg()
    {
        if (_argIdx < _argLen)
        {
            long i = _argIdx++;
            return _argLen < 0 ? _args : ((PyTuple)_args)[(int)i];
        }
        throw PyErr.TypeError("not enough arguments for format string");
    }

    /// <summary>One conversion, after its '%'.</summary>
    private void FormatOne()
    {
        int n = Length;
        if (_pos < n && At(_pos) == '%') { _pos++; _out.Append('%'); return; }
        int flags = 0;
        long width = -1;
        int prec = -1;
        // Mapping key: %(name)s
        if (_pos < n && At(_pos) == '(')
        {
            if (_dict is null) throw PyErr.TypeError("format requires a mapping");
            _pos++;
            int keyStart = _pos, depth = 1;
            while (_pos < n && depth > 0)
            {
                int c = At(_pos++);
                if (c == ')') depth--;
                else if (c == '(') depth++;
            }
            if (depth > 0) throw PyErr.ValueError("incomplete format key");
            PyObject key = _bytes ? new PyBytes(System.Text.Encoding.Latin1.GetBytes(_fmt.SubstringCp(keyStart, _pos - 1)))
                : new PyStr(_fmt.SubstringCp(keyStart, _pos - 1));
            _args = Ops.GetItem(_dict, key);
            _argLen = -1;
            _argIdx = -2;
        }
        while (Read())
        {
            int f = _ch switch { '-' => LJust, '+' => SignFlag, ' ' => Blank, '#' => Alt, '0' => Zero, _ => 0 };
            if (f == 0) break;
            flags |= f;
        }
        if (_have && _ch == '*')
        {
            var v = StarArg();
            if (v.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            width = v.Small;
            if (width < 0) { flags |= LJust; width = -width; }
        }
        else if (_have && _ch is >= '0' and <= '9') width = ReadDigits(long.MaxValue, "width too big");
        if (_have && _ch == '.')
        {
            prec = 0;
            Read();
            if (_have && _ch == '*')
            {
                var v = StarArg();
                if (v.IsBig || v.Small > int.MaxValue || v.Small < int.MinValue)
                    throw PyErr.OverflowError("Python int too large to convert to C int");
                prec = Math.Max(0, (int)v.Small);
            }
            else if (_have && _ch is >= '0' and <= '9') prec = (int)ReadDigits(int.MaxValue, "precision too big");
        }
        if (_have && _ch is 'h' or 'l' or 'L') Read();
        if (!_have) throw PyErr.ValueError("incomplete format");
        int ch = _ch;

        var arg = NextArg();
        // Nothing to pad, truncate or sign: the text goes straight in (a numeric text already has its precision).
        bool plain = width == -1 && (flags & (SignFlag | Blank)) == 0;
        Span<char> buf = stackalloc char[128];
        scoped ReadOnlySpan<char> text;
        long len;
        bool numeric = false;
        switch (ch)
        {
            case 's' or 'r' or 'a' or 'b' when _bytes:
                text = BytesText(arg, (char)ch);
                if (prec >= 0 && text.Length > prec) text = text[..prec];
                len = text.Length;
                break;
            case 's' or 'r' or 'a':
                if (plain && prec == -1 && BuiltinFormat.TryAppendConverted(_out, arg, (char)ch)) { CheckDictUsed(); return; }
                var str = ch == 's' ? Ops.Str(arg) : ch == 'r' ? Ops.Repr(arg) : Ops.Ascii(arg);
                len = str.Length;
                if (prec >= 0 && len > prec) len = prec;
                text = str.Value.AsSpan(0, len == str.Length ? str.Value.Length : str.Utf16Index((int)len));
                break;
            case 'i' or 'd' or 'u' or 'o' or 'x' or 'X':
                text = FormatLong(arg, (char)ch, flags, prec, buf);
                len = text.Length;
                numeric = true;
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                double d = Ops.ToDouble(arg);
                if (plain)
                {
                    FloatDigits.Append(_out, d, (char)ch, prec < 0 ? 6 : prec, alt: (flags & Alt) != 0);
                    { CheckDictUsed(); return; }
                }
                int mark = _out.Length;
                FloatDigits.Append(_out, d, (char)ch, prec < 0 ? 6 : prec, alt: (flags & Alt) != 0);
                text = BuilderCache.TakeTail(_out, mark, buf);
                len = text.Length;
                numeric = true;
                break;
            case 'c':
                string c = _bytes ? ByteChar(arg) : PyStr.FromCodePoint(FormatChar(arg));
                text = c;
                len = 1;
                break;
            default:
                char shown = ch is >= 31 and <= 126 ? (char)ch : '?';
                throw PyErr.ValueError($"unsupported format character '{shown}' (0x{ch:x}) at index {_pos - 1}");
        }
        if (plain && (prec == -1 || numeric)) _out.Append(text);
        else Output(text, len, (char)ch, flags, width, prec, numeric);
        CheckDictUsed();
    }

    /// <summary>With a mapping argument, a conversion that consumed a tuple's items leaves some unconverted.</summary>
    private void CheckDictUsed()
    {
        if (_dict is not null && _argIdx < _argLen)
            throw PyErr.TypeError($"not all arguments converted during {(_bytes ? "bytes" : "string")} formatting");
    }

    private bool Read()
    {
        if (_pos < _len)
        {
            _ch = At(_pos++);
            return _have = true;
        }
        return _have = false;
    }

    private long ReadDigits(long max, string tooBig)
    {
        long v = _ch - '0';
        while (Read() && _ch is >= '0' and <= '9')
        {
            if (v > (max - (_ch - '0')) / 10) throw PyErr.ValueError(tooBig);
            v = v * 10 + (_ch - '0');
        }
        return v;
    }

    private PyInt StarArg()
    {
        var v = NextArg() as PyInt ?? throw PyErr.TypeError("* wants int");
        Read();
        return v;
    }

    private static int FormatChar(PyObject v)
    {
        if (v is PyStr s)
        {
            if (s.Length == 1) return s.CodePointAt(0);
            throw PyErr.TypeError("%c requires int or char");
        }
        if (v.Type.Index is null) throw PyErr.TypeError("%c requires int or char");
        var i = Ops.Index(v);
        if (i.IsBig || i.Small < 0 || i.Small > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
        return (int)i.Small;
    }

    /// <summary>mainformatlong + _PyUnicode_FormatLong: the digits with sign, "0x"/"0o" when '#', and at least
    /// <paramref name="prec"/> digits, in <paramref name="buf"/> when they fit.</summary>
    private static ReadOnlySpan<char> FormatLong(PyObject v, char type, int flags, int prec, Span<char> buf)
    {
        PyInt iv;
        if (v is PyInt pi) iv = pi;
        else
        {
            bool isNumber = v.Type.Index is not null || v.Type.Int is not null || v.Type.Float is not null || v is PyComplex;
            if (!isNumber) throw WrongType(type, v);
            try { iv = type is 'o' or 'x' or 'X' ? Ops.Index(v) : Ops.ToInt(v); }
            catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError)) { throw WrongType(type, v); }
        }
        int radix = type switch { 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        var digits = BuiltinFormat.AbsDigits(iv, radix, stackalloc char[64]);
        int zeros = Math.Max(0, prec - digits.Length);
        long total = (iv.Sign < 0 ? 1 : 0) + ((flags & Alt) != 0 && radix != 10 ? 2 : 0) + (long)zeros + digits.Length;
        if (total > int.MaxValue) throw PyErr.New(PyExc.MemoryError);
        // One string of the exact length: sign, prefix, zeros up to the precision, digits.
        Span<char> text = total <= buf.Length ? buf[..(int)total] : new char[total];
        int at = 0;
        if (iv.Sign < 0) text[at++] = '-';
        if ((flags & Alt) != 0 && radix != 10) { text[at++] = '0'; text[at++] = type == 'o' ? 'o' : 'x'; }
        NumberLayout.FillZeros(text.Slice(at, zeros));
        digits.CopyTo(text[(at + zeros)..]);
        if (type == 'X') for (int i = 0; i < text.Length; i++) text[i] = char.ToUpperInvariant(text[i]);
        return text;
    }

    private static PythonException WrongType(char type, PyObject v) =>
        PyErr.TypeError(type is 'o' or 'x' or 'X'
            ? $"%{type} format: an integer is required, not {v.Type.Name}"
            : $"%{type} format: a real number is required, not {v.Type.Name}");

    /// <summary>unicode_format_arg_output: sign, "0x" prefix and padding of <paramref name="text"/>
    /// (<paramref name="len"/> code points, already truncated to the precision; a numeric text is ASCII).</summary>
    private void Output(scoped ReadOnlySpan<char> text, long len, char ch, int flags, long width, int prec, bool sign)
    {
        int fill = sign && (flags & Zero) != 0 ? '0' : ' ';
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (SignFlag | Blank)) == 0)
        {
            _out.Append(text);
            return;
        }
        if (width > NumberLayout.MaxWidth) throw PyErr.New(PyExc.MemoryError);
        int pindex = 0;
        char signChar = '\0';
        if (sign)
        {
            int c0 = text[0];
            if (c0 is '-' or '+') { signChar = (char)c0; len--; pindex++; }
            else if ((flags & SignFlag) != 0) signChar = '+';
            else if ((flags & Blank) != 0) signChar = ' ';
            else sign = false;
        }
        if (width < len) width = len;
        if (sign)
        {
            if (fill != ' ') _out.Append(signChar);
            if (width > len) width--;
        }
        bool prefix = (flags & Alt) != 0 && ch is 'x' or 'X' or 'o';
        if (prefix)
        {
            if (fill != ' ')
            {
                _out.Append('0').Append(ch);
                pindex += 2;
            }
            width -= 2;
            if (width < 0) width = 0;
            len -= 2;
        }
        if (width > len && (flags & LJust) == 0)
        {
            NumberLayout.AppendFill(_out, fill, width - len);
            width = len;
        }
        if (fill == ' ')
        {
            if (sign) _out.Append(signChar);
            if (prefix)
            {
                _out.Append('0').Append(ch);
                pindex += 2;
            }
        }
        if (len > 0) _out.Append(text[pindex..]);
        if (width > len) NumberLayout.AppendRepeat(_out, ' ', (int)(width - len));
    }
}
