using Krait.Compiler.Bytecode;
using Krait.Compiler.CodeGen;

namespace Krait.Compiler.Assembler;

/// <summary>CPython 3.11's assemble(): turns a unit's flow graph into a <see cref="CodeObject"/>.
/// The caller has already appended the implicit <c>return None</c>.</summary>
internal static partial class CodeAssembler
{
    public static CodeObject Assemble(CompilerUnit u, int flags, string filename)
    {
        var blocks = u.Blocks;
        foreach (var b in Newest(blocks)) FlowGraph.Normalize(b);
        foreach (var b in Newest(blocks)) FlowGraph.Extend(b);
        var entry = blocks[0];

        int nlocals = u.VarNameList.Count;
        int ncells = u.CellVarList.Count;
        int nfree = u.FreeVarList.Count;
        int nlocalsplus = nlocals + ncells + nfree;
        var fixedOffsets = BuildCellFixedOffsets(u);

        if (u.FirstLineNo == 0)
            u.FirstLineNo = entry.Count > 0 && entry[0].Lineno != 0 ? entry[0].Lineno : 1;

        InsertPrefixInstructions(u, entry, fixedOffsets, nfree, flags);
        int numDropped = FixCellOffsets(u, entry, fixedOffsets);
        nlocalsplus -= numDropped;

        var consts = new List<object?>(u.Consts);
        FlowGraphOptimizer.OptimizeCfg(entry, blocks, consts);
        FlowGraph.DuplicateExitsWithoutLineno(blocks);
        FlowGraphOptimizer.TrimUnusedConsts(entry, consts);
        FlowGraph.PropagateLineNumbers(entry);
        GuaranteeLinenoForExits(entry, u.FirstLineNo);
        int maxDepth = StackDepth(blocks, entry, (flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0
            || u.Ste.IsGenerator || u.Ste.IsCoroutine);

        LabelExceptionTargets(entry);
        ConvertExceptionHandlersToNops(entry);
        for (var b = entry; b is not null; b = b.Next) FlowGraph.Clean(b);

        NormalizeJumps(entry);
        ResolveJumpOffsets(entry, blocks);

        var code = EmitCode(entry);
        var lineTable = LocationTable.Build(entry, u.FirstLineNo);
        var exceptionTable = ExceptionTable.Build(entry);

        var (lpNames, lpKinds) = LocalsPlusInfo(u, nlocalsplus);
        return new CodeObject
        {
            ArgCount = u.PosOnlyArgCount + u.ArgCount,
            PosOnlyArgCount = u.PosOnlyArgCount,
            KwOnlyArgCount = u.KwOnlyArgCount,
            StackSize = maxDepth,
            Flags = flags,
            FirstLineNo = u.FirstLineNo,
            Code = code,
            Consts = [.. consts],
            Names = [.. u.NameList],
            LocalsPlusNames = lpNames,
            LocalsPlusKinds = lpKinds,
            Filename = filename,
            Name = u.Name,
            QualName = u.QualName ?? u.Name,
            LineTable = lineTable,
            ExceptionTable = exceptionTable,
        };
    }

    /// <summary>CPython walks its block list newest first.</summary>
    private static IEnumerable<BasicBlock> Newest(List<BasicBlock> blocks)
    {
        for (int i = blocks.Count - 1; i >= 0; i--) yield return blocks[i];
    }

    private static int[] BuildCellFixedOffsets(CompilerUnit u)
    {
        int nlocals = u.VarNameList.Count;
        int n = u.CellVarList.Count + u.FreeVarList.Count;
        var fixedOffsets = new int[n];
        for (int i = 0; i < n; i++) fixedOffsets[i] = nlocals + i;
        foreach (var name in u.CellVarList)
        {
            if (u.VarNames.TryGetValue(name, out int varIndex)) fixedOffsets[u.CellVars[name]] = varIndex;
        }
        return fixedOffsets;
    }

    private static void InsertPrefixInstructions(CompilerUnit u, BasicBlock entry, int[] fixedOffsets, int nfree, int flags)
    {
        if ((flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0)
        {
            entry.Insert(0, new Instr(Op.RETURN_GENERATOR, 0, new Location(u.FirstLineNo, u.FirstLineNo, -1, -1)));
            entry.Insert(1, new Instr(Op.POP_TOP, 0, Location.Unset));
        }
        int ncells = u.CellVarList.Count;
        if (ncells > 0)
        {
            int nvars = ncells + u.VarNameList.Count;
            var sorted = new int[nvars];
            for (int i = 0; i < ncells; i++) sorted[fixedOffsets[i]] = i + 1;
            for (int i = 0, used = 0; used < ncells; i++)
            {
                int old = sorted[i] - 1;
                if (old == -1) continue;
                entry.Insert(used, new Instr(Op.MAKE_CELL, old, Location.Unset));
                used++;
            }
        }
        if (nfree > 0) entry.Insert(0, new Instr(Op.COPY_FREE_VARS, nfree, Location.Unset));
    }

    private static int FixCellOffsets(CompilerUnit u, BasicBlock entry, int[] fixedMap)
    {
        int nlocals = u.VarNameList.Count;
        int n = fixedMap.Length;
        int dropped = 0;
        for (int i = 0; i < n; i++)
        {
            if (fixedMap[i] == i + nlocals) fixedMap[i] -= dropped;
            else dropped++;
        }
        for (var b = entry; b is not null; b = b.Next)
        {
            for (int i = 0; i < b.Count; i++)
            {
                ref Instr ins = ref b[i];
                switch (ins.Opcode)
                {
                    case Op.MAKE_CELL:
                    case Op.LOAD_CLOSURE:
                    case Op.LOAD_DEREF:
                    case Op.STORE_DEREF:
                    case Op.DELETE_DEREF:
                    case Op.LOAD_CLASSDEREF:
                        ins.Oparg = fixedMap[ins.Oparg];
                        break;
                }
            }
        }
        return dropped;
    }

    private static void GuaranteeLinenoForExits(BasicBlock entry, int firstLineno)
    {
        int lineno = firstLineno;
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            if (b.Last.Lineno < 0)
            {
                if (b.Last.Opcode == Op.RETURN_VALUE)
                {
                    for (int i = 0; i < b.Count; i++)
                        b[i].Loc = b[i].Loc with { Lineno = lineno };
                }
            }
            else lineno = b.Last.Lineno;
        }
    }

    private static (string[], byte[]) LocalsPlusInfo(CompilerUnit u, int nlocalsplus)
    {
        var names = new string[nlocalsplus];
        var kinds = new byte[nlocalsplus];
        foreach (var (k, offset) in u.VarNames)
        {
            byte kind = CodeObject.FastLocal;
            if (u.CellVars.ContainsKey(k)) kind |= CodeObject.FastCell;
            names[offset] = k;
            kinds[offset] = kind;
        }
        int nlocals = u.VarNames.Count;
        int dropped = 0;
        foreach (var k in u.CellVarList)
        {
            if (u.VarNames.ContainsKey(k))
            {
                dropped++;
                continue;
            }
            int offset = u.CellVars[k] + nlocals - dropped;
            names[offset] = k;
            kinds[offset] = CodeObject.FastCell;
        }
        foreach (var k in u.FreeVarList)
        {
            int offset = u.FreeVars[k] + nlocals - dropped;
            names[offset] = k;
            kinds[offset] = CodeObject.FastFree;
        }
        return (names, kinds);
    }
}
