using Krait.Syntax.Ast;

namespace Krait.Runtime;

/// <summary>The _ast module (CPython's Python/Python-ast.c) and compile()'s two AST paths: source to
/// <c>ast</c> objects (PyCF_ONLY_AST) and <c>ast</c> objects to a code object (obj2ast, validate, compile).</summary>
public static class AstModule
{
    public const int PyCF_ONLY_AST = 0x400;
    public const int PyCF_TYPE_COMMENTS = 0x1000;
    public const int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    public static PyModule Create()
    {
        AstClasses.EnsureReady();
        var m = new PyModule("_ast");
        foreach (var (name, type) in AstClasses.All) m.Add(name, type);
        m.Add("PyCF_ONLY_AST", PyInt.FromLong(PyCF_ONLY_AST));
        m.Add("PyCF_TYPE_COMMENTS", PyInt.FromLong(PyCF_TYPE_COMMENTS));
        m.Add("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.FromLong(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        return m;
    }

    /// <summary>PyAST_Check: is <paramref name="o"/> an instance of <c>ast.AST</c>.</summary>
    public static bool IsAst(PyObject o)
    {
        AstClasses.EnsureReady();
        return Ops.IsInstance(o, AstClasses.AST);
    }

    /// <summary>A parsed tree as Python <c>ast</c> objects (PyAST_mod2obj).</summary>
    public static PyObject ToPython(ModNode mod)
    {
        AstClasses.EnsureReady();
        return AstToPy.ConvertTree(mod);
    }

    /// <summary>compile(ast_object, filename, mode): PyAST_obj2mod, _PyAST_Validate, then the compiler.</summary>
    public static PyCode Compile(PyObject ast, string filename, string mode, int optimize)
    {
        var mod = AstFromPy.ToMod(ast, mode);
        AstValidator.Validate(mod);
        return CompileService.CompileTree(mod, filename, optimize);
    }
}
