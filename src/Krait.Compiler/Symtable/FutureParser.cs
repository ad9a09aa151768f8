using Krait.Syntax;
using Krait.Syntax.Ast;

namespace Krait.Compiler.Symtable;

/// <summary>Python/future.c: finds the <c>from __future__ import</c> statements that open a module.</summary>
internal static class FutureParser
{
    private const string LateFuture = "from __future__ imports must occur at the beginning of the file";

    public static FutureFeatures Parse(ModNode mod, string fileName, string? source)
    {
        var ff = new FutureFeatures();
        StmtNode[] body = mod switch
        {
            Module m => m.Body,
            Interactive i => i.Body,
            _ => [],
        };
        if (body.Length == 0) return ff;
        int i0 = IsDocString(body[0]) ? 1 : 0;
        bool done = false;
        int prevLine = 0;
        for (int i = i0; i < body.Length; i++)
        {
            var s = body[i];
            // Only a future statement on the same line as one before it may still follow "done".
            if (done && s.Lineno > prevLine) return ff;
            prevLine = s.Lineno;
            if (s is ImportFrom imp && imp.Module == "__future__")
            {
                if (done)
                    throw SymtableErrors.At(LateFuture, fileName, source, s.Lineno, s.ColOffset, s.Lineno, 0);
                CheckFeatures(ff, imp, fileName, source);
                ff.Lineno = s.Lineno;
            }
            else
            {
                done = true;
            }
        }
        return ff;
    }

    private static void CheckFeatures(FutureFeatures ff, ImportFrom s, string fileName, string? source)
    {
        foreach (var alias in s.Names)
        {
            switch (alias.Name)
            {
                case "nested_scopes":
                case "generators":
                case "division":
                case "absolute_import":
                case "with_statement":
                case "print_function":
                case "unicode_literals":
                case "generator_stop":
                    break;
                case "barry_as_FLUFL":
                    ff.Flags |= FutureFeatures.CoFutureBarryAsBdfl;
                    break;
                case "annotations":
                    ff.Flags |= FutureFeatures.CoFutureAnnotations;
                    break;
                case "braces":
                    throw SymtableErrors.At("not a chance", fileName, source, s.Lineno, s.ColOffset + 1, s.Lineno, 0);
                default:
                    throw SymtableErrors.At($"future feature {alias.Name} is not defined", fileName, source,
                        s.Lineno, s.ColOffset + 1, s.Lineno, 0);
            }
        }
    }

    /// <summary>_PyAST_GetDocString: the first statement is a string constant expression.</summary>
    internal static bool IsDocString(StmtNode s) => s is Expr { Value: Constant { Value: string } };
}
