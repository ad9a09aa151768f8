using System.Text;
using Krait.Compiler.Symtable;
using Krait.Syntax;
using Krait.Syntax.Ast;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using Assert = Xunit.Assert;

namespace Krait.Compiler.Tests.Symtable;

/// <summary>The 'eval' and 'single' modes (Expression and Interactive modules) against
/// python3.11's <c>symtable.symtable(src, name, mode)</c>.</summary>
public class SymtableModeTests
{
    private static readonly (string Mode, string Source)[] Cases =
    [
        ("eval", "x + y\n"),
        ("eval", "lambda a, *b: [a for c in b if c]\n"),
        ("eval", "[(y := x) for x in z]\n"),
        ("eval", "(yield)\n"),
        ("eval", "[x for x in (y := 1)]\n"),
        // Krait's parser does not accept compound statements in 'single' mode yet.
        ("single", "x = 1\n"),
        ("single", "global g; print(g, [g for h in i])\n"),
        ("single", "from os import *\n"),
        ("single", "from __future__ import annotations\n"),
    ];

    private static readonly Lazy<string[]> Expected = new(() =>
    {
        string dir = Path.Combine(Path.GetTempPath(), "krait-symtable-modes-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        var result = new string[Cases.Length];
        foreach (string mode in new[] { "eval", "single" })
        {
            var idx = new List<int>();
            var paths = new List<string>();
            for (int i = 0; i < Cases.Length; i++)
            {
                if (Cases[i].Mode != mode) continue;
                string p = Path.Combine(dir, $"case{i}.py");
                File.WriteAllText(p, Cases[i].Source, new UTF8Encoding(false));
                idx.Add(i);
                paths.Add(p);
            }
            var dumps = SymtableOracle.FullDumps(paths, mode);
            for (int j = 0; j < idx.Count; j++)
                result[idx[j]] = dumps[j].Dump ?? "CPython cannot parse: " + dumps[j].ParseError;
        }
        return result;
    });

    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Cases.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void MatchesCPython(int index)
    {
        var (mode, source) = Cases[index];
        var parseMode = mode == "eval" ? ParseMode.Eval : ParseMode.Interactive;
        string actual;
        try
        {
            ModNode mod = new PythonParser(SourceText.FromString(source, "case.py"), parseMode).Run();
            actual = SymtableDumper.Dump(SymbolTable.Build(mod, "case.py", source));
        }
        catch (PythonSyntaxError e)
        {
            actual = SymtableDumper.DumpError(e);
        }
        string expected = Expected.Value[index];
        if (expected != actual) Assert.Fail(KraitSymtable.FirstDifference(expected, actual));
    }
}
