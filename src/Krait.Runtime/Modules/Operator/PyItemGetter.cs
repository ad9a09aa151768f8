namespace Krait.Runtime;

/// <summary>operator.itemgetter(item, ...): fetches items of its operand.</summary>
public sealed class PyItemGetter : PyObject
{
    public static readonly PyType ItemGetterType = PyType.NewBuiltin("operator.itemgetter", PyType.ObjectType, 0, InitType);

    private readonly PyObject[] _items;

    private PyItemGetter(PyType type, PyObject[] items) : base(type) => _items = items;

    private static void InitType(PyType t)
    {
        OperatorModule.SpecModule(t, "operator");
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("itemgetter() takes no keyword arguments");
            if (args.Length < 1) throw PyErr.TypeError("itemgetter expected 1 argument, got 0");
            return new PyItemGetter(type, args.ToArray());
        };
        t.Call = (o, args, kw) =>
        {
            var g = (PyItemGetter)o;
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("itemgetter() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"itemgetter expected 1 argument, got {args.Length}");
            if (g._items.Length == 1) return Ops.GetItem(args[0], g._items[0]);
            var r = new PyObject[g._items.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Ops.GetItem(args[0], g._items[i]);
            return PyTuple.Wrap(r);
        };
        t.Repr = o =>
        {
            var g = (PyItemGetter)o;
            if (Ops.ReprEnter(o)) return new PyStr($"{o.Type.Name}(...)");
            try
            {
                var sb = new System.Text.StringBuilder(o.Type.Name).Append('(');
                for (int i = 0; i < g._items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Ops.Repr(g._items[i]).Value);
                }
                return new PyStr(sb.Append(')').ToString());
            }
            finally { Ops.ReprLeave(o); }
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var g = (PyItemGetter)self!;
            return PyTuple.Pair(g.Type, PyTuple.Create(g._items));
        });
        ItertoolsModule.Doc(t, "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])");
    }
}
