using System.Numerics;
using System.Text;
using Krait.Syntax.Text;

namespace Krait.Runtime;

/// <summary>__format__ of int, float, complex, str and object (Python/formatter_unicode.c and
/// typeobject.c object___format__), and their registration in the types' dicts.</summary>
internal static class BuiltinFormat
{
    /// <summary>Adds <c>__format__</c> to a builtin type's dict; <paramref name="format"/> gets the
    /// instance and the (already type-checked) spec.</summary>
    public static void Register(PyType t, Func<PyObject, PyStr, PyStr> format) =>
        TypeBuilder.Method(t, "__format__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs($"{t.Name}.__format__", args, kw, 1);
            if (args[0] is not PyStr spec)
                throw PyErr.TypeError($"__format__() argument must be str, not {(args[0] is PyNone ? "None" : args[0].Type.Name)}");
            return format(self!, spec);
        });

    public static void RegisterInt(PyType t) => Register(t, (o, spec) => FormatInt((PyInt)o, spec));
    public static void RegisterFloat(PyType t) => Register(t, (o, spec) => FormatFloat((PyFloat)o, spec));
    public static void RegisterComplex(PyType t) => Register(t, (o, spec) => FormatComplex((PyComplex)o, spec));
    public static void RegisterObject(PyType t) => Register(t, FormatObject);

    /// <summary>object.__format__: str(self) for an empty spec, an error otherwise.</summary>
    public static PyStr FormatObject(PyObject o, PyStr spec)
    {
        if (spec.Value.Length > 0)
            throw PyErr.TypeError($"unsupported format string passed to {o.Type.Name}.__format__");
        return Ops.Str(o);
    }

    // ---- str ----

    public static PyStr FormatStr(PyStr s, PyStr spec)
    {
        if (spec.Value.Length == 0) return ReferenceEquals(s.Type, PyType.StrType) ? s : Ops.Str(s);
        var f = ParseStrSpec(s, spec, 0, spec.Length);
        if (!NeedsPadding(s, f)) return ReferenceEquals(s.Type, PyType.StrType) ? s : new PyStr(s.Value);
        var sb = BuilderCache.Acquire();
        AppendPadded(sb, s, f);
        return new PyStr(BuilderCache.ToStringAndRelease(sb));
    }

    private static FormatSpec ParseStrSpec(PyStr s, PyStr spec, int start, int end)
    {
        var f = FormatSpec.Parse(s, spec, start, end, 's', '<');
        if (f.Type != 's') throw FormatSpec.UnknownCode(f.Type, s);
        if (f.Sign != '\0')
            throw PyErr.ValueError(f.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        if (f.NoNegZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw PyErr.ValueError("'=' alignment not allowed in string format specifier");
        return f;
    }

    private static bool NeedsPadding(PyStr s, in FormatSpec f)
    {
        int len = s.Length;
        return !((f.Width == -1 || f.Width <= len) && (f.Precision == -1 || f.Precision >= len));
    }

    /// <summary>The str truncated to the precision and padded to the width.</summary>
    private static void AppendPadded(StringBuilder sb, PyStr s, in FormatSpec f)
    {
        int len = s.Length;
        if (f.Precision >= 0 && len >= f.Precision) len = (int)f.Precision;
        Pad(sb, len < s.Length ? s.SubstringCp(0, len) : s.Value, len, f);
    }

    /// <summary>format(value, spec) appended to <paramref name="sb"/> for str.format's fields, whose spec is the code
    /// points [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="spec"/>: exact ints, floats and
    /// strs are laid out in place, without the strs of the spec and of the result that <see cref="Ops.Format"/> takes
    /// and makes.</summary>
    internal static void AppendFormatted(StringBuilder sb, PyObject value, PyStr spec, int start, int end)
    {
        var t = value.Type;
        bool empty = start == end;
        if (ReferenceEquals(t, PyType.IntType))
        {
            var v = (PyInt)value;
            if (!empty) AppendInt(sb, v, FormatSpec.Parse(v, spec, start, end, 'd', '>'));
            else if (v.IsBig) sb.Append(v.ToDecimalString());
            else
            {
                Span<char> buf = stackalloc char[20];
                sb.Append(buf[PyInt.WriteSmall(v.Small, buf)..]);
            }
            return;
        }
        if (ReferenceEquals(t, PyType.FloatType) && empty)
        {
            PyRepr.AppendFloat(sb, ((PyFloat)value).Value); // format(x, '') is str(x), which is repr(x)
            return;
        }
        if (ReferenceEquals(t, PyType.FloatType))
        {
            var f = FormatSpec.Parse(value, spec, start, end, '\0', '>');
            if (!IsFloatCode(f.Type)) throw FormatSpec.UnknownCode(f.Type, value);
            AppendFloat(sb, ((PyFloat)value).Value, f);
            return;
        }
        if (ReferenceEquals(t, PyType.StrType))
        {
            var s = (PyStr)value;
            var f = empty ? default : ParseStrSpec(s, spec, start, end);
            if (!empty && NeedsPadding(s, f)) AppendPadded(sb, s, f);
            else sb.Append(s.Value);
            return;
        }
        var own = empty ? PyStr.Empty : start == 0 && end == spec.Length ? spec : new PyStr(spec.SubstringCp(start, end));
        sb.Append(Ops.Format(value, own).Value);
    }

    /// <summary>str(v) (<paramref name="conversion"/> 's'), repr(v) ('r') or ascii(v) ('a') appended to
    /// <paramref name="sb"/> for an exact int, float or str (the repr of a str written in place, as its repr slot
    /// writes it); false for anything else, whose conversion may run Python code, and for ascii() of a str.</summary>
    internal static bool TryAppendConverted(StringBuilder sb, PyObject v, char conversion)
    {
        var t = v.Type;
        if (ReferenceEquals(t, PyType.IntType) || ReferenceEquals(t, PyType.FloatType))
        {
            AppendFormatted(sb, v, PyStr.Empty, 0, 0); // str, repr and ascii of a number are all format(v, '')
            return true;
        }
        if (!ReferenceEquals(t, PyType.StrType) || conversion == 'a') return false;
        if (conversion == 's') sb.Append(((PyStr)v).Value);
        else PyRepr.AppendStr(sb, ((PyStr)v).Value);
        return true;
    }

    /// <summary>calc_padding + fill_padding: <paramref name="text"/> (<paramref name="len"/> code points) in a
    /// field of the spec's width.</summary>
    private static void Pad(StringBuilder sb, string text, long len, in FormatSpec f)
    {
        if (f.Width > NumberLayout.MaxWidth) throw PyErr.New(PyExc.MemoryError);
        long total = f.Width >= 0 && f.Width > len ? f.Width : len;
        long left = f.Align switch { '>' => total - len, '^' => (total - len) / 2, _ => 0 };
        NumberLayout.AppendFill(sb, f.Fill, left);
        sb.Append(text);
        NumberLayout.AppendFill(sb, f.Fill, total - len - left);
    }

    // ---- int ----

    public static PyStr FormatInt(PyInt v, PyStr spec)
    {
        if (spec.Value.Length == 0)
            return ReferenceEquals(v.Type, PyType.IntType) ? new PyStr(v.ToDecimalString()) : Ops.Str(v);
        var f = FormatSpec.Parse(v, spec, 'd', '>');
        var sb = BuilderCache.Acquire();
        AppendInt(sb, v, f);
        return NumberText(BuilderCache.ToStringAndRelease(sb), f);
    }

    /// <summary>A laid-out number as a str: ASCII (no scan for surrogates) unless the fill or a 'c' code point is not.</summary>
    private static PyStr NumberText(string text, in FormatSpec f) =>
        f.Fill < 0x80 && f.Type != 'c' ? PyStr.Ascii(text) : new PyStr(text);

    /// <summary>An int laid out per a parsed spec: as an integer, or converted to float for the float codes.</summary>
    private static void AppendInt(StringBuilder sb, PyInt v, in FormatSpec f)
    {
        switch (f.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                AppendInteger(sb, v, f);
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                AppendFloat(sb, Ops.ToDouble(v), f);
                break;
            default:
                throw FormatSpec.UnknownCode(f.Type, v);
        }
    }

    private static void AppendInteger(StringBuilder sb, PyInt v, in FormatSpec f)
    {
        if (f.Precision != -1) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.Type == 'c')
        {
            if (f.Sign != '\0') throw PyErr.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (v.IsBig) throw PyErr.OverflowError("Python int too large to convert to C long");
            if (v.Small < 0 || v.Small > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
            NumberLayout.Append(sb, f, false, "", "", PyStr.FromCodePoint((int)v.Small), false, false);
            return;
        }
        int radix = f.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        bool negative = v.Sign < 0;
        Span<char> buf = stackalloc char[64];
        var digits = AbsDigits(v, radix, buf);
        string prefix = f.Alternate ? radix switch { 2 => "0b", 8 => "0o", 16 => "0x", _ => "" } : "";
        NumberLayout.Append(sb, f, negative, prefix, digits, "", f.Type == 'X', f.Type != 'n');
    }

    /// <summary>The digits of |v| in base 2, 8, 10 or 16 (lower case); base 10 obeys the int/str digit limit. A
    /// machine-size value's are written into <paramref name="buf"/> (64 chars).</summary>
    internal static ReadOnlySpan<char> AbsDigits(PyInt v, int radix, Span<char> buf)
    {
        if (!v.IsBig)
        {
            long x = v.Small;
            return buf[PyInt.WriteDigits(x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x, radix, buf)..];
        }
        if (radix == 10)
        {
            string s = v.ToDecimalString();
            return s[0] == '-' ? s.AsSpan(1) : s;
        }
        return PowerOfTwoDigits(BigInteger.Abs(v.ToBigInteger()), radix);
    }

    private static string PowerOfTwoDigits(BigInteger a, int radix)
    {
        if (a.IsZero) return "0";
        int bitsPer = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        long bitLen = (long)a.GetBitLength();
        int n = (int)((bitLen + bitsPer - 1) / bitsPer);
        var bytes = a.ToByteArray(isUnsigned: true, isBigEndian: false);
        var chars = new char[n];
        for (int i = 0; i < n; i++)
        {
            int d = 0;
            for (int b = 0; b < bitsPer; b++)
            {
                long bit = (long)i * bitsPer + b;
                int byteIdx = (int)(bit >> 3);
                if (byteIdx < bytes.Length && (bytes[byteIdx] >> (int)(bit & 7) & 1) != 0) d |= 1 << b;
            }
            chars[n - 1 - i] = "0123456789abcdef"[d];
        }
        return new string(chars);
    }

    // ---- float ----

    public static PyStr FormatFloat(PyFloat v, PyStr spec)
    {
        if (spec.Value.Length == 0) return Ops.Str(v);
        var f = FormatSpec.Parse(v, spec, '\0', '>');
        if (!IsFloatCode(f.Type)) throw FormatSpec.UnknownCode(f.Type, v);
        var sb = BuilderCache.Acquire();
        AppendFloat(sb, v.Value, f);
        return NumberText(BuilderCache.ToStringAndRelease(sb), f);
    }

    private static bool IsFloatCode(int type) => type is '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%';

    private static void AppendFloat(StringBuilder sb, double val, in FormatSpec f)
    {
        if (f.Precision > int.MaxValue) throw PyErr.ValueError("precision too big");
        int precision = (int)f.Precision;
        char type = (char)f.Type;
        int defaultPrecision = 6;
        bool addDot0 = false, pct = false;
        if (type == '\0') { addDot0 = true; type = 'r'; defaultPrecision = 0; }
        if (type == 'n') type = 'g';
        if (type == '%') { type = 'f'; val *= 100; pct = true; }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        int mark = sb.Length;
        FloatDigits.Append(sb, val, type, precision, f.Alternate, addDot0, noNegZero: f.NoNegZero);
        if (pct) sb.Append('%');
        AppendNumber(sb, BuilderCache.TakeTail(sb, mark, stackalloc char[64]), f, f.Type != 'n');
    }

    /// <summary>Splits "-123.45e+06" into sign, leading digits and the rest, and lays it out.</summary>
    private static void AppendNumber(StringBuilder sb, ReadOnlySpan<char> s, in FormatSpec f, bool grouping)
    {
        bool negative = s.Length > 0 && s[0] == '-';
        int start = negative ? 1 : 0, i = start;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        NumberLayout.Append(sb, f, negative, "", s[start..i], s[i..], false, grouping);
    }

    // ---- complex ----

    public static PyStr FormatComplex(PyComplex z, PyStr spec)
    {
        if (spec.Value.Length == 0) return Ops.Str(z);
        var f = FormatSpec.Parse(z, spec, '\0', '>');
        switch (f.Type)
        {
            case '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n': break;
            default: throw FormatSpec.UnknownCode(f.Type, z);
        }
        if (f.Fill == '0') throw PyErr.ValueError("Zero padding is not allowed in complex format specifier");
        if (f.Align == '=') throw PyErr.ValueError("'=' alignment flag is not allowed in complex format specifier");
        if (f.Precision > int.MaxValue) throw PyErr.ValueError("precision too big");
        double re = z.Real, im = z.Imag;
        int precision = (int)f.Precision;
        char type = (char)f.Type;
        int defaultPrecision = 6;
        bool skipRe = false, parens = false;
        if (type == '\0')
        {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && !double.IsNegative(re)) skipRe = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        string reStr = FloatDigits.ToString(re, type, precision, f.Alternate, noNegZero: f.NoNegZero);
        string imStr = FloatDigits.ToString(im, type, precision, f.Alternate, noNegZero: f.NoNegZero);
        bool grouping = f.Type != 'n';
        // The parts are composed without padding, then the whole is padded.
        var inner = f;
        inner.Fill = '\0';
        inner.Align = '<';
        inner.Width = -1;
        var body = new StringBuilder();
        if (parens) body.Append('(');
        if (!skipRe) AppendNumber(body, reStr, inner, grouping);
        if (!skipRe) inner.Sign = '+';
        AppendNumber(body, imStr, inner, grouping);
        body.Append('j');
        if (parens) body.Append(')');
        var sb = new StringBuilder();
        Pad(sb, body.ToString(), body.Length, f);
        return new PyStr(sb.ToString());
    }
}
