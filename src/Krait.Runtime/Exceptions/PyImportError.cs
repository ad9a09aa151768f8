namespace Krait.Runtime;

/// <summary>ImportError: <c>msg</c> (the single argument), keyword-only <c>name</c> and <c>path</c>.</summary>
public sealed class PyImportError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Msg = PyNone.Instance, Name = PyNone.Instance, Path = PyNone.Instance;

    internal static new void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyImportError(type, ArgsOf(args, kw));
        t.Init = (self, args, kw) =>
        {
            var e = (PyImportError)self;
            int npos = args.Length - (kw?.Count ?? 0);
            e.Args = PyTuple.Create(args[..npos]);
            // ImportError_init: name and path not given are reset, as msg is.
            e.Name = PyNone.Instance;
            e.Path = PyNone.Instance;
            for (int i = npos; i < args.Length; i++)
            {
                string k = ((PyStr)kw!.Items[i - npos]).Value;
                if (k == "name") e.Name = args[i];
                else if (k == "path") e.Path = args[i];
                else throw PyErr.TypeError($"'{k}' is an invalid keyword argument for ImportError()");
            }
            e.Msg = npos == 1 ? args[0] : PyNone.Instance;
        };
        t.Str = o => ((PyImportError)o).Msg is PyStr { Type: var mt } m && ReferenceEquals(mt, PyType.StrType) ? m : BaseStr((PyBaseException)o);
        Method(t, "__reduce__", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("__reduce__", args, kw, 0);
            var e = (PyImportError)self!;
            if (e.Name is PyNone && e.Path is PyNone) return Reduce(e, e.Args);
            var state = e.DictIfCreated is { } d ? d.Copy() : new PyDict();
            if (e.Name is not PyNone) state.SetItem(PyStr.Intern("name"), e.Name);
            if (e.Path is not PyNone) state.SetItem(PyStr.Intern("path"), e.Path);
            return PyTuple.Create([e.Type, e.Args, state]);
        });
        GetSet(t, "msg", o => ((PyImportError)o).Msg, (o, v) => ((PyImportError)o).Msg = v ?? PyNone.Instance);
        GetSet(t, "name", o => ((PyImportError)o).Name, (o, v) => ((PyImportError)o).Name = v ?? PyNone.Instance);
        GetSet(t, "path", o => ((PyImportError)o).Path, (o, v) => ((PyImportError)o).Path = v ?? PyNone.Instance);
    }
}
