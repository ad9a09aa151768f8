using Krait.Compiler.Assembler;
using Krait.Compiler.Bytecode;
using Krait.Compiler.Optimizer;
using Krait.Compiler.Symtable;
using Krait.Syntax;
using Krait.Syntax.Ast;

using Attribute = Krait.Syntax.Ast.Attribute;
using Tuple = Krait.Syntax.Ast.Tuple;

namespace Krait.Compiler.CodeGen;

/// <summary>CPython 3.11's code generator (Python/compile.c): AST + symbol table → code objects.
/// Split by concern: statements, expressions, calls, comprehensions, exceptions, patterns.</summary>
public sealed partial class Compiler
{
    private const int StackUseGuideline = 30;
    private const int MaxBlocks = 20;

    private readonly string _filename;
    private readonly string? _source;
    private readonly SymbolTable _st;
    private readonly FutureFeatures _future;
    private readonly int _optimize;
    private readonly Stack<CompilerUnit> _stack = new();
    private CompilerUnit _u = null!;
    private int _nestLevel;
    private bool _interactive;

    private Compiler(string filename, string? source, SymbolTable st, FutureFeatures future, int optimize)
    {
        _filename = filename;
        _source = source;
        _st = st;
        _future = future;
        _optimize = optimize;
    }

    /// <summary>compile(source, filename, 'exec', dont_inherit=True, optimize=<paramref name="optimize"/>)
    /// for a parsed module. Throws <see cref="PythonSyntaxError"/> for the errors the symbol table
    /// or the code generator raise.</summary>
    public static CodeObject CompileModule(Module mod, string filename, string? source = null, int optimize = 0) =>
        Compile(mod, filename, source, optimize);

    /// <summary>compile() of a parsed <see cref="Module"/> ('exec'), <see cref="Interactive"/>
    /// ('single': expression statements print their value) or <see cref="Expression"/> ('eval').</summary>
    public static CodeObject Compile(ModNode mod, string filename, string? source = null, int optimize = 0,
        List<CompileWarning>? warnings = null)
    {
        var future = FutureFeatures.FromAst(mod, filename, source);
        AstOptimizer.Optimize(mod, optimize, future.Flags);
        var st = SymbolTable.Build(mod, filename, future, source);
        var c = new Compiler(filename, source, st, future, optimize) { _warnings = warnings };
        return c.CompileMod(mod);
    }

    private CodeObject CompileMod(ModNode mod)
    {
        EnterScope("<module>", ScopeType.Module, mod, 1);
        _u.Loc = _u.Loc with { Lineno = 1 };
        bool addNone = true;
        switch (mod)
        {
            case Module m:
                Body(m.Body);
                break;
            case Interactive i:
                if (FindAnn(i.Body)) AddOp(Op.SETUP_ANNOTATIONS);
                _interactive = true;
                VisitStmts(i.Body);
                break;
            case Expression e:
                VisitExpr(e.Body);
                addNone = false;
                break;
            default:
                throw new NotSupportedException("compile mode " + mod.TypeName);
        }
        var co = Assemble(addNone);
        ExitScope();
        return co;
    }

    // ---------------------------------------------------------------- units and blocks

    private void EnterScope(string name, ScopeType scopeType, Node key, int lineno)
    {
        var ste = _st.Lookup(key);
        var u = new CompilerUnit { Ste = ste, Name = name, ScopeType = scopeType };
        foreach (var v in ste.Varnames) CompilerUnit.AddName(u.VarNames, u.VarNameList, v);
        var cells = new List<string>();
        var frees = new List<string>();
        foreach (var sym in ste.Symbols)
        {
            if (sym.Scope == SymbolScope.Cell) cells.Add(sym.Name);
            if (sym.Scope == SymbolScope.Free || (sym.Flags & SymbolFlags.DefFreeClass) != 0) frees.Add(sym.Name);
        }
        cells.Sort(StringComparer.Ordinal);
        frees.Sort(StringComparer.Ordinal);
        if (ste.NeedsClassClosure) CompilerUnit.AddName(u.CellVars, u.CellVarList, "__class__");
        foreach (var n in cells) CompilerUnit.AddName(u.CellVars, u.CellVarList, n);
        foreach (var n in frees)
        {
            if (u.FreeVars.ContainsKey(n)) continue;
            u.FreeVars[n] = u.CellVarList.Count + u.FreeVarList.Count;
            u.FreeVarList.Add(n);
        }
        u.FirstLineNo = lineno;
        u.Loc = new Location(lineno, lineno, 0, 0);
        if (_u is not null)
        {
            _stack.Push(_u);
            u.Private = _u.Private;
        }
        _u = u;
        _nestLevel++;
        var block = NewBlock();
        _u.CurBlock = block;
        if (scopeType == ScopeType.Module) _u.Loc = _u.Loc with { Lineno = 0 };
        else SetQualname();
        AddOpI(Op.RESUME, 0);
        if (scopeType == ScopeType.Module) _u.Loc = _u.Loc with { Lineno = -1 };
    }

