namespace Krait.Runtime;

/// <summary>str_iterator / str_ascii_iterator: yields one-code-point strings.</summary>
public sealed class StrIterator : PyObject
{
    private PyStr? _s;
    private int _index;

    public StrIterator(PyStr s) : base(IsAscii(s.Value) ? PyType.StrAsciiIteratorType : PyType.StrIteratorType) => _s = s;

    private static bool IsAscii(string s)
    {
        foreach (char c in s) if (c >= 0x80) return false;
        return true;
    }

    public PyObject? Next()
    {
        var s = _s;
        if (s is null) return null;
        if (_index < s.Length) return PyStr.Char(s.CodePointAt(_index++));
        _s = null;
        return null;
    }

    internal static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__length_hint__", (self, args, kw) =>
        {
            var it = (StrIterator)self!;
            return PyInt.FromLong(it._s is { } s ? s.Length - it._index : 0);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var it = (StrIterator)self!;
            if (it._s is null) return Iterators.ReduceExhausted(PyStr.Intern(""));
            return new PyTuple([ContainerArgs.IterBuiltin, new PyTuple([it._s]), PyInt.FromLong(it._index)]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var it = (StrIterator)self!;
            long i = ContainerArgs.StateIndex(ContainerArgs.One(it.Type.Name + ".__setstate__", args, kw));
            if (it._s is { } s) it._index = (int)(i < 0 ? 0 : i > s.Length ? s.Length : i);
            return PyNone.Instance;
        });
    }
}
