namespace Krait.Runtime;

/// <summary>method: a function bound to an instance; calling prepends <see cref="Self"/>.</summary>
public sealed class PyMethod(PyObject func, PyObject self) : PyObject(PyType.MethodType)
{
    public readonly PyObject Func = func;
    public readonly PyObject Self = self;

    /// <summary>The setter of a read-only member (T_OBJECT with READONLY).</summary>
    internal static void ReadOnly(PyObject o, PyObject? v) => throw PyErr.AttributeError("readonly attribute");

    internal static void InitType(PyType t)
    {
        t.Call = (o, args, kw) =>
        {
            var m = (PyMethod)o;
            var all = new PyObject[args.Length + 1];
            all[0] = m.Self;
            args.CopyTo(all.AsSpan(1));
            return Ops.Call(m.Func, all, kw);
        };
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("method() takes no keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"method expected 2 arguments, got {args.Length}");
            if (args[0].Type.Call is null) throw PyErr.TypeError("first argument must be callable");
            if (args[1] is PyNone) throw PyErr.TypeError("instance must not be None");
            return new PyMethod(args[0], args[1]);
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__reduce__", args, kw, 0);
            var m = (PyMethod)self!;
            var getattr = PythonRuntime.BuiltinsDict.GetItemStr(PyStr.Intern("getattr")) ?? PyNone.Instance;
            return PyTuple.Pair(getattr, PyTuple.Pair(m.Self, Ops.GetAttr(m.Func, PyStr.Intern("__name__"))));
        });
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyMethod mb) return PyNotImplemented.Instance;
            var ma = (PyMethod)a;
            bool eq = ReferenceEquals(ma.Self, mb.Self) && Ops.RichCompareBool(ma.Func, mb.Func, CompareOp.Eq);
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.Hash = o => { var m = (PyMethod)o; return Ops.Id(m.Self).GetHashCode() ^ Ops.Hash(m.Func); };
        t.GetAttr = (o, name) => PyBaseObject.GenericGetAttr(o, name) ?? Ops.TryGetAttr(((PyMethod)o).Func, name);
        t.Repr = o =>
        {
            var m = (PyMethod)o;
            var qn = Ops.TryGetAttr(m.Func, PyStr.Intern("__qualname__")) ?? Ops.TryGetAttr(m.Func, PyStr.Intern("__name__"));
            string name = qn is PyStr s ? s.Value : "?";
            return new PyStr($"<bound method {name} of {Ops.Repr(m.Self).Value}>");
        };
        TypeBuilder.GetSet(t, "__func__", o => ((PyMethod)o).Func, ReadOnly);
        TypeBuilder.GetSet(t, "__self__", o => ((PyMethod)o).Self, ReadOnly);
        TypeBuilder.GetSet(t, "__doc__", o => Ops.TryGetAttr(((PyMethod)o).Func, PyStr.Intern("__doc__")) ?? PyNone.Instance, null);
    }
}
