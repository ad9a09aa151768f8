namespace Krait.Runtime;

// code's Python attributes (co_*), co_positions/co_lines, repr, equality.
public sealed partial class PyCode
{
    private static void InitCodeType(PyType t)
    {
        t.Repr = o =>
        {
            var c = (PyCode)o;
            return new PyStr($"<code object {c.Name.Value} at 0x{Ops.Id(c):x}, file \"{c.Filename.Value}\", line {c.FirstLineNo}>");
        };
        Get(t, "co_argcount", c => PyInt.FromLong(c.ArgCount));
        Get(t, "co_posonlyargcount", c => PyInt.FromLong(c.PosOnlyArgCount));
        Get(t, "co_kwonlyargcount", c => PyInt.FromLong(c.KwOnlyArgCount));
        Get(t, "co_stacksize", c => PyInt.FromLong(c.StackSize));
        Get(t, "co_flags", c => PyInt.FromLong(c.Flags));
        Get(t, "co_firstlineno", c => PyInt.FromLong(c.FirstLineNo));
        Get(t, "co_nlocals", c => PyInt.FromLong(c.NLocals));
        Get(t, "co_code", c => new PyBytes(c.Code));
        Get(t, "_co_code_adaptive", c => new PyBytes(c.Code));
        Get(t, "co_consts", c => PyTuple.Create(c.Consts));
        Get(t, "co_names", c => PyTuple.Create(c.Names));
        Get(t, "co_varnames", c => NamesOfKind(c, Krait.Compiler.Bytecode.CodeObject.FastLocal));
        Get(t, "co_cellvars", c => NamesOfKind(c, Krait.Compiler.Bytecode.CodeObject.FastCell));
        Get(t, "co_freevars", c => NamesOfKind(c, Krait.Compiler.Bytecode.CodeObject.FastFree));
        Get(t, "co_filename", c => c.Filename);
        Get(t, "co_name", c => c.Name);
        Get(t, "co_qualname", c => c.QualName);
        Get(t, "co_linetable", c => new PyBytes(c.Source.LineTable));
        Get(t, "co_exceptiontable", c => new PyBytes(c.Source.ExceptionTable));
        Get(t, "co_lnotab", c => new PyBytes([]));
        AddReplaceMethods(t);
        TypeBuilder.Method(t, "co_positions", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("co_positions", args, kw, 0);
            var c = (PyCode)self!;
            var items = new PyObject[c.Positions.Length];
            for (int i = 0; i < items.Length; i++)
            {
                var p = c.Positions[i];
                items[i] = PyTuple.Create([Opt(p.Line), Opt(p.EndLine), Opt(p.Col), Opt(p.EndCol)]);
            }
            return Ops.GetIter(PyTuple.Wrap(items));
        });
    }

    private static PyObject Opt(int v) => v < 0 ? PyNone.Instance : PyInt.FromLong(v);

    private static PyTuple NamesOfKind(PyCode c, byte kind)
    {
        var list = new List<PyObject>();
        for (int i = 0; i < c.LocalsPlusNames.Length; i++)
            if ((c.LocalsPlusKinds[i] & kind) != 0) list.Add(c.LocalsPlusNames[i]);
        return PyTuple.Wrap([.. list]);
    }

    private static void Get(PyType t, string name, Func<PyCode, PyObject> get) =>
        TypeBuilder.GetSet(t, name, o => get((PyCode)o), PyMethod.ReadOnly);
}
