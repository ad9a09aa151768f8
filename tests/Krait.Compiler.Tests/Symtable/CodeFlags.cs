using System.Text;
using Krait.Compiler.Symtable;
using Krait.Syntax.Ast;

namespace Krait.Compiler.Tests.Symtable;

/// <summary>What tools/dump_symtable.py --code-flags prints, computed from Krait's table: the code
/// flags compile.c's compute_code_flags derives from each function block (ste_nested,
/// ste_generator, ste_coroutine, ste_varargs, ste_varkeywords), keyed by the code object's
/// co_name and co_firstlineno.</summary>
internal static class CodeFlags
{
    private const int Optimized = 0x1, NewLocals = 0x2, VarArgs = 0x4, VarKeywords = 0x8, Nested = 0x10,
        Generator = 0x20, Coroutine = 0x80, AsyncGenerator = 0x200;

    public static string Dump(SymbolTable table)
    {
        var lines = new List<string>();
        Collect(table.Top, lines);
        lines.Sort(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var l in lines) sb.Append(l).Append('\n');
        return sb.ToString();
    }

    private static void Collect(SymbolTableEntry ste, List<string> lines)
    {
        if (ste.Type == BlockType.Function)
        {
            int flags = Optimized | NewLocals;
            if (ste.IsNested) flags |= Nested;
            if (ste.IsGenerator && !ste.IsCoroutine) flags |= Generator;
            if (!ste.IsGenerator && ste.IsCoroutine) flags |= Coroutine;
            if (ste.IsGenerator && ste.IsCoroutine) flags |= AsyncGenerator;
            if (ste.HasVarargs) flags |= VarArgs;
            if (ste.HasVarkeywords) flags |= VarKeywords;
            var (name, line) = ste.Node switch
            {
                FunctionDef f => (f.Name, f.DecoratorList.Length > 0 ? f.DecoratorList[0].Lineno : f.Lineno),
                AsyncFunctionDef f => (f.Name, f.DecoratorList.Length > 0 ? f.DecoratorList[0].Lineno : f.Lineno),
                Lambda l => ("<lambda>", l.Lineno),
                ListComp l => ("<listcomp>", l.Lineno),
                SetComp s => ("<setcomp>", s.Lineno),
                DictComp d => ("<dictcomp>", d.Lineno),
                GeneratorExp g => ("<genexpr>", g.Lineno),
                _ => (ste.Name, ste.Lineno),
            };
            lines.Add($"{name} {line} 0x{flags:x}");
        }
        foreach (var c in ste.Children) Collect(c, lines);
    }
}
