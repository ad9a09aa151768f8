using Krait.Syntax;
using Krait.Syntax.Ast;

namespace Krait.Compiler.Symtable;

/// <summary>The first pass of Python/symtable.c: walks the AST, opens a block per scope and records
/// each name's usage flags. <see cref="SymtableAnalyzer"/> then resolves scopes.</summary>
internal sealed partial class SymtableBuilder
{
    private const string GlobalParam = "name '{0}' is parameter and global";
    private const string NonlocalParam = "name '{0}' is parameter and nonlocal";
    private const string GlobalAfterAssign = "name '{0}' is assigned to before global declaration";
    private const string NonlocalAfterAssign = "name '{0}' is assigned to before nonlocal declaration";
    private const string GlobalAfterUse = "name '{0}' is used prior to global declaration";
    private const string NonlocalAfterUse = "name '{0}' is used prior to nonlocal declaration";
    private const string GlobalAnnot = "annotated name '{0}' can't be global";
    private const string NonlocalAnnot = "annotated name '{0}' can't be nonlocal";
    private const string ImportStarWarning = "import * only allowed at module level";
    private const string NamedExprCompInClass =
        "assignment expression within a comprehension cannot be used in a class body";
    private const string NamedExprCompConflict =
        "assignment expression cannot rebind comprehension iteration variable '{0}'";
    private const string NamedExprCompInnerLoopConflict =
        "comprehension inner loop cannot rebind assignment expression target '{0}'";
    private const string NamedExprCompIterExpr =
        "assignment expression cannot be used in a comprehension iterable expression";
    private const string AnnotationNotAllowed = "'{0}' can not be used within an annotation";
    private const string DuplicateArgument = "duplicate argument '{0}' in function definition";

    private readonly SymbolTable _table;
    private readonly string _fileName;
    private readonly string? _source;
    private readonly List<SymbolTableEntry> _stack = [];
    private SymbolTableEntry _cur = null!;
    private SymbolTableEntry _top = null!;
    /// <summary>st_private: the name of the class whose body is being visited (for mangling).</summary>
    private string? _private;

    /// <summary>st->recursion_depth and st->recursion_limit, in CPython's units (3 per frame).</summary>
    private int _depth;
    private readonly int _limit;

    public SymtableBuilder(string fileName, FutureFeatures future, string? source, int startingDepth, int recursionLimit)
    {
        _depth = startingDepth;
        _limit = recursionLimit;
        _fileName = fileName;
        _source = source;
        _table = new SymbolTable(fileName, future);
    }

    private bool FutureAnnotations => _table.Future.Annotations;

    public SymbolTable Build(ModNode mod)
    {
        EnterBlock("top", BlockType.Module, mod, 0, 0, 0, 0);
        _top = _cur;
        _table.Top = _top;
        switch (mod)
        {
            case Module m:
                foreach (var s in m.Body) VisitStmt(s);
                break;
            case Interactive i:
                foreach (var s in i.Body) VisitStmt(s);
                break;
            case Expression e:
                VisitExpr(e.Body);
                break;
            default:
                // CPython raises RuntimeError here.
                throw new PythonSyntaxError("RuntimeError", "this compiler does not handle FunctionTypes",
                    null, 0, 0, 0, 0, null);
        }
        ExitBlock();
        new SymtableAnalyzer(_fileName, _source).Analyze(_top);
        return _table;
    }

    private void EnterRecursion()
    {
        if (++_depth > _limit)
            throw new PythonSyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                null, 0, 0, 0, 0, null);
    }

    private PythonSyntaxError Error(string msg, int lineno, int col, int endLineno, int endCol) =>
        SymtableErrors.At(msg, _fileName, _source, lineno, col + 1, endLineno, endCol + 1);

    private PythonSyntaxError Error(string msg, LocatedNode n) =>
        Error(msg, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    private void EnterBlock(string name, BlockType type, Node node, int lineno, int col, int endLineno, int endCol)
    {
        var ste = new SymbolTableEntry(name, type, node, lineno, col, endLineno, endCol);
        var prev = _stack.Count > 0 ? _stack[^1] : null;
        if (prev is not null && (prev.IsNested || prev.Type == BlockType.Function)) ste.IsNested = true;
        _table.Register(ste);
        _stack.Add(ste);
        // bpo-37757: every walrus inside the outermost iterable of a comprehension is refused,
        // even inside a nested lambda or comprehension.
        if (prev is not null) ste.CompIterExpr = prev.CompIterExpr;
        _cur = ste;
        // Annotation blocks (future annotations) are no part of the table's tree.
        if (type == BlockType.Annotation) return;
        prev?.ChildList.Add(ste);
    }

    private void EnterBlock(string name, BlockType type, LocatedNode node) =>
        EnterBlock(name, type, node, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    private void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        if (_stack.Count > 0) _cur = _stack[^1];
    }

    private void AddDef(string name, SymbolFlags flag, LocatedNode loc) =>
        AddDef(name, flag, _cur, loc.Lineno, loc.ColOffset, loc.EndLineno, loc.EndColOffset);

    private void AddDef(string name, SymbolFlags flag, SymbolTableEntry ste, LocatedNode loc) =>
        AddDef(name, flag, ste, loc.Lineno, loc.ColOffset, loc.EndLineno, loc.EndColOffset);

    /// <summary>symtable_add_def_helper.</summary>
    private void AddDef(string name, SymbolFlags flag, SymbolTableEntry ste, int lineno, int col, int endLineno, int endCol)
    {
        string mangled = SymbolTable.Mangle(_private, name);
        var dict = ste.SymbolDict;
        int val;
        if (dict.TryGetValue(mangled, out int old))
        {
            if ((flag & SymbolFlags.DefParam) != 0 && (old & (int)SymbolFlags.DefParam) != 0)
                throw Error(string.Format(DuplicateArgument, name), lineno, col, endLineno, endCol);
            val = old | (int)flag;
        }
        else
        {
            val = (int)flag;
        }
        if (ste.CompIterTarget)
        {
            // An iteration variable of a comprehension: it may not be a walrus target too.
            if ((val & (int)(SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw Error(string.Format(NamedExprCompInnerLoopConflict, name), lineno, col, endLineno, endCol);
            val |= (int)SymbolFlags.DefCompIter;
        }
        dict[mangled] = val;
        if ((flag & SymbolFlags.DefParam) != 0)
        {
            ste.VarnameList.Add(mangled);
        }
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            // Global declarations are mirrored into the module's symbols.
            var g = _top.SymbolDict;
            g.TryGetValue(mangled, out int gv);
            g[mangled] = gv | (int)flag;
        }
    }

    private void RecordDirective(string name, int lineno, int col, int endLineno, int endCol)
    {
        string mangled = SymbolTable.Mangle(_private, name);
        (_cur.Directives ??= []).Add(new SymbolTableEntry.Directive(mangled, lineno, col, endLineno, endCol));
    }
}
