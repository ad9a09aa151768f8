using Krait.Compiler.Symtable;

namespace Krait.Runtime;

/// <summary>CPython's <c>symtable entry</c> (PySTEntryObject as _symtable exposes it): read-only id, name,
/// symbols, varnames, children, nested, type and lineno of one block of a Krait symbol table.</summary>
public sealed class PySymtableEntry : PyObject
{
    public static readonly PyType SymtableEntryType = PyType.NewBuiltin("symtable entry", PyType.ObjectType, 0, InitType);

    private readonly SymbolTableEntry _entry;
    private readonly PyDict _symbols = new();
    private readonly PyList _varnames = new();
    private readonly PyList _children = new();

    /// <summary>The whole tree of entries under <paramref name="entry"/>, built at once.</summary>
    internal PySymtableEntry(SymbolTableEntry entry) : base(SymtableEntryType)
    {
        _entry = entry;
        foreach (var s in entry.Symbols) _symbols.SetItem(PyStr.Intern(s.Name), PyInt.FromLong(s.RawFlags));
        foreach (var v in entry.Varnames) _varnames.Append(PyStr.Intern(v));
        foreach (var c in entry.Children) _children.Append(new PySymtableEntry(c));
    }

    private static PySymtableEntry Self(PyObject o) => (PySymtableEntry)o;

    private static void InitType(PyType t)
    {
        // ste_id is the address of the block's AST node in CPython: any unique int does.
        Member(t, "id", o => PyInt.FromLong(Ops.Id(o)));
        Member(t, "name", o => PyStr.Intern(Self(o)._entry.Name));
        Member(t, "symbols", o => Self(o)._symbols);
        Member(t, "varnames", o => Self(o)._varnames);
        Member(t, "children", o => Self(o)._children);
        Member(t, "nested", o => PyInt.FromLong(Self(o)._entry.IsNested ? 1 : 0));
        Member(t, "type", o => PyInt.FromLong((int)Self(o)._entry.Type));
        Member(t, "lineno", o => PyInt.FromLong(Self(o)._entry.Lineno));
        t.Repr = o =>
        {
            var e = Self(o)._entry;
            return new PyStr($"<symtable entry {e.Name}({Ops.Id(o)}), line {e.Lineno}>");
        };
    }

    private static void Member(PyType t, string name, Func<PyObject, PyObject> get) =>
        TypeBuilder.GetSet(t, name, get, (o, v) => throw PyErr.AttributeError("readonly attribute"));
}
