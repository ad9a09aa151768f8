using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>reversed(sequence): type(seq).__reversed__(seq) when defined, else this iterator over
/// seq[len-1] … seq[0].</summary>
public sealed class PyReversed : SubclassableIterator
{
    public static readonly PyType ReversedType = PyType.NewBuiltin("reversed", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject? _seq;
    private long _index;

    private PyReversed(PyType type, PyObject seq, long len) : base(type)
    {
        _seq = seq;
        _index = len - 1;
    }

    public override PyObject? Next()
    {
        var s = _seq;
        if (s is null || _index < 0) { _seq = null; return null; }
        // An exact tuple can't change length or items: index it directly (PySequence_GetItem, no int object).
        if (ReferenceEquals(s.Type, PyType.TupleType)) return Unsafe.As<PyTuple>(s).Items[_index--];
        try
        {
            return Ops.GetItem(s, PyInt.FromLong(_index--));
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.IndexError) || e.Value.Type.IsSubtype(PyExc.StopIteration))
        {
            _seq = null;
            return null;
        }
    }

    /// <summary>reversed(seq) for a type without __reversed__: it must be a sequence (not a dict).</summary>
    public static PyObject Create(PyType type, PyObject seq)
    {
        // An exact tuple (a builtin type, so nothing can add __reversed__) needs no lookup.
        if (ReferenceEquals(seq.Type, PyType.TupleType)) return new PyReversed(type, seq, Unsafe.As<PyTuple>(seq).Count);
        // reversed_new_impl: __reversed__ wins for a subclass of reversed too.
        var rev = Ops.LookupSpecial(seq, "__reversed__");
        if (rev is PyNone) throw PyErr.TypeError($"'{seq.Type.Name}' object is not reversible");
        if (rev is not null) return Ops.Call(rev, []);
        if (seq.Type.GetItem is null || seq is PyDict || (seq.Type.Flags & TypeFlags.DictSubclass) != 0)
            throw PyErr.TypeError($"'{seq.Type.Name}' object is not reversible");
        return new PyReversed(type, seq, Ops.Len(seq));
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0 && (ReferenceEquals(type, ReversedType) || ReferenceEquals(type.Init, ReversedType.Init))) throw PyErr.TypeError("reversed() takes no keyword arguments");
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 1) throw PyErr.TypeError($"reversed expected 1 argument, got {npos}");
            return Create(type, args[0]);
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var r = (PyReversed)self!;
            if (r._seq is null) return new PyTuple([r.Type, new PyTuple([PyTuple.Empty])]);
            return new PyTuple([r.Type, new PyTuple([r._seq]), PyInt.FromLong(r._index)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var r = (PyReversed)self!;
            long i = ContainerArgs.StateIndex(ContainerArgs.One("reversed.__setstate__", args, kw));
            if (r._seq is { } s)
            {
                long n = Ops.Len(s);
                r._index = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
            }
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var r = (PyReversed)self!;
            if (r._seq is null) return PyInt.FromLong(0);
            long n = Ops.Len(r._seq);
            return PyInt.FromLong(n < r._index + 1 ? 0 : r._index + 1);
        });
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("Return a reverse iterator over the values of the given sequence."));
    }
}
