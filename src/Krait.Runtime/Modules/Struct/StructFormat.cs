namespace Krait.Runtime;

/// <summary>One format character of a table (CPython's formatdef): size, alignment and how to pack/unpack one item.</summary>
internal sealed class FormatDef(char format, int size, int align, FormatDef.Packer pack, FormatDef.Unpacker unpack)
{
    public delegate void Packer(Span<byte> dest, PyObject v, FormatDef e);
    public delegate PyObject Unpacker(ReadOnlySpan<byte> src, FormatDef e);

    public readonly char Format = format;
    public readonly int Size = size;
    public readonly int Align = align;
    public Packer Pack = pack;
    public Unpacker Unpack = unpack;
}

/// <summary>One parsed item of a format (CPython's formatcode): where it goes and how many it repeats.</summary>
internal readonly record struct StructCode(FormatDef Def, long Offset, long Size, long Repeat);

/// <summary>Parsing of struct format strings against the native (@), little-endian (&lt; =) and big-endian (&gt; !)
/// tables of x86-64 Linux, with CPython's sizes, alignment and errors.</summary>
internal static class StructFormat
{
    public static readonly FormatDef[] Native, Little, Big;

    static StructFormat()
    {
        Native =
        [
            new('x', 1, 1, StructCodecs.PackPad, StructCodecs.UnpackNone),
            new('b', 1, 1, StructCodecs.NativeSmall("byte", -128, 127), StructCodecs.UnpackSigned(true)),
            new('B', 1, 1, StructCodecs.NativeSmall("ubyte", 0, 255), StructCodecs.UnpackUnsigned(true)),
            new('c', 1, 1, StructCodecs.PackChar, StructCodecs.UnpackChar),
            new('s', 1, 1, StructCodecs.PackNone, StructCodecs.UnpackNone),
            new('p', 1, 1, StructCodecs.PackNone, StructCodecs.UnpackNone),
            new('h', 2, 2, StructCodecs.NativeSmall("short", short.MinValue, short.MaxValue), StructCodecs.UnpackSigned(true)),
            new('H', 2, 2, StructCodecs.NativeSmall("ushort", 0, ushort.MaxValue), StructCodecs.UnpackUnsigned(true)),
            new('i', 4, 4, StructCodecs.NativeInt, StructCodecs.UnpackSigned(true)),
            new('I', 4, 4, StructCodecs.NativeUInt, StructCodecs.UnpackUnsigned(true)),
            new('l', 8, 8, StructCodecs.NativeLong, StructCodecs.UnpackSigned(true)),
            new('L', 8, 8, StructCodecs.NativeULong, StructCodecs.UnpackUnsigned(true)),
            new('n', 8, 8, StructCodecs.NativeLong, StructCodecs.UnpackSigned(true)),
            new('N', 8, 8, StructCodecs.NativeULong, StructCodecs.UnpackUnsigned(true)),
            new('q', 8, 8, StructCodecs.NativeLong, StructCodecs.UnpackSigned(true)),
            new('Q', 8, 8, StructCodecs.NativeULong, StructCodecs.UnpackUnsigned(true)),
            new('?', 1, 1, StructCodecs.PackBool, StructCodecs.UnpackBool),
            new('e', 2, 2, StructCodecs.PackHalf(true), StructCodecs.UnpackHalf(true)),
            new('f', 4, 4, StructCodecs.NativeFloat, StructCodecs.UnpackFloat(true)),
            new('d', 8, 8, StructCodecs.PackDouble(true), StructCodecs.UnpackDouble(true)),
            new('P', 8, 8, StructCodecs.NativePointer, StructCodecs.UnpackUnsigned(true)),
        ];
        Little = Standard(true);
        Big = Standard(false);
        // Like CPython's init: where the little-endian entry has the native size, the native functions (and their
        // error messages) are used — except for floats and _Bool.
        foreach (var e in Little)
        {
            if (e.Format is 'f' or 'd' or '?') continue;
            var n = Find(Native, e.Format);
            if (n is not null && n.Size == e.Size) { e.Pack = n.Pack; e.Unpack = n.Unpack; }
        }
    }

