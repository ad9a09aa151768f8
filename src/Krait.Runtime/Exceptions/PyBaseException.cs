using System.Text;

namespace Krait.Runtime;

/// <summary>BaseException instances (Objects/exceptions.c). Subclasses with extra fields are C# subclasses.</summary>
public class PyBaseException : PyObject
{
    public PyTuple Args;
    public PyObject? Cause, Context, Traceback;
    public bool SuppressContext;
    private PyDict? _dict;

    public PyBaseException(PyType type, PyTuple args) : base(type) => Args = args;

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    /// <summary>Sets <c>__cause__</c> as <c>raise ... from cause</c> does (also sets __suppress_context__).</summary>
    public void SetCause(PyObject? cause) { Cause = cause; SuppressContext = true; }

    /// <summary>Set by __new__ until __init__ runs: Args is the tuple __new__ made from the call's arguments.</summary>
    private bool _argsFromNew;

    internal static PyTuple ArgsOf(ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        PyTuple.Create(args[..(args.Length - (kw?.Count ?? 0))]);

    /// <summary>__new__'s args tuple (the instance remembers that __init__ may keep it).</summary>
    internal static PyTuple NewArgs(PyBaseException e, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        e._argsFromNew = true;
        return ArgsOf(args, kw);
    }

    /// <summary>The args __init__ sets: in a class call (__new__ then __init__ with the same arguments, where CPython
    /// stores the one tuple of the call twice) the tuple __new__ made, instead of a second copy.</summary>
    internal static PyTuple InitArgs(PyBaseException e, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        bool fresh = e._argsFromNew;
        e._argsFromNew = false;
        var n = args.Length - (kw?.Count ?? 0);
        var cur = e.Args;
        if (fresh && cur.Count == n)
        {
            int i = 0;
            while (i < n && ReferenceEquals(cur[i], args[i])) i++;
            if (i == n) return cur;
        }
        return PyTuple.Create(args[..n]);
    }

    internal static void NoKeywords(PyObject self, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{self.Type.Name}() takes no keyword arguments");
    }

    /// <summary>BaseException.__str__: '' for no args, str(arg) for one, str(args) otherwise.</summary>
    internal static PyStr BaseStr(PyBaseException e) => e.Args.Count switch
    {
        0 => PyStr.Empty,
        1 => Ops.Str(e.Args[0]),
        _ => Ops.Str(e.Args),
    };

    internal static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            var e = new PyBaseException(type, PyTuple.Empty);
            e.Args = NewArgs(e, args, kw);
            return e;
        };
        t.Init = (self, args, kw) =>
        {
            NoKeywords(self, kw);
            var e = (PyBaseException)self;
            e.Args = InitArgs(e, args, kw);
        };
        t.Str = o => BaseStr((PyBaseException)o);
        t.Repr = o =>
        {
            var e = (PyBaseException)o;
            string name = e.Type.Name[(e.Type.Name.LastIndexOf('.') + 1)..];
            var sb = new StringBuilder(name);
            sb.Append(e.Args.Count == 1 ? $"({Ops.Repr(e.Args[0]).Value})" : Ops.Repr(e.Args).Value);
            return new PyStr(sb.ToString());
        };
        AddReduce(t);
        GetSet(t, "args", o => ((PyBaseException)o).Args, (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("args may not be deleted");
            ((PyBaseException)o).Args = PyTuple.FromIterable(v);
        });
        GetSet(t, "__traceback__", o => ((PyBaseException)o).Traceback ?? PyNone.Instance, (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("__traceback__ may not be deleted");
            if (v is not PyNone && v.Type.Name != "traceback") throw PyErr.TypeError("__traceback__ must be a traceback or None");
            ((PyBaseException)o).Traceback = v is PyNone ? null : v;
        });
        GetSet(t, "__cause__", o => ((PyBaseException)o).Cause ?? PyNone.Instance, (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("__cause__ may not be deleted");
            if (v is not PyNone && v is not PyBaseException) throw PyErr.TypeError("exception cause must be None or derive from BaseException");
            ((PyBaseException)o).SetCause(v is PyNone ? null : v);
        });
        GetSet(t, "__context__", o => ((PyBaseException)o).Context ?? PyNone.Instance, (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("__context__ may not be deleted");
            if (v is not PyNone && v is not PyBaseException) throw PyErr.TypeError("exception context must be None or derive from BaseException");
            ((PyBaseException)o).Context = v is PyNone ? null : v;
        });
        GetSet(t, "__suppress_context__", o => PyBool.From(((PyBaseException)o).SuppressContext), (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("can't delete attribute");
            ((PyBaseException)o).SuppressContext = Ops.IsTrue(v);
        });
        GetSet(t, "__dict__", o => o.Dict!, (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("cannot delete __dict__");
            if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.Type.Name}'");
            o.Dict = d;
        });
        Method(t, "with_traceback", (self, args, kw) =>
        {
            if (args.Length != 1) throw PyErr.TypeError($"BaseException.with_traceback() takes exactly one argument ({args.Length} given)");
            Ops.SetAttr(self!, PyStr.Intern("__traceback__"), args[0]);
            return self!;
        });
        Method(t, "add_note", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("BaseException.add_note() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"BaseException.add_note() takes exactly one argument ({args.Length} given)");
            if (args[0] is not PyStr) throw PyErr.TypeError($"note must be a str, not '{args[0].Type.Name}'");
            var key = PyStr.Intern("__notes__");
            var notes = Ops.TryGetAttr(self!, key);
            if (notes is null)
            {
                notes = new PyList();
                Ops.SetAttr(self!, key, notes);
            }
            if (notes is not PyList l) throw PyErr.TypeError("Cannot add note: __notes__ is not a list");
            l.Append(args[0]);
            return PyNone.Instance;
        });
    }

    /// <summary>The instance dict when it exists and is not empty (attribute look-ups create it here, so
    /// unlike CPython an empty dict is never reported).</summary>
    internal PyDict? DictIfCreated => _dict is { Count: > 0 } ? _dict : null;

    /// <summary>BaseException.__reduce__: (type, args) or (type, args, __dict__).</summary>
    internal static PyObject Reduce(PyBaseException e, PyTuple args) =>
        e._dict is { Count: > 0 } d ? PyTuple.Create([e.Type, args, d]) : PyTuple.Pair(e.Type, args);

    private static void AddReduce(PyType t)
    {
        Method(t, "__reduce__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__reduce__", args, kw, 0);
            var e = (PyBaseException)self!;
            return Reduce(e, e.Args);
        });
        Method(t, "__setstate__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__setstate__", args, kw, 1);
            var state = args[0];
            if (state is PyNone) return PyNone.Instance;
            if (state is not PyDict d) throw PyErr.TypeError("state is not a dictionary");
            foreach (var (k, v) in d.Items())
                Ops.SetAttr(self!, k as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{k.Type.Name}'"), v);
            return PyNone.Instance;
        });
    }

    internal static void GetSet(PyType t, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set) =>
        TypeBuilder.GetSet(t, name, get, set);

    internal static void Method(PyType t, string name, BuiltinFn fn) => TypeBuilder.Method(t, name, fn);
}
