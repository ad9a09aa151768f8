using System.Numerics;

namespace Krait.Runtime.Tests;

/// <summary>Short constructors and probes for Krait objects in tests.</summary>
internal static class K
{
    public static PyInt Int(long v) => PyInt.FromLong(v);
    public static PyInt Big(string v) => PyInt.FromBig(BigInteger.Parse(v));
    public static PyFloat Float(double v) => new(v);
    public static PyStr Str(string s) => new(s);
    public static PyTuple Tuple(params PyObject[] items) => PyTuple.Create(items);
    public static PyList List(params PyObject[] items) => new(items);

    public static PyList Ints(params long[] values)
    {
        var l = new PyList();
        foreach (var v in values) l.Append(Int(v));
        return l;
    }

    public static PySet Set(params long[] values)
    {
        var s = new PySet();
        foreach (var v in values) s.Add(Int(v));
        return s;
    }

    public static string Repr(PyObject o) => Ops.Repr(o).Value;
    public static string Str(PyObject o) => Ops.Str(o).Value;

    /// <summary>"TypeName: message" of the Python exception <paramref name="action"/> raises.</summary>
    public static string Error(Action action)
    {
        try { action(); }
        catch (PythonException e) { return e.Value.Type.Name + ": " + Ops.Str(e.Value).Value; }
        return "no error";
    }

    public static string Error(Func<object> f) => Error(() => { f(); });

    /// <summary>A stand-in for the VM's Python function: a callable that binds like a method.</summary>
    public static readonly PyType FunctionType = PyType.NewBuiltin("function", PyType.ObjectType, TypeFlags.MethodDescriptor, t =>
    {
        t.Call = (o, args, kw) => ((Function)o).Body(args);
        t.DescrGet = (o, inst, owner) => inst is null ? o : new PyMethod(o, inst);
    });

    public sealed class Function(string name, Func<ReadOnlySpan<PyObject>, PyObject> body) : PyObject(FunctionType)
    {
        public readonly string Name = name;
        public readonly Func<ReadOnlySpan<PyObject>, PyObject> Body = body;
    }

    public delegate PyObject Body(ReadOnlySpan<PyObject> args);

    public static Function Fn(string name, Body body) => new(name, a => body(a));

    /// <summary>type(name, bases, ns) with __module__ '__main__', as a class statement at top level makes.</summary>
    public static PyType Class(string name, PyType[] bases, params (string Name, PyObject Value)[] members)
    {
        var ns = new PyDict();
        ns.SetItem(PyStr.Intern("__module__"), Str("__main__"));
        ns.SetItem(PyStr.Intern("__qualname__"), Str(name));
        foreach (var (n, v) in members) ns.SetItem(PyStr.Intern(n), v);
        var basesTuple = PyTuple.Create(bases);
        return (PyType)Ops.Call(PyType.TypeType, [Str(name), basesTuple, ns]);
    }
}
