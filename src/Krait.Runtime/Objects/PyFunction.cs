namespace Krait.Runtime;

/// <summary>function: a code object with its globals, defaults and closure (Objects/funcobject.c).</summary>
public sealed partial class PyFunction : PyObject
{
    public static readonly PyType FunctionType = PyType.NewBuiltin("function", PyType.ObjectType, TypeFlags.MethodDescriptor, InitType);

    public PyCode Code;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    public PyStr Name, QualName;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    /// <summary>The cells of the code's free variables, in co_freevars order.</summary>
    public PyTuple? Closure;
    public PyObject Doc;
    public PyObject Module;
    public PyObject? Annotations;
    private PyDict? _dict;

    public PyFunction(PyCode code, PyDict globals, PyStr? qualname = null) : base(FunctionType)
    {
        Code = code;
        Globals = globals;
        Builtins = PythonRuntime.BuiltinsFor(globals);
        Name = code.Name;
        QualName = qualname ?? code.QualName;
        // The compiler makes consts[0] the docstring, or None when there is none (lambdas included).
        Doc = code.Consts.Length > 0 && code.Consts[0] is PyStr ? code.Consts[0] : PyNone.Instance;
        Module = globals.GetItemStr(PyStr.Intern("__name__")) ?? PyNone.Instance;
    }

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }
}
