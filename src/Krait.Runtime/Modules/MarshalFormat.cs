using System.Globalization;

namespace Krait.Runtime;

/// <summary>The type codes and limits of CPython 3.11's marshal format (Python/marshal.c), version 4.</summary>
internal static class MarshalFormat
{
    public const int Version = 4;
    /// <summary>MAX_MARSHAL_STACK_DEPTH on Linux.</summary>
    public const int MaxDepth = 2000;

    public const byte Null = (byte)'0';
    public const byte None = (byte)'N';
    public const byte False = (byte)'F';
    public const byte True = (byte)'T';
    public const byte StopIter = (byte)'S';
    public const byte Ellipsis = (byte)'.';
    public const byte Int = (byte)'i';
    /// <summary>Not written any more; read for backward compatibility.</summary>
    public const byte Int64 = (byte)'I';
    public const byte Float = (byte)'f';
    public const byte BinaryFloat = (byte)'g';
    public const byte Complex = (byte)'x';
    public const byte BinaryComplex = (byte)'y';
    public const byte Long = (byte)'l';
    public const byte String = (byte)'s';
    public const byte Interned = (byte)'t';
    public const byte Ref = (byte)'r';
    public const byte Tuple = (byte)'(';
    public const byte List = (byte)'[';
    public const byte Dict = (byte)'{';
    public const byte Code = (byte)'c';
    public const byte Unicode = (byte)'u';
    public const byte Unknown = (byte)'?';
    public const byte Set = (byte)'<';
    public const byte FrozenSet = (byte)'>';
    public const byte Ascii = (byte)'a';
    public const byte AsciiInterned = (byte)'A';
    public const byte SmallTuple = (byte)')';
    public const byte ShortAscii = (byte)'z';
    public const byte ShortAsciiInterned = (byte)'Z';
    /// <summary>Or-ed into a type code: the object gets the next index of the reference list.</summary>
    public const byte FlagRef = 0x80;

    /// <summary>Ints are written in base 2**15 digits.</summary>
    public const int LongShift = 15;
    public const int LongBase = 1 << LongShift;

    /// <summary>PyOS_double_to_string(v, 'g', 17, 0): the text float of versions 0 and 1.</summary>
    public static string FormatFloat17g(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return double.IsNegative(v) ? "-0" : "0";
        // 17 significant digits, correctly rounded, then %g's choice of notation and stripped zeros.
        string e = v.ToString("E16", CultureInfo.InvariantCulture);
        int ePos = e.IndexOf('E');
        int exp = int.Parse(e.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        bool neg = e[0] == '-';
        string digits = e[(neg ? 1 : 0)..ePos].Replace(".", "");
        string body;
        if (exp < -4 || exp >= 17)
        {
            string frac = digits[1..].TrimEnd('0');
            body = digits[0] + (frac.Length > 0 ? "." + frac : "") + (exp < 0 ? "e-" : "e+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (exp >= 0)
        {
            string intPart = digits[..(exp + 1)];
            string frac = digits[(exp + 1)..].TrimEnd('0');
            body = intPart + (frac.Length > 0 ? "." + frac : "");
        }
        else
        {
            string frac = (new string('0', -exp - 1) + digits).TrimEnd('0');
            body = "0." + frac;
        }
        return neg ? "-" + body : body;
    }

    /// <summary>PyOS_string_to_double for the text floats of versions 0 and 1; null when it is not a number.</summary>
    public static double? ParseFloat(string s)
    {
        string t = s.Trim();
        string lower = t.ToLowerInvariant();
        bool neg = lower.StartsWith('-');
        string body = lower.TrimStart('+', '-');
        if (body is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (body == "nan") return neg ? -double.NaN : double.NaN;
        if (t.Length == 0 || t.Contains('_')) return null;
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : null;
    }
}
