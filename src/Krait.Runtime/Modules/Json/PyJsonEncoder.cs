using System.Text;

namespace Krait.Runtime;

/// <summary>_json.Encoder (make_encoder(markers, default, encoder, indent, key_separator, item_separator,
/// sort_keys, skipkeys, allow_nan)): calling it with (obj, _current_indent_level) returns the JSON text as a
/// one-chunk list. json.encoder uses it only when indent is None.</summary>
public sealed class PyJsonEncoder : PyObject
{
    public static readonly PyType EncoderType = PyType.NewBuiltin("_json.Encoder", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject _markers = PyNone.Instance, _default = PyNone.Instance, _encoder = PyNone.Instance, _indent = PyNone.Instance;
    private PyStr _keySep = PyStr.Empty, _itemSep = PyStr.Empty;
    private bool _sortKeys, _skipKeys, _allowNan;
    private int _fast; // 1: encode_basestring_ascii, 2: encode_basestring, 0: call the encoder

    private PyJsonEncoder(PyType type) : base(type) { }

    private static readonly string[] s_names =
        ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"];

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var v = new PyObject?[9];
        ArgBinder.Bind("make_encoder", args, kw, s_names, 0, 9, 9, v);
        if (v[0] is not PyDict and not PyNone)
            throw PyErr.TypeError($"make_encoder() argument 1 must be dict or None, not {v[0]!.Type.Name}");
        if (v[4] is not PyStr ks) throw PyErr.TypeError($"make_encoder() argument 5 must be str, not {v[4]!.Type.Name}");
        if (v[5] is not PyStr its) throw PyErr.TypeError($"make_encoder() argument 6 must be str, not {v[5]!.Type.Name}");
        var e = new PyJsonEncoder(type)
        {
            _markers = v[0]!, _default = v[1]!, _encoder = v[2]!, _indent = v[3]!, _keySep = ks, _itemSep = its,
            _sortKeys = Ops.IsTrue(v[6]!), _skipKeys = Ops.IsTrue(v[7]!), _allowNan = Ops.IsTrue(v[8]!),
        };
        if (e._encoder is PyBuiltinFunction bf && bf.Module == "_json")
            e._fast = bf.Name == "encode_basestring_ascii" ? 1 : bf.Name == "encode_basestring" ? 2 : 0;
        return e;
    }

    private void EncodeString(StringBuilder sb, PyObject s)
    {
        if (_fast != 0 && s is PyStr ps)
        {
            JsonModule.AppendQuoted(sb, ps.Value, _fast == 1);
            return;
        }
        PyObject r = Ops.Call(_encoder, [s]);
        if (r is not PyStr rs) throw PyErr.TypeError($"encoder() must return a string, not {r.Type.Name}");
        sb.Append(rs.Value);
    }

    private string EncodeFloat(PyFloat f)
    {
        double d = f.Value;
        if (!double.IsFinite(d))
        {
            if (!_allowNan) throw PyErr.ValueError("Out of range float values are not JSON compliant");
            return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
        }
        return Krait.Syntax.Text.PyRepr.Float(d);
    }

    private PyObject? MarkerEnter(PyObject o)
    {
        if (_markers is not PyDict markers) return null;
        var ident = PyInt.FromLong(Ops.Id(o));
        if (markers.GetItem(ident) is not null) throw PyErr.ValueError("Circular reference detected");
        markers.SetItem(ident, o);
        return ident;
    }

    private void MarkerLeave(PyObject? ident)
    {
        if (ident is not null) ((PyDict)_markers).DelItem(ident);
    }

    private void EncodeObj(StringBuilder sb, PyObject o)
    {
        if (o is PyNone) sb.Append("null");
        else if (ReferenceEquals(o, PyBool.True)) sb.Append("true");
        else if (ReferenceEquals(o, PyBool.False)) sb.Append("false");
        else if (o is PyStr) EncodeString(sb, o);
        else if (o is PyInt i) sb.Append(i.ToDecimalString());
        else if (o is PyFloat f) sb.Append(EncodeFloat(f));
        else if (o is PyList or PyTuple)
        {
            Ops.EnterRecursiveCall(" while encoding a JSON object");
            try { EncodeList(sb, o); }
            finally { Ops.LeaveRecursiveCall(); }
        }
        else if (o is PyDict d)
        {
            Ops.EnterRecursiveCall(" while encoding a JSON object");
            try { EncodeDict(sb, d); }
            finally { Ops.LeaveRecursiveCall(); }
        }
        else
        {
            var ident = MarkerEnter(o);
            var newObj = Ops.Call(_default, [o]);
            Ops.EnterRecursiveCall(" while encoding a JSON object");
            try { EncodeObj(sb, newObj); }
            finally { Ops.LeaveRecursiveCall(); }
            MarkerLeave(ident);
        }
    }

