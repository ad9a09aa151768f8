using System.Text;

namespace Krait.Runtime;

/// <summary>A struct sequence with fields beyond the tuple part (n_fields &gt; n_sequence_fields) and unnamed
/// fields, as os.stat_result has: the tuple holds the visible items, <see cref="Hidden"/> the rest, reachable
/// only as attributes. (Sys/PyStructSeq covers the simple all-visible case.)</summary>
public sealed class PyStructSeqEx : PyTuple
{
    public readonly PyObject[] Hidden;

    public PyStructSeqEx(PyType type, PyObject[] visible, PyObject[] hidden) : base(type, visible) => Hidden = hidden;

    /// <summary>Creates the type. <paramref name="fields"/> lists every field in order; a null name is an unnamed
    /// field (visible in the tuple, no attribute). The first <paramref name="visible"/> are the tuple's.
    /// <paramref name="fixup"/>, if given, runs on a newly constructed instance (stat_result fills st_atime …).</summary>
    public static PyType NewType(string name, string?[] fields, int visible, string? doc = null,
        Action<PyStructSeqEx>? fixup = null, string? module = null)
    {
        int unnamed = 0;
        foreach (var f in fields) if (f is null) unnamed++;
        var t = PyType.NewBuiltin(name, PyType.TupleType, 0, t =>
        {
            t.Repr = o => Repr((PyStructSeqEx)o, fields);
            for (int i = 0; i < fields.Length; i++)
            {
                if (fields[i] is null) continue;
                int idx = i;
                TypeBuilder.GetSet(t, fields[i]!, o => Get((PyStructSeqEx)o, idx), (o, v) => throw PyErr.AttributeError("readonly attribute"));
            }
            t.TypeDict.SetItem(PyStr.Intern("n_sequence_fields"), PyInt.FromLong(visible));
            t.TypeDict.SetItem(PyStr.Intern("n_fields"), PyInt.FromLong(fields.Length));
            t.TypeDict.SetItem(PyStr.Intern("n_unnamed_fields"), PyInt.FromLong(unnamed));
            var match = new List<PyObject>();
            for (int i = 0; i < visible; i++) if (fields[i] is not null) match.Add(new PyStr(fields[i]!));
            t.TypeDict.SetItem(PyStr.Intern("__match_args__"), PyTuple.Wrap(match.ToArray()));
            if (doc is not null) t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(doc));
            t.New = (type, args, kw) =>
            {
                var r = NewInstance(type, name, fields, visible, args, kw);
                fixup?.Invoke(r);
                return r;
            };
            TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
            {
                var s = (PyStructSeqEx)self!;
                var d = new PyDict();
                for (int i = visible; i < fields.Length; i++)
                    if (fields[i] is not null) d.SetItem(new PyStr(fields[i]!), s.Hidden[i - visible]);
                return PyTuple.Pair(s.Type, PyTuple.Pair(PyTuple.Create(s.Items), d));
            });
        });
        int dot = name.LastIndexOf('.');
        module ??= dot < 0 ? null : name[..dot];
        if (module is not null) t.TypeDict.SetItem(PyStr.Intern("__module__"), new PyStr(module));
        return t;
    }

    private static PyObject Get(PyStructSeqEx s, int i) => i < s.Items.Length ? s.Items[i] : s.Hidden[i - s.Items.Length];

    /// <summary>Sets field <paramref name="i"/> (counting over all fields) of a new instance.</summary>
    public void Set(int i, PyObject v)
    {
        if (i < Items.Length) Items[i] = v;
        else Hidden[i - Items.Length] = v;
    }

    public PyObject Field(int i) => Get(this, i);

    public static PyStructSeqEx Create(PyType type, int visible, PyObject[] all) =>
        new(type, all[..visible], all[visible..]);

    private static PyStructSeqEx NewInstance(PyType type, string name, string?[] fields, int visible, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[2];
        ArgBinder.Bind("structseq", args, kw, ["sequence", "dict"], 0, 2, 1, v);
        var items = PyTuple.FromIterable(v[0]!);
        var dict = v[1] is null or PyNone ? null : v[1] as PyDict
            ?? throw PyErr.TypeError($"{name}() takes a dict as second arg, if any");
        int n = items.Count, max = fields.Length;
        if (n < visible)
        {
            if (visible == max) throw PyErr.TypeError($"{name}() takes a {visible}-sequence ({n}-sequence given)");
            throw PyErr.TypeError($"{name}() takes an at least {visible}-sequence ({n}-sequence given)");
        }
        if (n > max)
        {
            if (visible == max) throw PyErr.TypeError($"{name}() takes a {visible}-sequence ({n}-sequence given)");
            throw PyErr.TypeError($"{name}() takes an at most {max}-sequence ({n}-sequence given)");
        }
        var all = new PyObject[max];
        for (int i = 0; i < max; i++)
        {
            if (i < n) all[i] = items.Items[i];
            else if (dict is not null && fields[i] is not null && dict.GetItem(new PyStr(fields[i]!)) is { } x) all[i] = x;
            else all[i] = PyNone.Instance;
        }
        return Create(type, visible, all);
    }

    private static PyStr Repr(PyStructSeqEx s, string?[] fields)
    {
        // As structseq_repr: the visible items paired with the named members in order (unnamed fields have
        // no member, so os.stat_result shows its integer times under st_atime/st_mtime/st_ctime).
        var sb = new StringBuilder(s.Type.Name).Append('(');
        int f = 0;
        for (int i = 0; i < s.Items.Length; i++)
        {
            while (fields[f] is null) f++;
            if (i > 0) sb.Append(", ");
            sb.Append(fields[f++]).Append('=').Append(Ops.Repr(s.Items[i]).Value);
        }
        return new PyStr(sb.Append(')').ToString());
    }
}
