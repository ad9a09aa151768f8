using System.Globalization;

namespace Krait.Runtime;

/// <summary>A parsed format-spec mini-language string (Python/formatter_unicode.c,
/// parse_internal_render_format_spec): [[fill]align][sign][z][#][0][width][grouping][.precision][type].
/// Code points are ints so that a fill or type outside the BMP survives.</summary>
internal struct FormatSpec
{
    public int Fill;
    public char Align;          // '<' '>' '=' '^'
    public bool Alternate;
    public bool NoNegZero;      // 'z' (PEP 682)
    public char Sign;           // '\0' '+' '-' ' '
    public long Width;          // -1: not given
    public char Grouping;       // '\0' ',' '_'
    public int GroupSize;       // 3, or 4 for '_' with b/o/x/X
    public long Precision;      // -1: not given
    public int Type;

    /// <summary>Parses <paramref name="spec"/> for <paramref name="obj"/> (whose type name goes into the
    /// "Invalid format specifier" message) with the type's default presentation and alignment.</summary>
    public static FormatSpec Parse(PyObject obj, PyStr spec, char defaultType, char defaultAlign) =>
        Parse(obj, spec, 0, spec.Length, defaultType, defaultAlign);

    /// <summary>Parses the code points [<paramref name="pos"/>, <paramref name="end"/>) of <paramref name="spec"/>
    /// (a field's spec inside a str.format string, without a str of its own).</summary>
    public static FormatSpec Parse(PyObject obj, PyStr spec, int pos, int end, char defaultType, char defaultAlign)
    {
        int start = pos;
        var f = new FormatSpec
        {
            Fill = ' ', Align = defaultAlign, Sign = '\0', Width = -1, Precision = -1, Type = defaultType, GroupSize = 3,
        };
        bool alignGiven = false, fillGiven = false;

        if (end - pos >= 2 && IsAlign(spec.CodePointAt(pos + 1)))
        {
            f.Align = (char)spec.CodePointAt(pos + 1);
            f.Fill = spec.CodePointAt(pos);
            fillGiven = alignGiven = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(spec.CodePointAt(pos)))
        {
            f.Align = (char)spec.CodePointAt(pos);
            alignGiven = true;
            pos++;
        }
        if (end - pos >= 1 && spec.CodePointAt(pos) is '+' or '-' or ' ') f.Sign = (char)spec.CodePointAt(pos++);
        if (end - pos >= 1 && spec.CodePointAt(pos) == 'z') { f.NoNegZero = true; pos++; }
        if (end - pos >= 1 && spec.CodePointAt(pos) == '#') { f.Alternate = true; pos++; }
        if (!fillGiven && end - pos >= 1 && spec.CodePointAt(pos) == '0')
        {
            f.Fill = '0';
            if (!alignGiven && defaultAlign == '>') f.Align = '=';
            pos++;
        }
        if (ReadInteger(spec, ref pos, end, out long width) > 0) f.Width = width;

        if (end - pos > 0 && spec.CodePointAt(pos) == ',') { f.Grouping = ','; pos++; }
        if (end - pos > 0 && spec.CodePointAt(pos) == '_')
        {
            if (f.Grouping != '\0') throw BothSeparators();
            f.Grouping = '_';
            pos++;
        }
        if (end - pos > 0 && spec.CodePointAt(pos) == ',' && f.Grouping == '_') throw BothSeparators();

        if (end - pos > 0 && spec.CodePointAt(pos) == '.')
        {
            pos++;
            if (ReadInteger(spec, ref pos, end, out long precision) == 0)
                throw PyErr.ValueError("Format specifier missing precision");
            f.Precision = precision;
        }

        if (end - pos > 1)
            throw PyErr.ValueError($"Invalid format specifier '{spec.SubstringCp(start, end)}' for object of type '{obj.Type.Name}'");
        if (end - pos == 1) f.Type = spec.CodePointAt(pos);

        if (f.Grouping != '\0')
        {
            switch (f.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when f.Grouping == '_':
                    f.GroupSize = 4;
                    break;
                default:
                    throw PyErr.ValueError($"Cannot specify '{f.Grouping}' with {CodeText(f.Type)}.");
            }
        }
        return f;
    }

    private static bool IsAlign(int c) => c is '<' or '>' or '=' or '^';

    private static PythonException BothSeparators() => PyErr.ValueError("Cannot specify both ',' and '_'.");

    /// <summary>Reads decimal digits (any Unicode Nd digit, as Py_UNICODE_TODECIMAL); returns how many.</summary>
    private static int ReadInteger(PyStr s, ref int pos, int end, out long value)
    {
        value = 0;
        int n = 0;
        for (; pos < end; pos++, n++)
        {
            int d = DecimalValue(s.CodePointAt(pos));
            if (d < 0) break;
            if (value > (long.MaxValue - d) / 10) throw PyErr.ValueError("Too many decimal digits in format string");
            value = value * 10 + d;
        }
        return n;
    }

    internal static int DecimalValue(int cp)
    {
        if (cp is >= '0' and <= '9') return cp - '0';
        if (cp < 128) return -1;
        return cp < 0x10000
            ? CharUnicodeInfo.GetDecimalDigitValue((char)cp)
            : CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(cp), 0);
    }

    /// <summary>The presentation type as CPython's messages quote it: 'x', or '\x1' outside printable ASCII.</summary>
    internal static string CodeText(int type) =>
        type > 32 && type < 128 ? $"'{(char)type}'" : $"'\\x{type:x}'";

    public static PythonException UnknownCode(int type, PyObject obj) =>
        PyErr.ValueError($"Unknown format code {CodeText(type)} for object of type '{obj.Type.Name}'");
}
