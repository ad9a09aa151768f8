using Krait.Compiler.Bytecode;

namespace Krait.Compiler.Assembler;

/// <summary>A basic block of the flow graph (compile.c's basicblock).</summary>
internal sealed class BasicBlock
{
    // Not [] / Array.Resize / AsSpan: framework generics over our struct are compiled by the JIT at start-up.
    private static readonly Instr[] s_none = new Instr[0];
    private Instr[] _instrs = s_none;

    /// <summary>Next block by control flow / layout (b_next).</summary>
    public BasicBlock? Next;
    public int Count;
    public int Predecessors;
    public int StartDepth;
    public int Offset;
    public bool NoFallthrough;
    public bool PreserveLasti;
    public bool Visited;
    public bool Exit;
    public bool Return;
    /// <summary>Handler stack on entry, used while labelling exception targets.</summary>
    public ExceptStack? ExceptStack;

    public ref Instr this[int i] => ref _instrs[i];

    public Span<Instr> Instrs => new(_instrs, 0, Count);

    /// <summary>compiler_next_instr: room for one more instruction; returns its index.</summary>
    public int NextInstr()
    {
        if (Count == _instrs.Length)
        {
            var bigger = new Instr[Math.Max(16, _instrs.Length * 2)];
            Array.Copy(_instrs, bigger, Count);
            _instrs = bigger;
        }
        return Count++;
    }

    public void Add(in Instr instr)
    {
        int i = NextInstr();
        _instrs[i] = instr;
    }

    public void Insert(int pos, in Instr instr)
    {
        NextInstr();
        for (int i = Count - 1; i > pos; i--) _instrs[i] = _instrs[i - 1];
        _instrs[pos] = instr;
    }

    public ref Instr Last => ref _instrs[Count - 1];

    public int Size()
    {
        int size = 0;
        for (int i = 0; i < Count; i++) size += InstrSize(_instrs[i]);
        return size;
    }

    /// <summary>Code units of an instruction: EXTENDED_ARGs, the instruction, its caches.</summary>
    public static int InstrSize(in Instr i)
    {
        int oparg = OpcodeInfo.HasArg(i.Opcode) ? i.Oparg : 0;
        int ext = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return ext + 1 + OpcodeInfo.CacheCount(i.Opcode);
    }
}
