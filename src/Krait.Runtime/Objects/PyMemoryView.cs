namespace Krait.Runtime;

/// <summary>memoryview (Objects/memoryobject.c): a view of another object's buffer, read as items of a struct-module
/// format with a shape and strides. A view over a bytearray is tracked by it weakly (see
/// <see cref="PyByteArray"/>'s export check): CPython releases a dropped view at once by reference counting.</summary>
public sealed partial class PyMemoryView : PyObject, IPyBuffer
{
    public static readonly PyType MemoryViewType = PyType.NewBuiltin("memoryview", PyType.ObjectType, TypeFlags.Sequence | TypeFlags.MatchSequence, InitType);

    private readonly PyObject _obj;
    private readonly IPyBuffer _root;
    private readonly byte[] _arr;
    private int _off;
    private int[] _shape, _strides;
    private int _itemSize;
    private string _format;
    private readonly bool _readonly;
    private bool _released;
    private int _exports;
    private long _hash = -1;

    private PyMemoryView(PyObject obj, IPyBuffer root, byte[] arr, int off, int[] shape, int[] strides, int itemSize, string format, bool readOnly)
        : base(MemoryViewType)
    {
        _obj = obj; _root = root; _arr = arr; _off = off;
        _shape = shape; _strides = strides; _itemSize = itemSize; _format = format; _readonly = readOnly;
        if (root is IPyViewTracker tr) tr.TrackView(this);
    }

    /// <summary>memoryview(obj): a view over a bytes-like object (or another view's memory).</summary>
    public static PyMemoryView FromObject(PyObject o)
    {
        if (o is PyMemoryView m)
        {
            m.CheckReleased();
            return m.Derive(m._off, (int[])m._shape.Clone(), (int[])m._strides.Clone(), m._itemSize, m._format, m._readonly);
        }
        if (o is PyByteArray ba)
        {
            var span = ba.AsSpan();
            var (arr, off) = ba.Storage();
            return new PyMemoryView(ba, ba, arr, off, [span.Length], [1], 1, "B", false);
        }
        if (o is IPyBuffer p)
        {
            var info = p.GetBuffer(false);
            return new PyMemoryView(info.Obj, p, info.Array, info.Offset, info.Shape, info.Strides, info.ItemSize, info.Format, info.ReadOnly);
        }
        throw PyErr.TypeError($"memoryview: a bytes-like object is required, not '{o.Type.Name}'");
    }

    /// <summary>A new view of the same memory (slices, casts, toreadonly): it counts as its own export.</summary>
    private PyMemoryView Derive(int off, int[] shape, int[] strides, int itemSize, string format, bool readOnly)
    {
        if (_root is not IPyViewTracker) _root.GetBuffer(false);
        return new PyMemoryView(_obj, _root, _arr, off, shape, strides, itemSize, format, readOnly);
    }

    internal bool IsReleased => _released;

    private void CheckReleased()
    {
        if (_released) throw PyErr.ValueError("operation forbidden on released memoryview object");
    }

    public void Release()
    {
        if (_released) return;
        if (_exports > 0)
            throw PyErr.New(PyExc.BufferError, $"memoryview has {_exports} exported buffer{(_exports == 1 ? "" : "s")}");
        _released = true;
        if (_root is IPyViewTracker tr) tr.UntrackView(this);
        else _root.ReleaseBuffer();
    }

    public PyBufferInfo GetBuffer(bool writable)
    {
        CheckReleased();
        if (writable && _readonly) throw PyErr.New(PyExc.BufferError, "memoryview: underlying buffer is not writable");
        _exports++;
        return new PyBufferInfo
        {
            Array = _arr, Offset = _off, Length = NBytes, ReadOnly = _readonly, Obj = _obj,
            Format = _format, ItemSize = _itemSize, Shape = _shape, Strides = _strides,
        };
    }

    public void ReleaseBuffer() => _exports--;

