using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>collections.deque: a double-ended queue, optionally bounded (Modules/_collectionsmodule.c). Stored as a
/// ring buffer of power-of-two capacity; <see cref="State"/> counts structural changes so iterators and searches
/// notice mutation as CPython's do.</summary>
public sealed partial class PyDeque : PyObject
{
    private PyObject?[] _items = new PyObject?[8];
    private int _head;   // index of the first item
    private int _count;
    private PyDict? _dict;

    /// <summary>-1 when unbounded.</summary>
    internal long MaxLen = -1;

    /// <summary>Changes whenever items are added or removed (not when one is replaced or the order reversed).</summary>
    internal ulong State;

    public PyDeque(PyType type) : base(type) { }

    public override PyDict? Dict
    {
        get => Type.IsHeapType ? _dict ??= new PyDict() : null;
        set
        {
            if (!Type.IsHeapType) base.Dict = value;
            _dict = value;
        }
    }

    internal int Count => _count;

    internal PyObject this[int i]
    {
        get => _items[(_head + i) & (_items.Length - 1)]!;
        set => _items[(_head + i) & (_items.Length - 1)] = value;
    }

    private void Grow()
    {
        var n = new PyObject?[_items.Length * 2];
        for (int i = 0; i < _count; i++) n[i] = this[i];
        _items = n;
        _head = 0;
    }

    internal void AppendRaw(PyObject x)
    {
        if (_count == _items.Length) Grow();
        // Through a byref: an element store into a PyObject?[] pays a covariance check (StelemRef) otherwise.
        var items = _items;
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), (_head + _count) & (items.Length - 1)) = x;
        _count++;
        State++;
    }

    internal void AppendLeftRaw(PyObject x)
    {
        if (_count == _items.Length) Grow();
        _head = (_head - 1) & (_items.Length - 1);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), _head) = x;
        _count++;
        State++;
    }

    internal PyObject PopRaw()
    {
        if (_count == 0) throw PyErr.IndexError("pop from an empty deque");
        int j = (_head + _count - 1) & (_items.Length - 1);
        var x = _items[j]!;
        _items[j] = null;
        _count--;
        State++;
        return x;
    }

    internal PyObject PopLeftRaw()
    {
        if (_count == 0) throw PyErr.IndexError("pop from an empty deque");
        var x = _items[_head]!;
        _items[_head] = null;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
        State++;
        return x;
    }

    /// <summary>append: a bounded deque that is full drops its leftmost item.</summary>
    public void Append(PyObject x)
    {
        if (MaxLen == 0) return;
        AppendRaw(x);
        if (MaxLen > 0 && _count > MaxLen) PopLeftRaw();
    }

    public void AppendLeft(PyObject x)
    {
        if (MaxLen == 0) return;
        AppendLeftRaw(x);
        if (MaxLen > 0 && _count > MaxLen) PopRaw();
    }

    public void Clear()
    {
        if (_count == 0) return;
        _items = new PyObject?[8];
        _head = _count = 0;
        State++;
    }

    /// <summary>extend: the items of an iterable (a copy first when it is the deque itself).</summary>
    public void Extend(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = Ops.GetIter(iterable);
        if (MaxLen == 0) { while (Ops.Next(it) is not null) { } return; }
        while (Ops.Next(it) is { } x) Append(x);
    }

    public void ExtendLeft(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = Ops.GetIter(iterable);
        if (MaxLen == 0) { while (Ops.Next(it) is not null) { } return; }
        while (Ops.Next(it) is { } x) AppendLeft(x);
    }

    public void Rotate(long n)
    {
        if (_count <= 1) return;
        State++;
        n %= _count;
        if (n < 0) n += _count;
        if (n == 0) return;
        // Right rotation by n: the last n items move to the front.
        var copy = new PyObject[_count];
        for (int i = 0; i < _count; i++) copy[(int)((i + n) % _count)] = this[i];
        for (int i = 0; i < _count; i++) this[i] = copy[i];
    }

    public void Reverse()
    {
        for (int i = 0, j = _count - 1; i < j; i++, j--) (this[i], this[j]) = (this[j], this[i]);
    }

    /// <summary>Removes the item at <paramref name="i"/> (0 ≤ i &lt; len).</summary>
    internal void DelAt(int i)
    {
        if (i < _count / 2)
        {
            for (int k = i; k > 0; k--) this[k] = this[k - 1];
            PopLeftRaw();
        }
        else
        {
            for (int k = i; k < _count - 1; k++) this[k] = this[k + 1];
            PopRaw();
        }
    }

    internal void InsertAt(int i, PyObject x)
    {
        AppendRaw(x);
        for (int k = _count - 1; k > i; k--) this[k] = this[k - 1];
        this[i] = x;
    }

    internal PyObject[] ToArray()
    {
        var a = new PyObject[_count];
        for (int i = 0; i < _count; i++) a[i] = this[i];
        return a;
    }
}
