namespace Krait.Runtime;

/// <summary>collections.defaultdict: a dict whose __missing__ makes and stores default_factory().</summary>
public sealed class PyDefaultDict : PyDict
{
    public static readonly PyType DefaultDictType = PyType.NewBuiltin("collections.defaultdict", PyType.DictType, TypeFlags.BaseType, InitType);

    internal PyObject? Factory;
    private PyDict? _dict;

    private PyDefaultDict(PyType type) : base(type) { }

    public override PyDict? Dict
    {
        get => Type.IsHeapType && Type.HasDict ? _dict ??= new PyDict() : null;
        set
        {
            if (!Type.IsHeapType) base.Dict = value;
            _dict = value;
        }
    }

    private PyObject FactoryOrNone => Factory ?? PyNone.Instance;

    /// <summary>type(self)(default_factory, arg): how copy() and | build their result.</summary>
    private PyObject NewLike(PyObject arg) => Ops.Call(Type, [FactoryOrNone, arg]);

    private static new void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyDefaultDict(type);
        var dictInit = PyType.DictType.Init!;
        t.Init = (self, args, kw) =>
        {
            var d = (PyDefaultDict)self;
            int npos = args.Length - (kw?.Count ?? 0);
            PyObject? factory = null;
            if (npos > 0)
            {
                factory = args[0];
                if (factory is not PyNone && factory.Type.Call is null)
                    throw PyErr.TypeError("first argument must be callable or None");
                args = args[1..];
            }
            d.Factory = factory is PyNone ? null : factory;
            dictInit(self, args, kw);
        };
        t.Repr = o =>
        {
            var d = (PyDefaultDict)o;
            string baseRepr = PyType.DictType.Repr!(o).Value;
            string fr;
            if (d.Factory is null) fr = "None";
            else if (Ops.ReprEnter(d.Factory)) fr = "...";
            else
            {
                try { fr = Ops.Repr(d.Factory).Value; }
                finally { Ops.ReprLeave(d.Factory); }
            }
            return new PyStr($"{ItertoolsModule.ShortName(o.Type)}({fr}, {baseRepr})");
        };
        t.Number[(int)NumberOp.Or] = (left, right) =>
        {
            PyObject self, other;
            if (left is PyDefaultDict) { self = left; other = right; }
            else { self = right; other = left; }
            if (other is not PyDict) return PyNotImplemented.Instance;
            var n = ((PyDefaultDict)self).NewLike(left);
            if (n is PyDict nd) nd.Update(right);
            else Ops.CallMethod(n, "update", [right]);
            return n;
        };
        TypeBuilder.Method(t, "__missing__", (self, args, kw) =>
        {
            var key = ArgBinder.One("defaultdict.__missing__", args, kw);
            var d = (PyDefaultDict)self!;
            if (d.Factory is null) throw PyErr.KeyError(key);
            var value = Ops.Call(d.Factory, []);
            Ops.SetItem(d, key, value);
            return value;
        });
        BuiltinFn copy = (self, args, kw) =>
        {
            ArgBinder.None("defaultdict.copy", args, kw);
            return ((PyDefaultDict)self!).NewLike(self!);
        };
        TypeBuilder.Method(t, "copy", copy);
        TypeBuilder.Method(t, "__copy__", copy);
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var d = (PyDefaultDict)self!;
            PyObject ctor = d.Factory is null ? PyTuple.Empty : PyTuple.Create([d.Factory]);
            var items = Ops.GetIter(Ops.CallMethod(d, "items", []));
            return PyTuple.Create([d.Type, ctor, PyNone.Instance, PyNone.Instance, items]);
        });
        TypeBuilder.GetSet(t, "default_factory", o => ((PyDefaultDict)o).FactoryOrNone,
            (o, v) => ((PyDefaultDict)o).Factory = v is null or PyNone ? null : v);
        ItertoolsModule.Doc(t, "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n");
    }
}
