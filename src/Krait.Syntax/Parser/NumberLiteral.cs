using System.Globalization;
using System.Numerics;

namespace Krait.Syntax.Parser;

/// <summary>The value of a NUMBER token (CPython's parsenumber in Parser/pegen.c): an int as
/// <see cref="BigInteger"/>, a float as <see cref="double"/> (correctly rounded, overflow to
/// infinity), an imaginary literal as <see cref="Complex"/>. The tokenizer has already checked the
/// syntax.</summary>
internal static class NumberLiteral
{
    /// <summary>CPython's default sys.get_int_max_str_digits(): longer decimal int literals are rejected.</summary>
    public const int MaxStrDigits = 4300;

    /// <summary>Parses <paramref name="text"/>; throws <see cref="LiteralDecodeError"/> for a decimal
    /// int over the digit limit (the message is CPython's ValueError text).</summary>
    public static object Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
            if (c != '_') buffer[n++] = c;
        var s = buffer[..n];

        char last = s[^1];
        if (last == 'j' || last == 'J') return new Complex(0, ParseFloat(s[..^1]));

        if (s.Length > 1 && s[0] == '0')
        {
            char k = s[1];
            if (k == 'x' || k == 'X') return ParseBase(s[2..], 16);
            if (k == 'o' || k == 'O') return ParseBase(s[2..], 8);
            if (k == 'b' || k == 'B') return ParseBase(s[2..], 2);
        }
        foreach (char c in s)
            if (c < '0' || c > '9') return ParseFloat(s);
        return ParseDecimal(s);
    }

    private static double ParseFloat(ReadOnlySpan<char> s) =>
        double.Parse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static BigInteger ParseDecimal(ReadOnlySpan<char> s)
    {
        if (s.Length <= 18) return new BigInteger(long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
        if (s.Length > MaxStrDigits)
            throw new LiteralDecodeError(
                $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {s.Length} digits; " +
                "use sys.set_int_max_str_digits() to increase the limit");
        return BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static BigInteger ParseBase(ReadOnlySpan<char> digits, int radix)
    {
        int bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        if (digits.Length * bits <= 63)
        {
            long v = 0;
            foreach (char c in digits) v = (v << bits) | (long)DigitValue(c);
            return new BigInteger(v);
        }
        // Build the little-endian magnitude bit by bit group.
        var bytes = new byte[(digits.Length * bits + 7) / 8 + 1];
        int bit = 0;
        for (int i = digits.Length - 1; i >= 0; i--, bit += bits)
        {
            int d = DigitValue(digits[i]);
            for (int b = 0; b < bits; b++)
                if ((d & (1 << b)) != 0) bytes[(bit + b) >> 3] |= (byte)(1 << ((bit + b) & 7));
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };
}
