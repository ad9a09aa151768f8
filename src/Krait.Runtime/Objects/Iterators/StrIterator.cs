namespace Krait.Runtime;

/// <summary>str_iterator / str_ascii_iterator: yields one-code-point strings.</summary>
public sealed class StrIterator : PyObject
{
    private readonly PyStr _s;
    private int _index;

    public StrIterator(PyStr s) : base(IsAscii(s.Value) ? PyType.StrAsciiIteratorType : PyType.StrIteratorType) => _s = s;

    private static bool IsAscii(string s)
    {
        foreach (char c in s) if (c >= 0x80) return false;
        return true;
    }

    public PyObject? Next()
    {
        if (_index >= _s.Length) return null;
        return PyStr.Char(_s.CodePointAt(_index++));
    }
}