    private static FormatDef[] Standard(bool little) =>
    [
        new('x', 1, 0, StructCodecs.PackPad, StructCodecs.UnpackNone),
        new('b', 1, 0, StructCodecs.NativeSmall("byte", -128, 127), StructCodecs.UnpackSigned(little)),
        new('B', 1, 0, StructCodecs.NativeSmall("ubyte", 0, 255), StructCodecs.UnpackUnsigned(little)),
        new('c', 1, 0, StructCodecs.PackChar, StructCodecs.UnpackChar),
        new('s', 1, 0, StructCodecs.PackNone, StructCodecs.UnpackNone),
        new('p', 1, 0, StructCodecs.PackNone, StructCodecs.UnpackNone),
        new('h', 2, 0, StructCodecs.StdSigned(little), StructCodecs.UnpackSigned(little)),
        new('H', 2, 0, StructCodecs.StdUnsigned(little), StructCodecs.UnpackUnsigned(little)),
        new('i', 4, 0, StructCodecs.StdSigned(little), StructCodecs.UnpackSigned(little)),
        new('I', 4, 0, StructCodecs.StdUnsigned(little), StructCodecs.UnpackUnsigned(little)),
        new('l', 4, 0, StructCodecs.StdSigned(little), StructCodecs.UnpackSigned(little)),
        new('L', 4, 0, StructCodecs.StdUnsigned(little), StructCodecs.UnpackUnsigned(little)),
        new('q', 8, 0, StructCodecs.StdLongLong(little, true), StructCodecs.UnpackSigned(little)),
        new('Q', 8, 0, StructCodecs.StdLongLong(little, false), StructCodecs.UnpackUnsigned(little)),
        new('?', 1, 0, StructCodecs.PackBool, StructCodecs.UnpackBool),
        new('e', 2, 0, StructCodecs.PackHalf(little), StructCodecs.UnpackHalf(little)),
        new('f', 4, 0, StructCodecs.StdFloat(little), StructCodecs.UnpackFloat(little)),
        new('d', 8, 0, StructCodecs.PackDouble(little), StructCodecs.UnpackDouble(little)),
    ];

    private static FormatDef? Find(FormatDef[] table, char c)
    {
        foreach (var e in table) if (e.Format == c) return e;
        return null;
    }

    /// <summary>prepare_s: the codes, total size and item count of a format (bytes, already checked for NULs).</summary>
    public static (StructCode[] Codes, long Size, int Len) Parse(byte[] fmt)
    {
        int pos = 0;
        var table = Native;
        bool native = true;
        if (fmt.Length > 0)
        {
            switch ((char)fmt[0])
            {
                case '@': pos = 1; break;
                case '<': case '=': table = Little; native = false; pos = 1; break;
                case '>': case '!': table = Big; native = false; pos = 1; break;
            }
        }
        var codes = new List<StructCode>();
        long size = 0;
        long len = 0;
        while (pos < fmt.Length)
        {
            char c = (char)fmt[pos++];
            if (c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f') continue;
            long num = 1;
            if (c is >= '0' and <= '9')
            {
                num = c - '0';
                while (true)
                {
                    c = pos < fmt.Length ? (char)fmt[pos++] : '\0';
                    if (c is < '0' or > '9') break;
                    if (num >= long.MaxValue / 10 && (num > long.MaxValue / 10 || (c - '0') > long.MaxValue % 10))
                        throw TooLong();
                    num = num * 10 + (c - '0');
                }
                if (c == '\0') throw StructModule.Error("repeat count given without format specifier");
            }
            var e = Find(table, c) ?? throw StructModule.Error("bad char in struct format");
            switch (c)
            {
                case 's': case 'p': len++; break;
                case 'x': break;
                default: len += num; break;
            }
            if (native && e.Align > 1) size = (size + e.Align - 1) / e.Align * e.Align;
            if (num > (long.MaxValue - size) / e.Size) throw TooLong();
            if (c is 's' or 'p') codes.Add(new StructCode(e, size, num, 1));
            else if (c == 'x') { if (num > 0) codes.Add(new StructCode(e, size, num, 1)); }
            else if (num > 0) codes.Add(new StructCode(e, size, e.Size, num));
            size += num * e.Size;
        }
        if (len > int.MaxValue) throw TooLong();
        return (codes.ToArray(), size, (int)len);
    }

    private static PythonException TooLong() => StructModule.Error("total struct size too long");
}
