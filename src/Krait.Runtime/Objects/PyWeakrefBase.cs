namespace Krait.Runtime;

/// <summary>What weakref.ref and the two proxy types share (CPython's PyWeakReference): the referent's weak
/// reference list and the callback. Cleared (both null) when the referent dies.</summary>
public abstract class PyWeakrefBase : PyObject
{
    internal WeakTarget? Target;
    internal PyObject? Callback;

    private protected PyWeakrefBase(PyType type, WeakTarget target, PyObject? callback) : base(type)
    {
        Target = target;
        Callback = callback;
    }

    /// <summary>The referent, or null when it is dead.</summary>
    internal PyObject? Referent => Target?.Target;

    internal void Clear()
    {
        Target = null;
        Callback = null;
    }

    private static readonly PyStr s_name = PyStr.Intern("__name__");

    /// <summary>The " (name)" part of a weakref's repr: the referent's __name__ when it is a str.</summary>
    internal static string NameSuffix(PyObject o)
    {
        // Only a missing attribute is ignored: another exception from __name__ propagates, as in CPython.
        PyObject? name;
        try { name = Ops.TryGetAttr(o, s_name); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError)) { name = null; }
        return name is PyStr s ? $" ({s.Value})" : "";
    }

    /// <summary>Can <paramref name="o"/> be weakly referenced (its type has tp_weaklistoffset in CPython)?</summary>
    internal static bool Supports(PyObject o)
    {
        var t = o.Type;
        if (t.HasWeakref) return true;
        for (var b = t; b is not null; b = b.Base)
            if (WeakrefableBuiltins.Contains(b) || (!b.IsHeapType && s_weakrefableNames.Contains(b.Name))) return true;
        return false;
    }

    /// <summary>Weak-referenceable types of CPython 3.11 that other parts of Krait add (by type name, so that
    /// they need not know about weak references).</summary>
    private static readonly HashSet<string> s_weakrefableNames = new(StringComparer.Ordinal)
    {
        "memoryview", "_io.StringIO", "_io.BytesIO", "_io._IOBase", "_io._RawIOBase", "_io._BufferedIOBase",
        "_io._TextIOBase", "re.Pattern", "functools.partial", "collections.deque", "collections.OrderedDict",
        "array.array", "_thread.lock", "_thread.RLock", "_thread._local", "_socket.socket", "mmap.mmap",
    };

    private static HashSet<PyType>? s_builtins;

    /// <summary>Builtin types whose CPython counterparts have a weak reference list (checked with 3.11.2), and
    /// the import machinery's classes, which are Python classes in CPython.</summary>
    private static HashSet<PyType> WeakrefableBuiltins => s_builtins ??=
    [
        PyType.TypeType, PyType.SetType, PyType.FrozenSetType, PyFunction.FunctionType, PyCode.CodeType,
        PyModule.ModuleType, PyGenerator.GeneratorType, PyCoroutine.CoroutineType, PyAsyncGenerator.AsyncGeneratorType,
        PyType.MethodType, PyType.BuiltinFunctionType, PyGenericAlias.GenericAliasType,
        PyTextIOWrapper.TextIOWrapperType, PyBuffered.BufferedWriterType, PyBuffered.BufferedReaderType,
        PyBuffered.BufferedRandomType, PyFileIO.FileIOType,
        PathFinder.Type, BuiltinImporter.Type, PySourceFileLoader.SourceFileLoaderType,
        PyNamespaceLoader.NamespaceLoaderType, PyModuleSpec.ModuleSpecType, PyNamespacePath.NamespacePathType,
    ];
}
