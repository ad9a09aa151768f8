using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>_thread._local: an object whose attributes are per thread. Each thread sees its own
/// <c>__dict__</c>; the first access from a thread other than the creating one calls the class's
/// <c>__init__</c> with the constructor's arguments (Modules/_threadmodule.c's local_getattro/_ldict).</summary>
public sealed class PyThreadLocal : PyObject
{
    public static readonly PyType LocalType = PyType.NewBuiltin("_thread._local", PyType.ObjectType, TypeFlags.BaseType, InitType);

    /// <summary>The per-thread dicts; a dict dies with its thread's state.</summary>
    private readonly ConditionalWeakTable<ThreadState, PyDict> _dicts = new();
    private readonly PyObject[] _args;
    private readonly PyTuple? _kwnames;

    private PyThreadLocal(PyType type, PyObject[] args, PyTuple? kwnames) : base(type)
    {
        _args = args;
        _kwnames = kwnames;
    }

    public override PyDict? Dict
    {
        get => ThreadDict();
        set => throw PyErr.AttributeError($"'{Type.Name}' object attribute '__dict__' is read-only");
    }

    /// <summary>_ldict: this thread's dict, created (and <c>__init__</c> called) on the thread's first access.</summary>
    private PyDict ThreadDict()
    {
        var ts = ThreadState.Current;
        if (_dicts.TryGetValue(ts, out var d)) return d;
        d = new PyDict();
        _dicts.Add(ts, d);
        var init = Type.Init;
        if (init is not null && !ReferenceEquals(init, PyType.ObjectType.Init))
        {
            try { init(this, _args, _kwnames); }
            catch { _dicts.Remove(ts); throw; }
        }
        return d;
    }


    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            if (args.Length > 0 && ReferenceEquals(type.Init, PyType.ObjectType.Init))
                throw PyErr.TypeError("Initialization arguments are not supported");
            var self = new PyThreadLocal(type, args.ToArray(), kw);
            // The creating thread's dict exists at once, without an __init__ call: type.__call__ makes that one.
            self._dicts.Add(ThreadState.Current, new PyDict());
            return self;
        };
        t.GetAttr = (o, name) =>
        {
            var self = (PyThreadLocal)o;
            var d = self.ThreadDict();
            if (name.Value == "__dict__") return d;
            return PyBaseObject.GenericGetAttr(o, name);
        };
        t.SetAttr = (o, name, value) =>
        {
            if (name.Value == "__dict__")
                throw PyErr.AttributeError($"'{o.Type.Name}' object attribute '__dict__' is read-only");
            ((PyThreadLocal)o).ThreadDict();
            PyBaseObject.GenericSetAttr(o, name, value);
        };
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("Thread-local data"));
    }
}
