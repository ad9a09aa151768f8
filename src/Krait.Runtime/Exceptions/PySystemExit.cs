namespace Krait.Runtime;

/// <summary>SystemExit: <c>code</c> is None, the single argument, or the args tuple.</summary>
public sealed class PySystemExit(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Code = CodeOf(args);

    private static PyObject CodeOf(PyTuple args) => args.Count switch { 0 => PyNone.Instance, 1 => args[0], _ => args };

    internal static new void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PySystemExit(type, ArgsOf(args, kw));
        t.Init = (self, args, kw) =>
        {
            NoKeywords(self, kw);
            var e = (PySystemExit)self;
            e.Args = ArgsOf(args, kw);
            e.Code = CodeOf(e.Args);
        };
        GetSet(t, "code", o => ((PySystemExit)o).Code, (o, v) => ((PySystemExit)o).Code = v ?? PyNone.Instance);
    }
}
