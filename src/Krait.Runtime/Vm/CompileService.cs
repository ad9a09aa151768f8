using Krait.Compiler.CodeGen;
using Krait.Syntax;
using Krait.Syntax.Ast;
using Krait.Syntax.Parser;
using Krait.Syntax.Tokenizer;

namespace Krait.Runtime;

/// <summary>The runtime's one seam to the compiler: source → code object, compile errors → Python
/// SyntaxError (and the other exception types compile() raises).</summary>
public static class CompileService
{
    /// <summary>Warnings emitted by compilations on this thread (the start-up compile cache only keeps
    /// compilations that emitted none, so that a cached run warns exactly as a compiling one).</summary>
    [ThreadStatic] internal static int t_warningsEmitted;

    /// <summary>compile(source, filename, mode) for mode "exec", "eval" or "single". <paramref name="fromFile"/>: whether
    /// an error's line is re-read from the file <paramref name="filename"/> (CPython does so for 'exec' when the file
    /// exists); null decides by looking.</summary>
    public static PyCode Compile(byte[] source, string filename, string mode, int optimize = -1, bool? fromFile = null)
    {
        var parseMode = mode switch
        {
            "exec" => ParseMode.File,
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Interactive,
            _ => throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        if (optimize < 0) optimize = PythonRuntime.Optimize;
        var tokenizerWarnings = new List<TokenizerWarning>();
        var compileWarnings = new List<CompileWarning>();
        string text;
        Krait.Compiler.Bytecode.CodeObject code;
        try
        {
            ModNode mod;
            try
            {
                mod = PythonParser.ParseModule(source, filename, parseMode, tokenizerWarnings,
                    errorTextFromFile: parseMode == ParseMode.File && (fromFile ?? File.Exists(filename)));
            }
            finally
            {
                // The tokenizer warns as it reads, so its warnings come out even when the parse then fails.
                EmitTokenizerWarnings(tokenizerWarnings, filename);
            }
            text = System.Text.Encoding.UTF8.GetString(source);
            code = Krait.Compiler.CodeGen.Compiler.Compile(mod, filename, text, optimize, compileWarnings);
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonException(ToPython(e));
        }
        foreach (var w in compileWarnings) EmitCompileWarning(w, filename);
        return new PyCode(code);
    }

    /// <summary>compile(source, filename, mode, PyCF_ONLY_AST): the parsed tree as Python <c>ast</c> objects
    /// (mode "exec", "eval", "single" or "func_type"); the tree is not optimized, as in CPython.</summary>
    public static PyObject ParseToAst(byte[] source, string filename, string mode, bool? fromFile = null)
    {
        var tokenizerWarnings = new List<TokenizerWarning>();
        ModNode mod;
        try
        {
            try
            {
                var parseMode = mode switch
                {
                    "exec" => ParseMode.File,
                    "eval" => ParseMode.Eval,
                    "single" => ParseMode.Interactive,
                    _ => ParseMode.FuncType,
                };
                mod = PythonParser.ParseModule(source, filename, parseMode, tokenizerWarnings,
                    errorTextFromFile: parseMode == ParseMode.File && (fromFile ?? File.Exists(filename)));
            }
            finally
            {
                EmitTokenizerWarnings(tokenizerWarnings, filename);
            }
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonException(ToPython(e));
        }
        return AstModule.ToPython(mod);
    }

    /// <summary>compile() of a tree that came from Python <c>ast</c> objects (already validated).</summary>
    public static PyCode CompileTree(ModNode mod, string filename, int optimize)
    {
        if (optimize < 0) optimize = PythonRuntime.Optimize;
        var compileWarnings = new List<CompileWarning>();
        Krait.Compiler.Bytecode.CodeObject code;
        try
        {
            code = Krait.Compiler.CodeGen.Compiler.Compile(mod, filename, null, optimize, compileWarnings);
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonException(ToPython(e));
        }
        foreach (var w in compileWarnings) EmitCompileWarning(w, filename);
        return new PyCode(code);
    }

    private static void EmitTokenizerWarnings(List<TokenizerWarning> warnings, string filename)
    {
        t_warningsEmitted += warnings.Count;
        // The parser's error pass tokenizes again: a warning it repeats is one warning.
        var seen = new HashSet<TokenizerWarning>();
        foreach (var w in warnings)
        {
            if (!seen.Add(w)) continue;
            var category = w.Category == "DeprecationWarning" ? PyExc.DeprecationWarning : PyExc.SyntaxWarning;
            try
            {
                WarningsModule.WarnExplicit(category, w.Message, filename, w.Lineno);
            }
            catch (PythonException pe) when (w.Text is not null && pe.Value.Type.IsSubtype(category))
            {
                // parser_warn: a warning turned into an error is reported as a SyntaxError at the token.
                throw new PythonException(ToPython(new PythonSyntaxError("SyntaxError", w.Message, filename, w.Lineno,
                    w.Offset, w.EndLineno == 0 ? w.Lineno : w.EndLineno, w.EndLineno == 0 ? w.Offset : w.EndOffset, w.Text)));
            }
        }
    }

    /// <summary>compiler_warn: the warning, or — when a filter turns it into an exception — a SyntaxError at
    /// the code's location (compiler_error).</summary>
    private static void EmitCompileWarning(CompileWarning w, string filename)
    {
        t_warningsEmitted++;
        try
        {
            WarningsModule.WarnExplicit(PyExc.SyntaxWarning, w.Message, filename, w.Lineno);
        }
        catch (PythonException pe) when (pe.Value.Type.IsSubtype(PyExc.SyntaxWarning))
        {
            // PyErr_ProgramTextObject: the line as the file on disk has it (none for a string's "file").
            var line = ExceptionPrinter.SourceLines.GetLine(filename, w.Lineno) is { } l ? l + "\n" : null;
            throw new PythonException(ToPython(new PythonSyntaxError("SyntaxError", w.Message, filename, w.Lineno,
                w.ColOffset + 1, w.EndLineno, w.EndColOffset + 1, line)));
        }
    }

    /// <summary>The Python exception for a compile error, with SyntaxError's fields.</summary>
    public static PyBaseException ToPython(PythonSyntaxError e)
    {
        var type = e.ErrorType switch
        {
            "SyntaxError" => PyExc.SyntaxError,
            "IndentationError" => PyExc.IndentationError,
            "TabError" => PyExc.TabError,
            "ValueError" => PyExc.ValueError,
            "MemoryError" => PyExc.MemoryError,
            "RecursionError" => PyExc.RecursionError,
            "UnicodeDecodeError" => PyExc.SyntaxError,
            _ => PyExc.SyntaxError,
        };
        if (!type.IsSubtype(PyExc.SyntaxError))
            return e.Msg.Length == 0 ? PyErr.Make(type) : PyErr.Make(type, e.Msg);
        PyObject Opt(int v) => PyInt.FromLong(v);
        var details = PyTuple.Create([
            e.FileName is null ? PyNone.Instance : new PyStr(e.FileName),
            PyInt.FromLong(e.Lineno),
            Opt(e.Offset),
            e.Text is null ? PyNone.Instance : new PyStr(e.Text),
            Opt(e.EndLineno),
            Opt(e.EndOffset),
        ]);
        return (PyBaseException)Ops.Call(type, [new PyStr(e.Msg), details]);
    }
}
