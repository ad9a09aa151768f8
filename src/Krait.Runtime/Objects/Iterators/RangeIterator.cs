namespace Krait.Runtime;

/// <summary>range_iterator.</summary>
public sealed class RangeIterator(PyRange r) : PyObject(PyType.RangeIteratorType)
{
    private long _next = r.Start;
    private long _remaining = r.Length;
    private readonly long _step = r.Step;

    public PyObject? Next()
    {
        if (_remaining <= 0) return null;
        _remaining--;
        long v = _next;
        _next += _step;
        return PyInt.FromLong(v);
    }
}
