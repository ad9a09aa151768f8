using Krait.Syntax;

namespace Krait.Compiler.Symtable;

/// <summary>The second pass of Python/symtable.c (symtable_analyze): resolves every name of every
/// block to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, top-down for the names
/// visible to nested blocks and bottom-up for the free variables they need.</summary>
internal sealed class SymtableAnalyzer
{
    private const int Local = (int)SymbolScope.Local;
    private const int GlobalExplicit = (int)SymbolScope.GlobalExplicit;
    private const int GlobalImplicit = (int)SymbolScope.GlobalImplicit;
    private const int Free = (int)SymbolScope.Free;
    private const int Cell = (int)SymbolScope.Cell;
    private const int DefBound = (int)SymbolFlags.DefBound;

    private readonly string _fileName;
    private readonly string? _source;

    public SymtableAnalyzer(string fileName, string? source)
    {
        _fileName = fileName;
        _source = source;
    }

    public void Analyze(SymbolTableEntry top) =>
        AnalyzeBlock(top, bound: null, free: new HashSet<string>(StringComparer.Ordinal),
            global: new HashSet<string>(StringComparer.Ordinal));

    /// <summary>analyze_block. <paramref name="bound"/> is null for the module (names bound in
    /// enclosing function scopes otherwise); <paramref name="free"/> collects this block's free
    /// variables for the parent.</summary>
    private void AnalyzeBlock(SymbolTableEntry ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>(StringComparer.Ordinal);
        var scopes = new Dictionary<string, int>(ste.SymbolCount, StringComparer.Ordinal);
        var newGlobal = new HashSet<string>(StringComparer.Ordinal);
        var newFree = new HashSet<string>(StringComparer.Ordinal);
        var newBound = new HashSet<string>(StringComparer.Ordinal);

        // A class body's names are not visible in its methods: children see what the class saw.
        if (ste.Type == BlockType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }

        var symbols = ste.SymbolDict;
        for (int i = 0; i < symbols.Count; i++)
        {
            var kv = symbols.GetAt(i);
            AnalyzeName(ste, scopes, kv.Key, kv.Value, bound, local, free, global);
        }

        if (ste.Type != BlockType.Class)
        {
            if (ste.Type == BlockType.Function) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            // Methods can refer to the class being defined through __class__.
            newBound.Add("__class__");
        }

        var allFree = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in ste.ChildList)
        {
            AnalyzeChildBlock(child, newBound, newFree, newGlobal, allFree);
            if (child.HasFree || child.ChildFree) ste.ChildFree = true;
        }
        newFree.UnionWith(allFree);

        if (ste.Type == BlockType.Function)
            AnalyzeCells(scopes, newFree);
        else if (ste.Type == BlockType.Class && newFree.Remove("__class__"))
            ste.NeedsClassClosure = true;

        UpdateSymbols(symbols, scopes, bound, newFree, ste.Type == BlockType.Class);
        free.UnionWith(newFree);
    }

    private void AnalyzeChildBlock(SymbolTableEntry entry, HashSet<string> bound, HashSet<string> free,
        HashSet<string> global, HashSet<string> childFree)
    {
        // Each child gets copies, so that siblings don't see each other's names.
        var tempBound = new HashSet<string>(bound, StringComparer.Ordinal);
        var tempFree = new HashSet<string>(free, StringComparer.Ordinal);
        var tempGlobal = new HashSet<string>(global, StringComparer.Ordinal);
        AnalyzeBlock(entry, tempBound, tempFree, tempGlobal);
        childFree.UnionWith(tempFree);
    }

    /// <summary>analyze_name: decides one name's scope.</summary>
    private void AnalyzeName(SymbolTableEntry ste, Dictionary<string, int> scopes, string name, int flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & (int)SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & (int)SymbolFlags.DefNonlocal) != 0)
                throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
            scopes[name] = GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & (int)SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null)
                throw ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.Contains(name))
                throw ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found");
            scopes[name] = Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & DefBound) != 0)
        {
            scopes[name] = Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        // Bound in an enclosing function: free here (a non-null bound means the block is nested).
        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            scopes[name] = GlobalImplicit;
            return;
        }
        if (ste.IsNested) ste.HasFree = true;
        scopes[name] = GlobalImplicit;
    }

    /// <summary>analyze_cells: a local that a nested block uses freely becomes a cell.</summary>
    private static void AnalyzeCells(Dictionary<string, int> scopes, HashSet<string> free)
    {
        List<string>? cells = null;
        foreach (var kv in scopes)
        {
            if (kv.Value != Local || !free.Contains(kv.Key)) continue;
            (cells ??= []).Add(kv.Key);
        }
        if (cells is null) return;
        foreach (var name in cells)
        {
            scopes[name] = Cell;
            free.Remove(name);
        }
    }

    /// <summary>update_symbols: stores the scopes into the flags, then adds the free variables of
    /// children that pass through this block. CPython iterates a set for the latter, so their
    /// relative order is not deterministic there; Krait adds them in ordinal order.</summary>
    private static void UpdateSymbols(SymbolDict symbols, Dictionary<string, int> scopes,
        HashSet<string>? bound, HashSet<string> free, bool classFlag)
    {
        for (int i = 0; i < symbols.Count; i++)
        {
            var kv = symbols.GetAt(i);
            symbols.SetAt(i, kv.Value | (scopes[kv.Key] << SymbolTable.ScopeOffset));
        }
        if (free.Count == 0) return;
        var names = new List<string>(free);
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (symbols.TryGetValue(name, out int v))
            {
                // A method's free variable that is also bound (or global) in the class body.
                if (classFlag && (v & (DefBound | (int)SymbolFlags.DefGlobal)) != 0)
                    symbols[name] = v | (int)SymbolFlags.DefFreeClass;
                continue;
            }
            // Not bound in an enclosing function: it is a global.
            if (bound is not null && !bound.Contains(name)) continue;
            symbols[name] = Free << SymbolTable.ScopeOffset;
        }
    }

    private PythonSyntaxError ErrorAtDirective(SymbolTableEntry ste, string name, string msg)
    {
        if (ste.Directives is not null)
            foreach (var d in ste.Directives)
                if (d.Name == name)
                    return SymtableErrors.At(msg, _fileName, _source, d.Lineno, d.Col + 1, d.EndLineno, d.EndCol + 1);
        throw new InvalidOperationException("BUG: internal directive bookkeeping broken");
    }
}
