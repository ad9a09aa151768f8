using System.Text;

namespace Krait.Runtime;

/// <summary>dict_keys / dict_values / dict_items: live views over a dict.</summary>
public sealed class PyDictView(PyType type, PyDict dict) : PyObject(type)
{
    public readonly PyDict Mapping = dict;

    private int Kind => ReferenceEquals(Type, PyType.DictKeysType) ? DictIterator.Keys
        : ReferenceEquals(Type, PyType.DictValuesType) ? DictIterator.Values : DictIterator.ItemsKind;

    internal static void InitTypes(PyType keys, PyType values, PyType items)
    {
        foreach (var t in new[] { keys, values, items })
        {
            t.Len = o => ((PyDictView)o).Mapping.Count;
            TypeBuilder.Method(t, "__reversed__", DictReverseIterator.ViewReversed);
            t.Iter = o =>
            {
                var v = (PyDictView)o;
                var it = v.Kind == DictIterator.Keys ? PyType.DictKeyIteratorType : v.Kind == DictIterator.Values ? PyType.DictValueIteratorType : PyType.DictItemIteratorType;
                return new DictIterator(it, v.Mapping, v.Kind);
            };
            t.Repr = o =>
            {
                var v = (PyDictView)o;
                if (Ops.ReprEnter(o)) return new PyStr("...");
                try
                {
                    var sb = new StringBuilder(v.Type.Name).Append("([");
                    var it = Ops.GetIter(o);
                    bool first = true;
                    while (Ops.Next(it) is { } x)
                    {
                        if (!first) sb.Append(", ");
                        first = false;
                        sb.Append(Ops.Repr(x).Value);
                    }
                    return new PyStr(sb.Append("])").ToString());
                }
                finally { Ops.ReprLeave(o); }
            };
        }
        keys.Contains = (o, k) => ((PyDictView)o).Mapping.GetItem(k) is not null;
        items.Contains = (o, x) =>
        {
            if (x is not PyTuple { Count: 2 } pair) return false;
            var v = ((PyDictView)o).Mapping.GetItem(pair[0]);
            return v is not null && (ReferenceEquals(v, pair[1]) || Ops.RichCompareBool(v, pair[1], CompareOp.Eq));
        };
    }
}
