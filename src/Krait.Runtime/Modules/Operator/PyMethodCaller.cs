namespace Krait.Runtime;

/// <summary>operator.methodcaller(name, /, *args, **kwargs): calls a method of its operand.</summary>
public sealed class PyMethodCaller : PyObject
{
    public static readonly PyType MethodCallerType = PyType.NewBuiltin("operator.methodcaller", PyType.ObjectType, 0, InitType);

    private readonly PyStr _name;
    private readonly PyObject[] _args;   // positional arguments, then keyword values
    private readonly PyTuple? _kwnames;

    private PyMethodCaller(PyType type, PyStr name, PyObject[] args, PyTuple? kwnames) : base(type)
    {
        _name = name; _args = args; _kwnames = kwnames;
    }

    private int PositionalCount => _args.Length - (_kwnames?.Count ?? 0);

    private static void InitType(PyType t)
    {
        OperatorModule.SpecModule(t, "operator");
        t.New = (type, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos < 1) throw PyErr.TypeError("methodcaller needs at least one argument, the method name");
            if (args[0] is not PyStr name) throw PyErr.TypeError("method name must be a string");
            return new PyMethodCaller(type, PyStr.Intern(name.Value), args[1..].ToArray(), kw is { Count: > 0 } ? kw : null);
        };
        t.Call = (o, args, kw) =>
        {
            var c = (PyMethodCaller)o;
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("methodcaller() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"methodcaller expected 1 argument, got {args.Length}");
            return Ops.Call(Ops.GetAttr(args[0], c._name), c._args, c._kwnames);
        };
        t.Repr = o =>
        {
            var c = (PyMethodCaller)o;
            if (Ops.ReprEnter(o)) return new PyStr($"{o.Type.Name}(...)");
            try
            {
                var sb = new System.Text.StringBuilder(o.Type.Name).Append('(').Append(Ops.Repr(c._name).Value);
                int npos = c.PositionalCount;
                for (int i = 0; i < npos; i++) sb.Append(", ").Append(Ops.Repr(c._args[i]).Value);
                for (int i = npos; i < c._args.Length; i++)
                    sb.Append(", ").Append(((PyStr)c._kwnames![i - npos]).Value).Append('=').Append(Ops.Repr(c._args[i]).Value);
                return new PyStr(sb.Append(')').ToString());
            }
            finally { Ops.ReprLeave(o); }
        };
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var c = (PyMethodCaller)self!;
            int npos = c.PositionalCount;
            if (c._kwnames is null)
            {
                var items = new PyObject[npos + 1];
                items[0] = c._name;
                Array.Copy(c._args, 0, items, 1, npos);
                return PyTuple.Pair(c.Type, PyTuple.Wrap(items));
            }
            // partial(methodcaller, name, **kwargs) applied to the positional arguments.
            var partialArgs = new PyObject[2 + c._kwnames.Count];
            partialArgs[0] = c.Type;
            partialArgs[1] = c._name;
            Array.Copy(c._args, npos, partialArgs, 2, c._kwnames.Count);
            var partial = Ops.Call(PyPartial.PartialType, partialArgs, c._kwnames);
            return PyTuple.Pair(partial, PyTuple.Create(c._args.AsSpan(0, npos)));
        });
        ItertoolsModule.Doc(t, "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).");
    }
}
