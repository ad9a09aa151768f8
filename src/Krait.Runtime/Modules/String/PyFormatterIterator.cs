namespace Krait.Runtime;

/// <summary>formatteriterator: (literal_text, field_name, format_spec, conversion) for each piece of a format
/// string, as str.format's parser reads it.</summary>
public sealed class PyFormatterIterator : PyObject
{
    public static readonly PyType FormatterIteratorType = PyType.NewBuiltin("formatteriterator", PyType.ObjectType, 0, InitType);

    private readonly PyStr _s;
    private int _pos;

    internal PyFormatterIterator(PyStr s) : base(FormatterIteratorType) => _s = s;

    // One step of MarkupIterator_next: a literal up to the next brace, then the field it opens, if any.
    private PyObject? Next()
    {
        var s = _s;
        int end = s.Length;
        if (_pos >= end) return null;
        int pos = _pos, litStart = pos, c = 0;
        bool markup = false;
        while (pos < end)
        {
            c = s.CodePointAt(pos++);
            if (c is '{' or '}') { markup = true; break; }
        }
        bool atEnd = pos >= end;
        int len = pos - litStart;
        if (c == '}' && markup && (atEnd || s.CodePointAt(pos) != '}'))
            throw PyErr.ValueError("Single '}' encountered in format string");
        if (atEnd && c == '{' && markup) throw PyErr.ValueError("Single '{' encountered in format string");
        if (!atEnd && markup)
        {
            if (c == s.CodePointAt(pos)) { pos++; markup = false; }
            else len--;
        }
        var literal = new PyStr(s.SubstringCp(litStart, litStart + len));
        if (!markup)
        {
            _pos = pos;
            return PyTuple.Create([literal, PyNone.Instance, PyNone.Instance, PyNone.Instance]);
        }
        var f = StrFormat.ParseField(s, ref pos, end);
        _pos = pos;
        var name = new PyStr(s.SubstringCp(f.NameStart, f.NameEnd));
        var spec = new PyStr(s.SubstringCp(f.SpecStart, f.SpecEnd));
        PyObject conv = f.Conversion == 0 ? PyNone.Instance : new PyStr(char.ConvertFromUtf32(f.Conversion));
        return PyTuple.Create([literal, name, spec, conv]);
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyFormatterIterator)o).Next();
    }
}
