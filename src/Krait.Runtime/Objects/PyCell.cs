namespace Krait.Runtime;

/// <summary>cell: a variable shared between a function and the functions nested in it.</summary>
public sealed class PyCell(PyObject? contents = null) : PyObject(CellType)
{
    public static readonly PyType CellType = PyType.NewBuiltin("cell", PyType.ObjectType, 0, InitType);

    /// <summary>The value; null when the variable is unbound.</summary>
    public PyObject? Contents = contents;

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("cell() takes no keyword arguments");
            if (args.Length > 1) throw PyErr.TypeError($"cell expected at most 1 argument, got {args.Length}");
            return new PyCell(args.Length == 1 ? args[0] : null);
        };
        t.Repr = o =>
        {
            var c = (PyCell)o;
            return new PyStr(c.Contents is null
                ? $"<cell at 0x{Ops.Id(c):x}: empty>"
                : $"<cell at 0x{Ops.Id(c):x}: {c.Contents.Type.Name} object at 0x{Ops.Id(c.Contents):x}>");
        };
        t.RichCompare = (a, b, op) =>
        {
            if (b is not PyCell cb) return PyNotImplemented.Instance;
            var x = ((PyCell)a).Contents;
            var y = cb.Contents;
            if (x is not null && y is not null) return Ops.RichCompare(x, y, op);
            int c = (x is null ? 0 : 1) - (y is null ? 0 : 1);
            return PyBool.From(Ops.CompareResult(c, op));
        };
        t.Hash = SlotDefs.HashNotImplemented;
        TypeBuilder.GetSet(t, "cell_contents",
            o => ((PyCell)o).Contents ?? throw PyErr.ValueError("Cell is empty"),
            (o, v) => ((PyCell)o).Contents = v);
    }
}
