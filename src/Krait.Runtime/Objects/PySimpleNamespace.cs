using System.Text;

namespace Krait.Runtime;

/// <summary>types.SimpleNamespace (Objects/namespaceobject.c): attribute access over its <c>__dict__</c>;
/// <c>sys.implementation</c> is one, and the <c>types</c> module takes the type from it.</summary>
public sealed class PySimpleNamespace : PyObject
{
    public static readonly PyType SimpleNamespaceType = PyType.NewBuiltin("types.SimpleNamespace", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyDict _dict = new();

    public PySimpleNamespace() : base(SimpleNamespaceType) { }
    private PySimpleNamespace(PyType type) : base(type) { }

    public override PyDict? Dict { get => _dict; set => _dict = value ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"); }

    public void Set(string name, PyObject value) => _dict.SetItem(PyStr.Intern(name), value);

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PySimpleNamespace(type);
        t.Init = (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (args.Length - nkw > 0) throw PyErr.TypeError("no positional arguments expected");
            var ns = (PySimpleNamespace)self;
            for (int i = 0; i < nkw; i++) ns._dict.SetItem(kw![i], args[args.Length - nkw + i]);
        };
        t.Repr = o =>
        {
            var ns = (PySimpleNamespace)o;
            string name = ReferenceEquals(o.Type, SimpleNamespaceType) ? "namespace" : o.Type.Name;
            if (Ops.ReprEnter(o)) return new PyStr(name + "(...)");
            try
            {
                var sb = new StringBuilder(name).Append('(');
                bool first = true;
                foreach (var (k, v) in ns._dict.Items())
                {
                    if (k is not PyStr ks) continue;
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(ks.Value).Append('=').Append(Ops.Repr(v).Value);
                }
                return new PyStr(sb.Append(')').ToString());
            }
            finally { Ops.ReprLeave(o); }
        };
        t.RichCompare = (a, b, op) =>
        {
            if ((op == CompareOp.Eq || op == CompareOp.Ne) && a is PySimpleNamespace x && b is PySimpleNamespace y)
                return Ops.RichCompare(x._dict, y._dict, op);
            return PyNotImplemented.Instance;
        };
        t.Hash = SlotDefs.HashNotImplemented;
        TypeBuilder.GetSet(t, "__dict__", o => ((PySimpleNamespace)o)._dict, null);
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
            PyTuple.Create([self!.Type, PyTuple.Empty, ((PySimpleNamespace)self)._dict]));
    }
}
