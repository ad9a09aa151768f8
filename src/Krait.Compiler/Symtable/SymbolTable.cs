using Krait.Syntax;
using Krait.Syntax.Ast;

namespace Krait.Compiler.Symtable;

/// <summary>CPython 3.11's symbol table (Python/symtable.c) for a Krait AST: one
/// <see cref="SymbolTableEntry"/> per scope, names resolved to LOCAL/GLOBAL/FREE/CELL.</summary>
public sealed class SymbolTable
{
    /// <summary>SCOPE_OFFSET: the scope is stored in the flags at this bit.</summary>
    public const int ScopeOffset = 11;
    /// <summary>SCOPE_MASK.</summary>
    public const int ScopeMask = 15;

    private readonly Dictionary<Node, SymbolTableEntry> _blocks = new(ReferenceEqualityComparer.Instance);

    internal SymbolTable(string fileName, FutureFeatures future)
    {
        FileName = fileName;
        Future = future;
    }

    public string FileName { get; }
    public FutureFeatures Future { get; }
    /// <summary>The module's block (named <c>top</c>).</summary>
    public SymbolTableEntry Top { get; internal set; } = null!;

    /// <summary>COMPILER_STACK_FRAME_SCALE × the default recursion limit (1000): the depth of
    /// statements and expressions at which CPython's symtable gives up.</summary>
    public const int DefaultRecursionLimit = 3000;

    /// <summary>Builds and analyses the table (_PySymtable_Build). Throws
    /// <see cref="PythonSyntaxError"/> with CPython's message and location for the errors the
    /// symbol table raises. <paramref name="sourceText"/> (the decoded source) only supplies the
    /// error's text line, which CPython reads from the file. Error offsets are 1-based UTF-8 byte
    /// columns, as CPython's symtable reports them. Nesting deeper than the limit raises
    /// <c>RecursionError: maximum recursion depth exceeded during compilation</c> (ErrorType
    /// "RecursionError", no location); CPython starts counting at 3 × (Python frames + 1) when
    /// compile() is called from Python code, and at 0 when it runs a file
    /// (<paramref name="startingDepth"/>); the limit is 3 × sys.getrecursionlimit().</summary>
    public static SymbolTable Build(ModNode mod, string fileName, FutureFeatures future, string? sourceText = null,
        int startingDepth = 0, int recursionLimit = DefaultRecursionLimit) =>
        new SymtableBuilder(fileName, future, sourceText, startingDepth, recursionLimit).Build(mod);

    /// <summary>Future parse plus <see cref="Build(ModNode,string,FutureFeatures,string?)"/>, as
    /// <c>symtable.symtable()</c> does.</summary>
    public static SymbolTable Build(ModNode mod, string fileName, string? sourceText = null) =>
        Build(mod, fileName, FutureFeatures.FromAst(mod, fileName, sourceText), sourceText);

    /// <summary>PySymtable_Lookup: the block opened by a module, def, async def, class, lambda or
    /// comprehension node.</summary>
    public SymbolTableEntry Lookup(Node node) =>
        _blocks.TryGetValue(node, out var e) ? e
            : throw new KeyNotFoundException($"no symbol table entry for {node.TypeName}");

    public bool TryLookup(Node node, out SymbolTableEntry entry) => _blocks.TryGetValue(node, out entry!);

    internal void Register(SymbolTableEntry e) => _blocks[e.Node] = e;

    /// <summary>_Py_Mangle: private name mangling. In a class <paramref name="className"/>, a name
    /// that starts with two underscores and does not end with two, and has no dot, becomes
    /// <c>_</c> + class name without its leading underscores + name; a class named only with
    /// underscores mangles nothing. Null <paramref name="className"/> means "not in a class".</summary>
    public static string Mangle(string? className, string name)
    {
        if (className is null || name.Length < 2 || name[0] != '_' || name[1] != '_') return name;
        if ((name[^1] == '_' && name[^2] == '_') || name.Contains('.')) return name;
        int i = 0;
        while (i < className.Length && className[i] == '_') i++;
        if (i == className.Length) return name;
        return string.Concat("_", className.AsSpan(i), name);
    }
}
