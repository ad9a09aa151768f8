namespace Krait.Compiler.Assembler;

/// <summary>The 3.11 location table (Objects/locations.md): per instruction (split in chunks of at
/// most 8 code units) a short, one-line, no-column, long or no-location entry.</summary>
internal static class LocationTable
{
    private const int Short0 = 0, OneLine0 = 10, NoColumns = 13, Long = 14, None = 15;

    public static byte[] Build(BasicBlock entry, int firstLineno)
    {
        var t = new List<byte>();
        int lineno = firstLineno;
        for (var b = entry; b is not null; b = b.Next)
        {
            for (int j = 0; j < b.Count; j++)
            {
                ref Instr ins = ref b[j];
                int isize = BasicBlock.InstrSize(ins);
                while (isize > 8)
                {
                    WriteEntry(t, ins.Loc, 8, ref lineno);
                    isize -= 8;
                }
                WriteEntry(t, ins.Loc, isize, ref lineno);
            }
        }
        return [.. t];
    }

    private static void First(List<byte> t, int code, int length) => t.Add((byte)(0x80 | (code << 3) | (length - 1)));

    private static void Varint(List<byte> t, uint val)
    {
        while (val >= 64)
        {
            t.Add((byte)(64 | (val & 63)));
            val >>= 6;
        }
        t.Add((byte)val);
    }

    private static void SignedVarint(List<byte> t, int val) =>
        Varint(t, val < 0 ? ((uint)(-val) << 1) | 1 : (uint)val << 1);

    private static void WriteEntry(List<byte> t, Location loc, int isize, ref int prevLineno)
    {
        if (loc.Lineno < 0)
        {
            First(t, None, isize);
            return;
        }
        int lineDelta = loc.Lineno - prevLineno;
        int column = loc.ColOffset, endColumn = loc.EndColOffset;
        if (column < 0 || endColumn < 0)
        {
            if (loc.EndLineno == loc.Lineno || loc.EndLineno == -1)
            {
                First(t, NoColumns, isize);
                SignedVarint(t, lineDelta);
                prevLineno = loc.Lineno;
                return;
            }
        }
        else if (loc.EndLineno == loc.Lineno)
        {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column)
            {
                First(t, Short0 + (column >> 3), isize);
                t.Add((byte)(((column & 7) << 4) | (endColumn - column)));
                return;
            }
            if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128)
            {
                First(t, OneLine0 + lineDelta, isize);
                t.Add((byte)column);
                t.Add((byte)endColumn);
                prevLineno = loc.Lineno;
                return;
            }
        }
        First(t, Long, isize);
        SignedVarint(t, lineDelta);
        Varint(t, (uint)(loc.EndLineno - loc.Lineno));
        Varint(t, (uint)(loc.ColOffset + 1));
        Varint(t, (uint)(loc.EndColOffset + 1));
        prevLineno = loc.Lineno;
    }
}
