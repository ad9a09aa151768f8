using Krait.Syntax.Ast;

namespace Krait.Compiler.Symtable;

/// <summary>One scope (CPython's <c>PySTEntryObject</c>): the module, a def/async def/lambda, a
/// class body, or a comprehension.</summary>
public sealed class SymbolTableEntry
{
    // Name → raw flags (usage bits | scope << ScopeOffset), in insertion order like CPython's dict.
    private readonly SymbolDict _symbols = new();
    private readonly List<string> _varnames = [];
    private readonly List<SymbolTableEntry> _children = [];

    internal SymbolTableEntry(string name, BlockType type, Node node, int lineno, int colOffset,
        int endLineno, int endColOffset)
    {
        Name = name;
        Type = type;
        Node = node;
        Lineno = lineno;
        ColOffset = colOffset;
        EndLineno = endLineno;
        EndColOffset = endColOffset;
    }

    /// <summary>The block's name: <c>top</c>, the def/class name, <c>lambda</c>, <c>listcomp</c>,
    /// <c>setcomp</c>, <c>dictcomp</c>, <c>genexpr</c> (or <c>_annotation</c>).</summary>
    public string Name { get; }
    public BlockType Type { get; }
    /// <summary>The AST node that opened the block (the ModNode, FunctionDef, AsyncFunctionDef,
    /// ClassDef, Lambda, ListComp, SetComp, DictComp, GeneratorExp).</summary>
    public Node Node { get; }
    public int Lineno { get; }
    public int ColOffset { get; }
    public int EndLineno { get; }
    public int EndColOffset { get; }

    /// <summary>ste_nested: inside a function (directly or through other blocks).</summary>
    public bool IsNested { get; internal set; }
    /// <summary>ste_generator: contains yield, or is a generator expression.</summary>
    public bool IsGenerator { get; internal set; }
    /// <summary>ste_coroutine: async def, contains await / async for / async with / an async
    /// comprehension (a non-generator comprehension that awaits makes its parent a coroutine too).</summary>
    public bool IsCoroutine { get; internal set; }
    /// <summary>ste_comprehension.</summary>
    public ComprehensionKind Comprehension { get; internal set; }
    /// <summary>ste_returns_value: has <c>return expr</c>.</summary>
    public bool ReturnsValue { get; internal set; }
    /// <summary>ste_varargs / ste_varkeywords: has *args / **kwargs.</summary>
    public bool HasVarargs { get; internal set; }
    public bool HasVarkeywords { get; internal set; }
    /// <summary>ste_free: the block has free variables.</summary>
    public bool HasFree { get; internal set; }
    /// <summary>ste_child_free: some child block (at any depth) has free variables.</summary>
    public bool ChildFree { get; internal set; }
    /// <summary>ste_needs_class_closure: a class whose methods use <c>__class__</c> or <c>super</c>.</summary>
    public bool NeedsClassClosure { get; internal set; }

    /// <summary>True for a function block (CO_OPTIMIZED code): symtable's <c>is_optimized()</c>.</summary>
    public bool IsOptimized => Type == BlockType.Function;

    /// <summary>Child blocks in the order they appear in the source.</summary>
    public IReadOnlyList<SymbolTableEntry> Children => _children;

    /// <summary>ste_varnames: the parameters in order (posonly, args, kwonly, *args, **kwargs;
    /// <c>.0</c> for comprehensions). Codegen appends the other locals itself.</summary>
    public IReadOnlyList<string> Varnames => _varnames;

    /// <summary>Number of names in the scope.</summary>
    public int SymbolCount => _symbols.Count;

    /// <summary>The names with their flags, in CPython's insertion order.</summary>
    public IEnumerable<Symbol> Symbols
    {
        get
        {
            for (int i = 0; i < _symbols.Count; i++)
            {
                var kv = _symbols.GetAt(i);
                yield return new Symbol(kv.Key, kv.Value);
            }
        }
    }

    /// <summary>The (already mangled) name's symbol, if the scope has it.</summary>
    public bool TryGetSymbol(string name, out Symbol symbol)
    {
        if (_symbols.TryGetValue(name, out int v))
        {
            symbol = new Symbol(name, v);
            return true;
        }
        symbol = default;
        return false;
    }

    /// <summary>_PyST_GetSymbol: the raw flags of a (mangled) name, 0 if absent.</summary>
    public int GetRawFlags(string name) => _symbols.TryGetValue(name, out int v) ? v : 0;

    /// <summary>_PyST_GetScope: the resolved scope of a (mangled) name, None if absent.</summary>
    public SymbolScope GetScope(string name) =>
        (SymbolScope)((GetRawFlags(name) >> SymbolTable.ScopeOffset) & SymbolTable.ScopeMask);

    public override string ToString() => $"<symtable entry {Name}({Type}), line {Lineno}>";

    // ---- mutation, for the builder and the analysis ----

    internal SymbolDict SymbolDict => _symbols;
    internal List<string> VarnameList => _varnames;
    internal List<SymbolTableEntry> ChildList => _children;

    /// <summary>Global/nonlocal statements (and walrus targets in comprehensions) in this block,
    /// for error locations: (mangled name, lineno, col, end lineno, end col).</summary>
    internal List<Directive>? Directives { get; set; }

    /// <summary>A global/nonlocal directive's name and location (a class: a List of tuples would be compiled by
    /// the JIT at start-up, a framework generic over a value type).</summary>
    internal sealed record Directive(string Name, int Lineno, int Col, int EndLineno, int EndCol);

    /// <summary>ste_comp_iter_target: visiting a comprehension's target.</summary>
    internal bool CompIterTarget { get; set; }
    /// <summary>ste_comp_iter_expr: depth of comprehension iterable expressions being visited.</summary>
    internal int CompIterExpr { get; set; }
}