    public ReadOnlySpan<byte> AsReadOnlySpan()
    {
        CheckReleased();
        if (!IsCContiguous) throw PyErr.New(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        return _arr.AsSpan(_off, NBytes);
    }

    /// <summary>The bytes in C order, copied when the view isn't contiguous (PyBUF_FULL_RO + PyBuffer_ToContiguous).</summary>
    internal ReadOnlySpan<byte> ContiguousBytes()
    {
        CheckReleased();
        return IsCContiguous ? _arr.AsSpan(_off, NBytes) : ToBytes('C');
    }

    private int NDim => _shape.Length;

    private int NBytes
    {
        get
        {
            long n = _itemSize;
            foreach (int d in _shape) n *= d;
            return (int)n;
        }
    }

    private bool IsCContiguous
    {
        get
        {
            // init_flags: a 1-D view is contiguous when it has one item or its stride is the item size.
            if (NDim == 1) return _shape[0] == 1 || _strides[0] == _itemSize;
            if (NBytes == 0) return true;
            long sd = _itemSize;
            for (int i = NDim - 1; i >= 0; i--)
            {
                if (_shape[i] > 1 && _strides[i] != sd) return false;
                sd *= _shape[i];
            }
            return true;
        }
    }

    private bool IsFContiguous
    {
        get
        {
            // init_flags: a 1-D view is contiguous when it has one item or its stride is the item size.
            if (NDim == 1) return _shape[0] == 1 || _strides[0] == _itemSize;
            if (NBytes == 0) return true;
            long sd = _itemSize;
            for (int i = 0; i < NDim; i++)
            {
                if (_shape[i] > 1 && _strides[i] != sd) return false;
                sd *= _shape[i];
            }
            return true;
        }
    }

    /// <summary>The items' bytes in C ('C') or Fortran ('F') order.</summary>
    private byte[] ToBytes(char order)
    {
        var r = new byte[NBytes];
        if (r.Length == 0) return r;
        if (order == 'C' && IsCContiguous) { _arr.AsSpan(_off, r.Length).CopyTo(r); return r; }
        int n = NDim;
        var idx = new int[n];
        int pos = 0;
        int count = r.Length / _itemSize;
        for (int k = 0; k < count; k++)
        {
            long at = _off;
            for (int d = 0; d < n; d++) at += (long)idx[d] * _strides[d];
            _arr.AsSpan((int)at, _itemSize).CopyTo(r.AsSpan(pos));
            pos += _itemSize;
            // Advance the multi-index: last dimension fastest for C order, first for Fortran.
            if (order == 'C')
            {
                for (int d = n - 1; d >= 0; d--) { if (++idx[d] < _shape[d]) break; idx[d] = 0; }
            }
            else
            {
                for (int d = 0; d < n; d++) { if (++idx[d] < _shape[d]) break; idx[d] = 0; }
            }
        }
        return r;
    }

    private static void InitType(PyType t)
    {
        t.Repr = o => new PyStr(((PyMemoryView)o)._released ? $"<released memory at 0x{Ops.Id(o):x}>" : $"<memory at 0x{Ops.Id(o):x}>");
        t.Len = o =>
        {
            var m = (PyMemoryView)o;
            m.CheckReleased();
            return m.NDim == 0 ? 1 : m._shape[0];
        };
        t.Hash = o => ((PyMemoryView)o).Hash();
        t.RichCompare = (a, b, op) => ((PyMemoryView)a).Compare(b, op);
        t.GetItem = (o, key) => ((PyMemoryView)o).GetItem(key);
        t.SetItem = (o, key, value) => ((PyMemoryView)o).SetItem(key, value);
        t.DelItem = (o, key) => ((PyMemoryView)o).SetItem(key, null);
        t.Iter = o => ((PyMemoryView)o).Iter();
        t.New = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[1];
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"memoryview() takes at most 1 argument ({npos} given)");
            ArgBinder.Bind("memoryview", args, kw, ["object"], 0, 1, 1, a);
            return FromObject(a[0]!);
        };
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("Create a new memoryview object which references the given object."));
        AddAttributes(t);
        AddMethods(t);
    }

    private static PyMemoryView Self(PyObject? o) => (PyMemoryView)o!;

    private static PyMemoryView Live(PyObject? o)
    {
        var m = (PyMemoryView)o!;
        m.CheckReleased();
        return m;
    }

    private static PyTuple IntTuple(int[] v)
    {
        var items = new PyObject[v.Length];
        for (int i = 0; i < v.Length; i++) items[i] = PyInt.FromLong(v[i]);
        return PyTuple.Wrap(items);
    }

    private static void AddAttributes(PyType t)
    {
        TypeBuilder.GetSet(t, "obj", o => Live(o)._obj, null);
        TypeBuilder.GetSet(t, "nbytes", o => PyInt.FromLong(Live(o).NBytes), null);
        TypeBuilder.GetSet(t, "readonly", o => PyBool.From(Live(o)._readonly), null);
        TypeBuilder.GetSet(t, "itemsize", o => PyInt.FromLong(Live(o)._itemSize), null);
        TypeBuilder.GetSet(t, "format", o => new PyStr(Live(o)._format), null);
        TypeBuilder.GetSet(t, "ndim", o => PyInt.FromLong(Live(o).NDim), null);
        TypeBuilder.GetSet(t, "shape", o => IntTuple(Live(o)._shape), null);
        TypeBuilder.GetSet(t, "strides", o => IntTuple(Live(o)._strides), null);
        TypeBuilder.GetSet(t, "suboffsets", o => { Live(o); return PyTuple.Empty; }, null);
        TypeBuilder.GetSet(t, "c_contiguous", o => PyBool.From(Live(o).IsCContiguous), null);
        TypeBuilder.GetSet(t, "f_contiguous", o => PyBool.From(Live(o).IsFContiguous), null);
        TypeBuilder.GetSet(t, "contiguous", o => { var m = Live(o); return PyBool.From(m.IsCContiguous || m.IsFContiguous); }, null);
    }

    private static readonly string[] s_toBytesNames = ["order"];
    private static readonly string[] s_castNames = ["format", "shape"];

    private static void AddMethods(PyType t)
    {
        TypeBuilder.Method(t, "release", (self, args, kw) =>
        {
            ArgBinder.None("memoryview.release", args, kw);
            Self(self).Release();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "__enter__", (self, args, kw) =>
        {
            ArgBinder.None("memoryview.__enter__", args, kw);
            return Live(self);
        });
        TypeBuilder.Method(t, "__exit__", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("memoryview.__exit__() takes no keyword arguments");
            Self(self).Release();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "tobytes", (self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[1];
            ArgBinder.Bind("tobytes", args, kw, s_toBytesNames, 0, 1, 0, a);
            var m = Live(self);
            char order = 'C';
            if (a[0] is PyStr s)
            {
                order = s.Value switch { "C" => 'C', "F" => 'F', "A" => 'A', _ => throw PyErr.ValueError("order must be 'C', 'F' or 'A'") };
            }
            else if (a[0] is not null and not PyNone)
                throw PyErr.TypeError($"tobytes() argument 'order' must be str or None, not {a[0]!.Type.Name}");
            if (order == 'A') order = m.IsFContiguous && !m.IsCContiguous ? 'F' : 'C';
            return new PyBytes(m.ToBytes(order));
        });
        TypeBuilder.Method(t, "tolist", (self, args, kw) =>
        {
            ArgBinder.None("memoryview.tolist", args, kw);
            return Live(self).ToList();
        });
        TypeBuilder.Method(t, "hex", (self, args, kw) =>
        {
            var m = Live(self);
            return ByteSeq.HexMethod(m.ToBytes('C'), args, kw);
        });
        TypeBuilder.Method(t, "toreadonly", (self, args, kw) =>
        {
            ArgBinder.None("memoryview.toreadonly", args, kw);
            var m = Live(self);
            return m.Derive(m._off, (int[])m._shape.Clone(), (int[])m._strides.Clone(), m._itemSize, m._format, true);
        });
        TypeBuilder.Method(t, "cast", (self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ArgBinder.Bind("cast", args, kw, s_castNames, 0, 2, 1, a);
            return Live(self).Cast(a[0]!, a[1]);
        });
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            ArgBinder.None("memoryview.__sizeof__", args, kw);
            return PyInt.FromLong(ByteSeq.ObjectSize + 8 * 5 + 4 * 6 + 2 * ByteSeq.ArrayHeader + 8L * Self(self).NDim);
        });
    }
}
