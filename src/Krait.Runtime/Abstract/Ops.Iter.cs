using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// Iteration and containment.
public static partial class Ops
{
    /// <summary>iter(o): __iter__, else the __getitem__ sequence protocol.</summary>
    public static PyObject GetIter(PyObject o)
    {
        var f = o.Type.Iter;
        if (f is null)
        {
            if (o.Type.GetItem is not null && o is not PyDict) return new SeqIterator(o);
            throw PyErr.TypeError($"'{o.Type.Name}' object is not iterable");
        }
        var it = f(o);
        if (it.Type.IterNext is null) throw PyErr.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }

    /// <summary>Non-throwing next: the next item, or null when the iterator is exhausted.</summary>
    public static PyObject? Next(PyObject iterator)
    {
        // The commonest iterator of C# loops (sum, min, join, list(...) of a list): no delegate call. Tested by the
        // Type field (list_iterator can't be subclassed): `is ListIterator` compiled to a cast-helper call for
        // every other iterator.
        if (ReferenceEquals(iterator.Type, PyType.ListIteratorType)) return Unsafe.As<ListIterator>(iterator).Next();
        // Generators (sum/any/all/join of a generator expression): the slot's body without its delegate call.
        if (ReferenceEquals(iterator.Type, PyGenerator.GeneratorType)) return Unsafe.As<PyGenerator>(iterator).NextOrNull();
        var f = iterator.Type.IterNext ?? throw PyErr.TypeError($"'{iterator.Type.Name}' object is not an iterator");
        return f(iterator);
    }

    /// <summary>next(it) with StopIteration on exhaustion.</summary>
    public static PyObject NextOrRaise(PyObject iterator) => Next(iterator) ?? throw PyErr.New(PyExc.StopIteration);

    /// <summary>item in container: __contains__, else a search by iteration.</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        // Exact dicts, and exact strs searched for an exact str: their own __contains__ without the slot's delegate
        // call (`k in d` in a loop; `c in "aeiou"`).
        var ct = container.Type;
        if (ReferenceEquals(ct, PyType.DictType)) return Unsafe.As<PyDict>(container).ContainsKey(item);
        if (ReferenceEquals(ct, PyType.StrType) && ReferenceEquals(item.Type, PyType.StrType))
            return Unsafe.As<PyStr>(container).ContainsStr(Unsafe.As<PyStr>(item));
        if (ct.Contains is { } f) return f(container, item);
        if (container.Type.Iter is null && container.Type.GetItem is null)
            throw PyErr.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        var it = GetIter(container);
        while (Next(it) is { } x)
            if (ReferenceEquals(x, item) || RichCompareBool(x, item, CompareOp.Eq)) return true;
        return false;
    }
}
