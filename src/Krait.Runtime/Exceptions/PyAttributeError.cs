namespace Krait.Runtime;

/// <summary>AttributeError and NameError: the keyword-only <c>name</c> (and AttributeError's <c>obj</c>).</summary>
public sealed class PyAttributeError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject? Name, Obj;

    internal static void InitType(PyType t, bool withObj)
    {
        t.New = (type, args, kw) => new PyAttributeError(type, ArgsOf(args, kw));
        string typeName = t.Name;
        t.Init = (self, args, kw) =>
        {
            var e = (PyAttributeError)self;
            int npos = args.Length - (kw?.Count ?? 0);
            e.Args = PyTuple.Create(args[..npos]);
            for (int i = npos; i < args.Length; i++)
            {
                string k = ((PyStr)kw!.Items[i - npos]).Value;
                if (k == "name") e.Name = args[i];
                else if (k == "obj" && withObj) e.Obj = args[i];
                else throw PyErr.TypeError($"'{k}' is an invalid keyword argument for {typeName}()");
            }
        };
        GetSet(t, "name", o => ((PyAttributeError)o).Name ?? PyNone.Instance, (o, v) => ((PyAttributeError)o).Name = v);
        if (withObj) GetSet(t, "obj", o => ((PyAttributeError)o).Obj ?? PyNone.Instance, (o, v) => ((PyAttributeError)o).Obj = v);
    }
}
