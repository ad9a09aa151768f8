namespace Krait.Runtime;

/// <summary>fieldnameiterator: (is_attribute, name_or_index) for each .attr and [key] after a field's first part.</summary>
public sealed class PyFieldNameIterator : PyObject
{
    public static readonly PyType FieldNameIteratorType = PyType.NewBuiltin("fieldnameiterator", PyType.ObjectType, 0, InitType);

    private readonly PyStr _s;
    private int _pos;

    internal PyFieldNameIterator(PyStr s, int pos) : base(FieldNameIteratorType) { _s = s; _pos = pos; }

    private PyObject? Next()
    {
        var s = _s;
        int end = s.Length, i = _pos;
        if (i >= end) return null;
        int c = s.CodePointAt(i++);
        int start = i, stop;
        PyObject value;
        bool isAttr;
        if (c == '.')
        {
            isAttr = true;
            while (i < end && s.CodePointAt(i) is not ('.' or '[')) i++;
            stop = i;
            value = new PyStr(s.SubstringCp(start, stop));
        }
        else if (c == '[')
        {
            isAttr = false;
            bool closed = false;
            while (i < end) { if (s.CodePointAt(i++) == ']') { closed = true; break; } }
            if (!closed) throw PyErr.ValueError("Missing ']' in format string");
            stop = i - 1;
            long idx = StrFormat.ParseIndex(s, start, stop);
            value = idx == -1 ? new PyStr(s.SubstringCp(start, stop)) : PyInt.FromLong(idx);
        }
        else throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        _pos = i;
        if (start == stop) throw PyErr.ValueError("Empty attribute in format string");
        return PyTuple.Pair(PyBool.From(isAttr), value);
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyFieldNameIterator)o).Next();
    }
}
