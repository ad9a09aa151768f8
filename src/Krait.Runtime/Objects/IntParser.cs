using System.Globalization;
using System.Numerics;
using System.Text;

namespace Krait.Runtime;

/// <summary>int(str, base) parsing (PyLong_FromUnicodeObject / PyLong_FromString): Unicode decimal digits and
/// spaces are first mapped to ASCII, then surrounding whitespace, a sign, an optional base prefix (one underscore
/// may follow it), single underscores between digits.</summary>
internal static class IntParser
{
    public static PyInt ParseStr(PyStr s, int b) =>
        Parse(ToAsciiNumber(s.Value), b) ?? throw PyInt.InvalidLiteral(s, b);

    public static PyInt ParseBytes(PyBytes s, int b)
    {
        var chars = new char[s.Value.Length];
        for (int i = 0; i < chars.Length; i++) chars[i] = s.Value[i] < 128 ? (char)s.Value[i] : '?';
        return Parse(new string(chars), b) ?? throw PyInt.InvalidLiteral(s, b);
    }

    /// <summary>_PyUnicode_TransformDecimalAndSpaceToASCII: Unicode white space → ' ', decimal digits → '0'..'9',
    /// any other non-ASCII character → '?' (which no number syntax accepts).</summary>
    public static string ToAsciiNumber(string s)
    {
        bool ascii = true;
        foreach (char c in s) if (c >= 127) { ascii = false; break; }
        if (ascii) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 127) { sb.Append(c); continue; }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(c, s[++i]);
            else if (char.IsSurrogate(c)) { sb.Append('?'); continue; }
            var rune = new Rune(cp);
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber) sb.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            else if (IsUnicodeSpace(cp)) sb.Append(' ');
            else sb.Append('?');
        }
        return sb.ToString();
    }

    /// <summary>Py_UNICODE_ISSPACE for non-ASCII code points (bidirectional types WS, B, S or category Zs).</summary>
    private static bool IsUnicodeSpace(int cp) =>
        cp is 0x85 or 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000;

    /// <summary>Py_ISSPACE: the ASCII white space of C's isspace.</summary>
    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    /// <summary>Parses an ASCII string; null when it is not a valid literal.</summary>
    public static PyInt? Parse(string s, int b)
    {
        int i = 0, end = s.Length;
        while (i < end && IsSpace(s[i])) i++;
        bool neg = false;
        if (i < end && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        bool errorIfNonzero = false;
        char c1 = i + 1 < end ? char.ToLowerInvariant(s[i + 1]) : '\0';
        if (b == 0)
        {
            if (i >= end || s[i] != '0') b = 10;
            else if (c1 == 'x') b = 16;
            else if (c1 == 'o') b = 8;
            else if (c1 == 'b') b = 2;
            else { errorIfNonzero = true; b = 10; } // C-style octal "010" is invalid, but "00" is zero
        }
        if (i < end && s[i] == '0' && ((b == 16 && c1 == 'x') || (b == 8 && c1 == 'o') || (b == 2 && c1 == 'b')))
        {
            i += 2;
            if (i < end && s[i] == '_') i++; // one underscore may follow the prefix
        }
        if (i < end && s[i] == '_') return null;
        int start = i;
        int digits = 0;
        char prev = '\0';
        int scan = i;
        for (; scan < end; scan++)
        {
            char c = s[scan];
            if (c == '_')
            {
                if (prev == '_') return null;
            }
            else
            {
                int d = Digit(c);
                if (d < 0 || d >= b) break;
                digits++;
            }
            prev = c;
        }
        if (prev == '_') return null;
        if (digits == 0) return null;
        if ((b & (b - 1)) != 0 && digits > 640 && PyInt.MaxStrDigits > 0 && digits > PyInt.MaxStrDigits)
            throw PyErr.ValueError($"Exceeds the limit ({PyInt.MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        int rest = scan;
        while (rest < end && IsSpace(s[rest])) rest++;
        if (rest != end) return null;
        PyInt value = Accumulate(s, start, scan, b);
        if (errorIfNonzero && value.Sign != 0) return null;
        return neg ? (PyInt)Ops.Negative(value) : value;
    }

    private static PyInt Accumulate(string s, int from, int to, int b)
    {
        long small = 0;
        int k = from;
        for (; k < to; k++)
        {
            char c = s[k];
            if (c == '_') continue;
            int d = Digit(c);
            if (small > (long.MaxValue - d) / b) break;
            small = small * b + d;
        }
        if (k == to) return PyInt.FromLong(small);
        if ((b & (b - 1)) == 0)
        {
            // Power-of-two bases: pack the digits' bits into little-endian bytes from the last digit on
            // (linear time; shifting a BigInteger per digit is quadratic).
            int shift = BitOperations.Log2((uint)b);
            var bytes = new byte[(int)(((long)(to - from) * shift + 7) / 8) + 1];
            long bit = 0;
            for (int j = to - 1; j >= from; j--)
            {
                if (s[j] == '_') continue;
                int d = Digit(s[j]);
                for (int m = 0; m < shift; m++, bit++)
                    if ((d >> m & 1) != 0) bytes[bit >> 3] |= (byte)(1 << (int)(bit & 7));
            }
            return PyInt.FromBig(new BigInteger(bytes, isUnsigned: true));
        }
        var sb = new StringBuilder(to - from);
        for (int j = from; j < to; j++) if (s[j] != '_') sb.Append(s[j]);
        string digits = sb.ToString();
        if (b == 10) return PyInt.FromBig(BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        // Other bases: multiply in chunks of as many digits as a long holds.
        int chunk = (int)(62 / Math.Log2(b));
        long chunkMul = 1;
        for (int k2 = 0; k2 < chunk; k2++) chunkMul *= b;
        BigInteger total = BigInteger.Zero;
        int pos = 0;
        while (pos < digits.Length)
        {
            int n = Math.Min(chunk, digits.Length - pos);
            long v = 0, mul = 1;
            for (int k2 = 0; k2 < n; k2++) { v = v * b + Digit(digits[pos + k2]); mul *= b; }
            total = total * (n == chunk ? chunkMul : mul) + v;
            pos += n;
        }
        return PyInt.FromBig(total);
    }

    private static int Digit(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return -1;
    }
}
