using System.Text;

namespace Krait.Runtime;

/// <summary>A struct sequence (Objects/structseq.c): a tuple subclass whose items also have names, as
/// <c>sys.version_info</c>, <c>sys.flags</c>, <c>sys.float_info</c> are.</summary>
public sealed class PyStructSeq : PyTuple
{
    public PyStructSeq(PyType type, PyObject[] items) : base(type, items) { }

    /// <summary>Creates a struct-sequence type named <paramref name="name"/> ("sys.flags") with the given fields.
    /// Without <paramref name="allowNew"/>, calling the type raises "cannot create 'sys.flags' instances".</summary>
    public static PyType NewType(string name, string[] fields, bool allowNew, string? doc = null)
    {
        return PyType.NewBuiltin(name, PyType.TupleType, 0, t =>
        {
            t.Repr = o => Repr((PyStructSeq)o, fields);
            for (int i = 0; i < fields.Length; i++)
            {
                int idx = i;
                TypeBuilder.GetSet(t, fields[i], o => ((PyStructSeq)o).Items[idx], null);
            }
            var n = PyInt.FromLong(fields.Length);
            t.TypeDict.SetItem(PyStr.Intern("n_sequence_fields"), n);
            t.TypeDict.SetItem(PyStr.Intern("n_fields"), n);
            t.TypeDict.SetItem(PyStr.Intern("n_unnamed_fields"), PyInt.FromLong(0));
            var match = new PyObject[fields.Length];
            for (int i = 0; i < fields.Length; i++) match[i] = new PyStr(fields[i]);
            t.TypeDict.SetItem(PyStr.Intern("__match_args__"), PyTuple.Wrap(match));
            if (doc is not null) t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(doc));
            string shortName = name;
            t.New = allowNew
                ? (type, args, kw) => NewInstance(type, shortName, fields.Length, args, kw)
                : (type, args, kw) => throw PyErr.TypeError($"cannot create '{shortName}' instances");
            TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
            {
                var s = (PyStructSeq)self!;
                return PyTuple.Pair(s.Type, PyTuple.Create([PyTuple.Create(s.Items)]));
            });
        });
    }

    private static PyObject NewInstance(PyType type, string name, int n, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[2];
        ArgBinder.Bind("structseq", args, kw, ["sequence", "dict"], 0, 2, 1, v);
        var items = PyTuple.FromIterable(v[0]!);
        if (items.Count != n)
            throw PyErr.TypeError($"{name}() takes a {n}-sequence ({items.Count}-sequence given)");
        return new PyStructSeq(type, items.Items.ToArray());
    }

    private static PyStr Repr(PyStructSeq s, string[] fields)
    {
        var sb = new StringBuilder(s.Type.Name).Append('(');
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(fields[i]).Append('=').Append(Ops.Repr(s.Items[i]).Value);
        }
        return new PyStr(sb.Append(')').ToString());
    }
}
