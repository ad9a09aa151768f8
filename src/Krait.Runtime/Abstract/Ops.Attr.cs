namespace Krait.Runtime;

// Attribute protocol: the throwing forms for Python semantics, TryGetAttr for internal look-ups.
public static partial class Ops
{
    /// <summary>An AttributeError raised by a class's __getattr__ while the non-throwing slot ran, kept so that
    /// the throwing path re-raises the original exception (its message may be the user's).</summary>
    [ThreadStatic] internal static PythonException? t_pendingAttributeError;

    public static PyStr AttrName(PyObject name) =>
        name as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{name.Type.Name}'");

    /// <summary>Non-throwing getattr: null when the attribute doesn't exist (other errors still raise).</summary>
    public static PyObject? TryGetAttr(PyObject o, PyStr name)
    {
        var f = o.Type.GetAttr;
        if (f is null) return null;
        var r = f(o, name);
        t_pendingAttributeError = null;
        return r;
    }

    public static PyObject GetAttr(PyObject o, PyStr name) =>
        GetAttrOrPending(o, name) ?? throw new PythonException(Interpreter.TakeJitPending(ThreadState.Current));

    /// <summary>GetAttr that reports a missing attribute as CPython does, by returning null with the AttributeError
    /// in <see cref="ThreadState.JitPending"/> (no .NET throw: `try: o.x except AttributeError` is an idiom). Other
    /// errors still throw.</summary>
    internal static PyObject? GetAttrOrPending(PyObject o, PyStr name)
    {
        var f = o.Type.GetAttr;
        t_pendingAttributeError = null;
        PyObject? r = null;
        if (f is not null)
        {
            try
            {
                r = f(o, name);
            }
            catch (PythonException e) when (AddAttributeErrorContext(e.Value, o, name))
            {
                throw; // not reached: the filter only augments
            }
            if (r is not null) return r;
        }
        var pending = t_pendingAttributeError;
        t_pendingAttributeError = null;
        PyBaseException exc;
        if (pending is null) exc = PyErr.MakeNoAttribute(o, name);
        else
        {
            exc = pending.Value;
            AddAttributeErrorContext(exc, o, name);
        }
        ThreadState.Current.JitPending = exc;
        return null;
    }

    /// <summary>set_attribute_error_context: an AttributeError escaping a look-up gets the object and name (for
    /// the "Did you mean" suggestion) unless it already has either. Always false (used as an exception filter).</summary>
    private static bool AddAttributeErrorContext(PyBaseException e, PyObject o, PyStr name)
    {
        if (e is PyAttributeError a && a.Type.IsSubtype(PyExc.AttributeError) && a.Name is null && a.Obj is null)
        {
            a.Name = name;
            a.Obj = o;
        }
        return false;
    }

    public static PyObject GetAttr(PyObject o, string name) => GetAttr(o, PyStr.Intern(name));

    public static void SetAttr(PyObject o, PyStr name, PyObject value)
    {
        var f = o.Type.SetAttr ?? throw PyErr.TypeError($"'{o.Type.Name}' object has no attributes (assign to .{name.Value})");
        f(o, name, value);
    }

    public static void DelAttr(PyObject o, PyStr name)
    {
        var f = o.Type.SetAttr ?? throw PyErr.TypeError($"'{o.Type.Name}' object has no attributes (del .{name.Value})");
        f(o, name, null);
    }

    /// <summary>LOAD_METHOD: when the type's attribute is a method-like descriptor not shadowed by the instance
    /// dict, returns it unbound and sets <paramref name="self"/> (call with self prepended, no bound-method
    /// allocation); otherwise returns the bound attribute and self = null.</summary>
    public static PyObject LoadMethod(PyObject o, PyStr name, out PyObject? self) =>
        LoadMethodOrPending(o, name, out self) ?? throw new PythonException(Interpreter.TakeJitPending(ThreadState.Current));

    /// <summary>LoadMethod with a missing attribute reported as null and the AttributeError pending (see
    /// <see cref="GetAttrOrPending"/>).</summary>
    internal static PyObject? LoadMethodOrPending(PyObject o, PyStr name, out PyObject? self)
    {
        var tp = o.Type;
        if (ReferenceEquals(tp, PyType.SuperType)) return System.Runtime.CompilerServices.Unsafe.As<PySuper>(o).LoadMethod(name, out self);
        if (ReferenceEquals(tp.GetAttr, PyBaseObject.GenericGetAttr))
        {
            var descr = tp.Lookup(name);
            if (descr is not null && (descr.Type.Flags & TypeFlags.MethodDescriptor) != 0)
            {
                var dict = o.Dict;
                if (dict is null || dict.GetItemStr(name) is null)
                {
                    self = o;
                    return descr;
                }
            }
        }
        self = null;
        return GetAttrOrPending(o, name);
    }

    /// <summary>Calls method <paramref name="name"/> of <paramref name="o"/>.</summary>
    public static PyObject CallMethod(PyObject o, string name, ReadOnlySpan<PyObject> args)
    {
        var m = LoadMethod(o, PyStr.Intern(name), out var self);
        if (self is null) return Call(m, args);
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        return Call(m, all);
    }
}
