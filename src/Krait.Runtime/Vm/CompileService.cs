using Krait.Syntax;
using Krait.Syntax.Parser;

namespace Krait.Runtime;

/// <summary>The runtime's one seam to the compiler: source → code object, compile errors → Python
/// SyntaxError (and the other exception types compile() raises).</summary>
public static class CompileService
{
    /// <summary>compile(source, filename, mode) for mode "exec", "eval" or "single".</summary>
    public static PyCode Compile(byte[] source, string filename, string mode, int optimize = -1)
    {
        var parseMode = mode switch
        {
            "exec" => ParseMode.File,
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Interactive,
            _ => throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        if (optimize < 0) optimize = PythonRuntime.Optimize;
        try
        {
            var mod = PythonParser.ParseModule(source, filename, parseMode);
            var text = System.Text.Encoding.UTF8.GetString(source);
            return new PyCode(Krait.Compiler.CodeGen.Compiler.Compile(mod, filename, text, optimize));
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonException(ToPython(e));
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
        PyObject Opt(int v) => v == 0 ? PyNone.Instance : PyInt.FromLong(v);
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
