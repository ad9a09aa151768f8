namespace Krait.Compiler.Assembler;

/// <summary>The 3.11 exception table (Objects/exception_handling_notes.txt): per range of code
/// units with the same handler, start, size, target and depth&lt;&lt;1|lasti as varints of 6-bit
/// chunks, most significant first, bit 6 = continuation, bit 7 marks an entry's first byte.</summary>
internal static class ExceptionTable
{
    public static byte[] Build(BasicBlock entry)
    {
        var table = new List<byte>();
        BasicBlock? handler = null;
        int start = -1, ioffset = 0;
        for (var b = entry; b is not null; b = b.Next)
        {
            ioffset = b.Offset;
            for (int i = 0; i < b.Count; i++)
            {
                ref Instr ins = ref b[i];
                if (ins.Except != handler)
                {
                    if (handler is not null) EmitEntry(table, start, ioffset, handler);
                    start = ioffset;
                    handler = ins.Except;
                }
                ioffset += BasicBlock.InstrSize(ins);
            }
        }
        if (handler is not null) EmitEntry(table, start, ioffset, handler);
        return [.. table];
    }

    private static void EmitEntry(List<byte> t, int start, int end, BasicBlock handler)
    {
        int depth = handler.StartDepth - 1;
        if (handler.PreserveLasti) depth -= 1;
        int depthLasti = (depth << 1) | (handler.PreserveLasti ? 1 : 0);
        EmitItem(t, start, 0x80);
        EmitItem(t, end - start, 0);
        EmitItem(t, handler.Offset, 0);
        EmitItem(t, depthLasti, 0);
    }

    private static void EmitItem(List<byte> t, int value, int msb)
    {
        const int Continuation = 64;
        if (value >= 1 << 24) { t.Add((byte)((value >> 24) | Continuation | msb)); msb = 0; }
        if (value >= 1 << 18) { t.Add((byte)(((value >> 18) & 0x3f) | Continuation | msb)); msb = 0; }
        if (value >= 1 << 12) { t.Add((byte)(((value >> 12) & 0x3f) | Continuation | msb)); msb = 0; }
        if (value >= 1 << 6) { t.Add((byte)(((value >> 6) & 0x3f) | Continuation | msb)); msb = 0; }
        t.Add((byte)((value & 0x3f) | msb));
    }
}