    private void EncodeList(StringBuilder sb, PyObject seq)
    {
        // The live list: a default() that shrinks it ends the loop early, as in CPython.
        var list = seq as PyList;
        var tuple = seq as PyTuple;
        int Count() => list?.Count ?? tuple!.Count;
        if (Count() == 0) { sb.Append("[]"); return; }
        var ident = MarkerEnter(seq);
        sb.Append('[');
        for (int i = 0; i < Count(); i++)
        {
            if (i > 0) sb.Append(_itemSep.Value);
            EncodeObj(sb, list is not null ? list[i] : tuple![i]);
        }
        MarkerLeave(ident);
        sb.Append(']');
    }

    private void EncodeDict(StringBuilder sb, PyDict d)
    {
        if (d.Count == 0) { sb.Append("{}"); return; }
        var ident = MarkerEnter(d);
        sb.Append('{');
        // PyMapping_Items: an exact dict's pairs directly, else whatever its items() gives.
        List<(PyObject Key, PyObject Value)> pairs;
        if (ReferenceEquals(d.Type, PyType.DictType) && !_sortKeys) pairs = d.Items();
        else
        {
            var list = new PyList();
            var it = Ops.GetIter(Ops.CallMethod(d, "items", []));
            while (Ops.Next(it) is { } item) list.Append(item);
            if (_sortKeys) Ops.CallMethod(list, "sort", []);
            pairs = new List<(PyObject, PyObject)>(list.Count);
            for (int i = 0; i < list.Count; i++)
            {
                var item = list[i];
                pairs.Add((Ops.GetItem(item, PyInt.FromLong(0)), Ops.GetItem(item, PyInt.FromLong(1))));
            }
        }
        int written = 0;
        foreach (var (key, value) in pairs)
        {
            PyObject kstr;
            if (key is PyStr) kstr = key;
            else if (key is PyFloat kf) kstr = new PyStr(EncodeFloat(kf));
            else if (ReferenceEquals(key, PyBool.True)) kstr = new PyStr("true");
            else if (ReferenceEquals(key, PyBool.False)) kstr = new PyStr("false");
            else if (key is PyNone) kstr = new PyStr("null");
            else if (key is PyInt ki) kstr = new PyStr(ki.ToDecimalString());
            else if (_skipKeys) continue;
            else throw PyErr.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}");
            if (written > 0) sb.Append(_itemSep.Value);
            EncodeString(sb, kstr);
            sb.Append(_keySep.Value);
            Ops.EnterRecursiveCall(" while encoding a JSON object");
            try { EncodeObj(sb, value); }
            finally { Ops.LeaveRecursiveCall(); }
            written++;
        }
        MarkerLeave(ident);
        sb.Append('}');
    }

    private static PyObject Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var e = (PyJsonEncoder)self;
        var slots = new PyObject?[2];
        ArgBinder.Bind("_iterencode", args, kw, ["obj", "_current_indent_level"], 0, 2, 2, slots);
        Ops.AsSsize(slots[1]!, PyExc.OverflowError);
        var sb = new StringBuilder();
        e.EncodeObj(sb, slots[0]!);
        return new PyList([new PyStr(sb.ToString())]);
    }

    private static void InitType(PyType t)
    {
        t.New = New;
        t.Call = Call;
        static PyJsonEncoder E(PyObject o) => (PyJsonEncoder)o;
        TypeBuilder.GetSet(t, "markers", o => E(o)._markers, null);
        TypeBuilder.GetSet(t, "default", o => E(o)._default, null);
        TypeBuilder.GetSet(t, "encoder", o => E(o)._encoder, null);
        TypeBuilder.GetSet(t, "indent", o => E(o)._indent, null);
        TypeBuilder.GetSet(t, "key_separator", o => E(o)._keySep, null);
        TypeBuilder.GetSet(t, "item_separator", o => E(o)._itemSep, null);
        TypeBuilder.GetSet(t, "sort_keys", o => PyBool.From(E(o)._sortKeys), null);
        TypeBuilder.GetSet(t, "skipkeys", o => PyBool.From(E(o)._skipKeys), null);
        ItertoolsModule.Doc(t, "_iterencode(obj, _current_indent_level) -> iterable");
    }
}