    private void ExitScope()
    {
        _nestLevel--;
        _u = _stack.Count > 0 ? _stack.Pop() : null!;
    }

    private void SetQualname()
    {
        var u = _u;
        string? baseName = null;
        if (_stack.Count >= 1)
        {
            var parent = _stack.Peek();
            bool forceGlobal = false;
            if (u.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Class)
            {
                var mangled = SymbolTable.Mangle(parent.Private, u.Name);
                if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit) forceGlobal = true;
            }
            if (!forceGlobal)
            {
                if (parent.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Lambda)
                    baseName = parent.QualName + ".<locals>";
                else baseName = parent.QualName;
            }
        }
        u.QualName = baseName is not null ? baseName + "." + u.Name : u.Name;
    }

    private BasicBlock NewBlock()
    {
        var b = new BasicBlock();
        _u.Blocks.Add(b);
        return b;
    }

    private void UseNextBlock(BasicBlock block)
    {
        _u.CurBlock.Next = block;
        _u.CurBlock = block;
        _u.NeedNewImplicitBlock = false;
    }

    private void UseNewImplicitBlockIfNeeded()
    {
        if (_u.NeedNewImplicitBlock) UseNextBlock(NewBlock());
    }

    private static bool IsEndOfBasicBlock(int opcode) =>
        OpcodeInfo.IsJump(opcode) || opcode is Op.RETURN_VALUE or Op.RAISE_VARARGS or Op.RERAISE;

    private void AddInstr(int opcode, int oparg, Location loc, BasicBlock? target = null)
    {
        UseNewImplicitBlockIfNeeded();
        var b = _u.CurBlock;
        b.Add(new Instr(opcode, oparg, loc, target));
        if (opcode == Op.RETURN_VALUE) b.Return = true;
        if (IsEndOfBasicBlock(opcode)) _u.NeedNewImplicitBlock = true;
    }

    private void AddOp(int opcode) => AddInstr(opcode, 0, _u.Loc);

    private void AddOpNoLine(int opcode) => AddInstr(opcode, 0, Location.NoLine);

    private void AddOpI(int opcode, int oparg) => AddInstr(opcode, oparg, _u.Loc);

    private void AddOpINoLine(int opcode, int oparg) => AddInstr(opcode, oparg, Location.NoLine);

    private void AddOpJump(int opcode, BasicBlock target) => AddInstr(opcode, 0, _u.Loc, target);

    private void AddOpJumpNoLine(int opcode, BasicBlock target) => AddInstr(opcode, 0, Location.NoLine, target);

    private void LoadConst(object? value) => AddOpI(Op.LOAD_CONST, _u.AddConst(value));

    private int AddName(string name) => CompilerUnit.AddName(_u.Names, _u.NameList, name);

    private void AddOpName(int opcode, string name) =>
        AddOpI(opcode, AddName(SymbolTable.Mangle(_u.Private, name)));

    private void SetLoc(LocatedNode n) => _u.Loc = new Location(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);

    private void UnsetLoc() => _u.Loc = Location.Unset;

    private CodeObject Assemble(bool addNone)
    {
        if (!_u.CurBlock.Return)
        {
            UnsetLoc();
            if (addNone) LoadConst(null);
            AddOp(Op.RETURN_VALUE);
        }
        return CodeAssembler.Assemble(_u, ComputeCodeFlags(), _filename);
    }

    private int ComputeCodeFlags()
    {
        var ste = _u.Ste;
        int flags = 0;
        if (ste.Type == BlockType.Function)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.IsNested) flags |= CodeFlags.Nested;
            if (ste.IsGenerator && !ste.IsCoroutine) flags |= CodeFlags.Generator;
            if (!ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.Coroutine;
            if (ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.AsyncGenerator;
            if (ste.HasVarargs) flags |= CodeFlags.VarArgs;
            if (ste.HasVarkeywords) flags |= CodeFlags.VarKeywords;
        }
        flags |= _future.Flags;
        return flags;
    }

    // ---------------------------------------------------------------- errors

    private PythonSyntaxError Error(string msg)
    {
        var loc = _u.Loc;
        return new PythonSyntaxError("SyntaxError", msg, _filename, loc.Lineno, loc.ColOffset + 1,
            loc.EndLineno, loc.EndColOffset + 1, LineText(loc.Lineno));
    }

    private string? LineText(int lineno)
    {
        if (_source is null || lineno < 1) return null;
        int start = 0;
        for (int l = 1; l < lineno; l++)
        {
            int nl = _source.IndexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        int end = _source.IndexOf('\n', start);
        return end < 0 ? _source[start..] : _source[start..(end + 1)];
    }

    // ---------------------------------------------------------------- frame blocks

    private void PushFBlock(FBlockType t, BasicBlock? b, BasicBlock? exit, object? datum)
    {
        if (_u.FBlocks.Count >= MaxBlocks) throw Error("too many statically nested blocks");
        _u.FBlocks.Add(new FBlockInfo(t, b, exit, datum));
    }

    private void PopFBlock() => _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);

    // ---------------------------------------------------------------- names

    private void ForbiddenName(string name, ExprContext ctx)
    {
        if (name == "__debug__")
        {
            if (ctx == ExprContext.Store) throw Error("cannot assign to __debug__");
            if (ctx == ExprContext.Del) throw Error("cannot delete __debug__");
        }
    }

    private enum OpType { Fast, Global, Deref, Name }

    private void NameOp(string name, ExprContext ctx)
    {
        ForbiddenName(name, ctx);
        string mangled = SymbolTable.Mangle(_u.Private, name);
        var optype = OpType.Name;
        Dictionary<string, int>? dict = null;
        var scope = _u.Ste.GetScope(mangled);
        bool isFunction = _u.Ste.Type == BlockType.Function;
        switch (scope)
        {
            case SymbolScope.Free:
                dict = _u.FreeVars;
                optype = OpType.Deref;
                break;
            case SymbolScope.Cell:
                dict = _u.CellVars;
                optype = OpType.Deref;
                break;
            case SymbolScope.Local:
                if (isFunction) optype = OpType.Fast;
                break;
            case SymbolScope.GlobalImplicit:
                if (isFunction) optype = OpType.Global;
                break;
            case SymbolScope.GlobalExplicit:
                optype = OpType.Global;
                break;
        }
        switch (optype)
        {
            case OpType.Deref:
            {
                int op = ctx switch
                {
                    ExprContext.Load => _u.Ste.Type == BlockType.Class ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF,
                    ExprContext.Store => Op.STORE_DEREF,
                    _ => Op.DELETE_DEREF,
                };
                AddOpI(op, dict![mangled]);
                return;
            }
            case OpType.Fast:
            {
                int op = ctx switch { ExprContext.Load => Op.LOAD_FAST, ExprContext.Store => Op.STORE_FAST, _ => Op.DELETE_FAST };
                AddOpI(op, CompilerUnit.AddName(_u.VarNames, _u.VarNameList, mangled));
                return;
            }
            case OpType.Global:
            {
                int op = ctx switch { ExprContext.Load => Op.LOAD_GLOBAL, ExprContext.Store => Op.STORE_GLOBAL, _ => Op.DELETE_GLOBAL };
                int arg = AddName(mangled);
                AddOpI(op, op == Op.LOAD_GLOBAL ? arg << 1 : arg);
                return;
            }
            default:
            {
                int op = ctx switch { ExprContext.Load => Op.LOAD_NAME, ExprContext.Store => Op.STORE_NAME, _ => Op.DELETE_NAME };
                AddOpI(op, AddName(mangled));
                return;
            }
        }
    }
}
