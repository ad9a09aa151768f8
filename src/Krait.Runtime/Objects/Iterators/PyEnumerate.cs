using System.Numerics;

namespace Krait.Runtime;

/// <summary>enumerate(iterable, start=0): (count, item) pairs.</summary>
public sealed class PyEnumerate : SubclassableIterator
{
    public static readonly PyType EnumerateType = PyType.NewBuiltin("enumerate", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly PyObject _it;
    private long _index;
    private BigInteger? _big; // once the count leaves the long range

    private PyEnumerate(PyType type, PyObject it, PyInt start) : base(type)
    {
        _it = it;
        if (start.IsBig) _big = start.Big; else _index = start.Small;
    }

    public override PyObject? Next() => NextPair(out var count, out var item) ? PyTuple.Pair(count, item) : null;

    /// <summary>The next (count, item) without the tuple (FOR_ITER + UNPACK_SEQUENCE 2 on an exact enumerate);
    /// false when exhausted.</summary>
    internal bool NextPair(out PyObject count, out PyObject item)
    {
        var x = Interpreter.IterNext(_it);
        if (x is null)
        {
            count = item = null!;
            return false;
        }
        item = x;
        if (_big is { } b) { count = PyInt.FromBig(b); _big = b + 1; }
        else
        {
            count = PyInt.FromLong(_index);
            if (_index == long.MaxValue) _big = (BigInteger)_index + 1; else _index++;
        }
        return true;
    }

    private static readonly string[] s_names = ["iterable", "start"];

    private static void InitType(PyType t)
    {
        InitIter(t);
        PyGenericAlias.AddClassGetItem(t);
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var e = (PyEnumerate)self!;
            PyObject index = e._big is { } b ? PyInt.FromBig(b) : PyInt.FromLong(e._index);
            return new PyTuple([e.Type, new PyTuple([e._it, index])]);
        });
        t.New = (type, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos == 0 && kw is not null && kw.Count > 0)
            {
                bool hasIterable = false;
                for (int i = 0; i < kw.Count; i++) if (((PyStr)kw[i]).Value == "iterable") hasIterable = true;
                if (!hasIterable) throw PyErr.TypeError($"'{((PyStr)kw[0]).Value}' is an invalid keyword argument for enumerate()");
            }
            if (npos > 2) throw PyErr.TypeError($"enumerate() takes at most 2 arguments ({npos} given)");
            ArgBinder.Bind("enumerate", args, kw, s_names, 0, 2, 0, v);
            if (v[0] is null) throw PyErr.TypeError("enumerate() missing required argument 'iterable'");
            var start = v[1] is null ? PyInt.FromLong(0) : Ops.Index(v[1]!);
            return new PyEnumerate(type, Ops.GetIter(v[0]!), start);
        };
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."));
    }
}
