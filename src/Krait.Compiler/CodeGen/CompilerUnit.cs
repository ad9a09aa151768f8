using Krait.Compiler.Assembler;
using Krait.Compiler.Bytecode;
using Krait.Compiler.Symtable;

using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.CodeGen;

/// <summary>The state of one code object being compiled (compile.c's compiler_unit).</summary>
internal sealed class CompilerUnit
{
    // Dictionary keys cannot be null: None is stored under this sentinel.
    internal static readonly object NoneKey = new();

    public required SymbolTableEntry Ste;
    public required string Name;
    public string? QualName;
    public ScopeType ScopeType;

    public readonly Dictionary<object, int> ConstIndex = new(ConstantKey.Instance!);
    public readonly List<object?> Consts = [];
    public readonly Dictionary<string, int> Names = new(StringComparer.Ordinal);
    public readonly List<string> NameList = [];
    public readonly Dictionary<string, int> VarNames = new(StringComparer.Ordinal);
    public readonly List<string> VarNameList = [];
    public readonly Dictionary<string, int> CellVars = new(StringComparer.Ordinal);
    public readonly List<string> CellVarList = [];
    public readonly Dictionary<string, int> FreeVars = new(StringComparer.Ordinal);
    public readonly List<string> FreeVarList = [];

    public string? Private;
    public int ArgCount;
    public int PosOnlyArgCount;
    public int KwOnlyArgCount;

    /// <summary>All blocks in allocation order (CPython's u_blocks list reversed).</summary>
    public readonly List<BasicBlock> Blocks = [];
    public BasicBlock CurBlock = null!;
    public readonly List<FBlockInfo> FBlocks = [];

    public int FirstLineNo;
    public Location Loc;
    public bool NeedNewImplicitBlock;

    public int AddConst(object? value)
    {
        object key = value ?? NoneKey;
        if (ConstIndex.TryGetValue(key, out int i)) return i;
        i = Consts.Count;
        ConstIndex[key] = i;
        Consts.Add(value);
        return i;
    }

    public static int AddName(Dictionary<string, int> dict, List<string> list, string name)
    {
        if (dict.TryGetValue(name, out int i)) return i;
        i = list.Count;
        dict[name] = i;
        list.Add(name);
        return i;
    }
}
