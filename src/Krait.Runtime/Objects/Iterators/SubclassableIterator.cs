namespace Krait.Runtime;

/// <summary>Base of the builtin iterator types that Python code may subclass (enumerate, zip, map, filter,
/// reversed): instances of a Python subclass get an instance dict, plain instances none.</summary>
public abstract class SubclassableIterator(PyType type) : PyObject(type)
{
    private PyDict? _dict;

    public override PyDict? Dict
    {
        get => Type.IsHeapType ? _dict ??= new PyDict() : null;
        set
        {
            if (!Type.IsHeapType) base.Dict = value;
            _dict = value;
        }
    }

    /// <summary>The next item, or null when exhausted.</summary>
    public abstract PyObject? Next();

    internal static void InitIter(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((SubclassableIterator)o).Next();
    }
}
