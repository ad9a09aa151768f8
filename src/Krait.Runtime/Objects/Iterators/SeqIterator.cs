namespace Krait.Runtime;

/// <summary>iterator: iter() over an object with only __getitem__ (calls it with 0, 1, … until IndexError or StopIteration).</summary>
public sealed class SeqIterator(PyObject seq) : PyObject(PyType.SeqIteratorType)
{
    private PyObject? _seq = seq;
    private long _index;

    public PyObject? Next()
    {
        var s = _seq;
        if (s is null) return null;
        try
        {
            return Ops.GetItem(s, PyInt.FromLong(_index++));
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.IndexError) || e.Value.Type.IsSubtype(PyExc.StopIteration))
        {
            _seq = null;
            return null;
        }
    }
}
