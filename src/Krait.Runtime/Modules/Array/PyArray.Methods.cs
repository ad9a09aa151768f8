namespace Krait.Runtime;

// array.array's methods (arraymodule.c's Argument Clinic methods, with their argument errors).
public sealed partial class PyArray
{
    private const int BlockSize = 64 * 1024;

    internal void DoExtend(PyObject bb)
    {
        if (bb is not PyArray other) { ExtendIter(bb); return; }
        if (other.Code != Code) throw PyErr.TypeError("can only extend with array of same kind");
        AppendBytes(other.Bytes);
    }

    private long Find(PyObject v, long start, long stop)
    {
        for (long i = start; i < stop && i < _count; i++)
            if (Ops.RichCompareBool(GetItem((int)i), v, CompareOp.Eq)) return i;
        return -1;
    }

    private static long SliceIndex(PyObject o)
    {
        if (o.Type.Index is null && o is not PyInt)
            throw PyErr.TypeError("slice indices must be integers or have an __index__ method");
        return Ops.AsSsize(o);
    }

    internal PyObject ReduceEx(PyObject protocolArg)
    {
        if (protocolArg is not PyInt && protocolArg.Type.Index is null)
            throw PyErr.TypeError("__reduce_ex__ argument should be an integer");
        long protocol = Ops.AsSsize(protocolArg);
        PyObject dict = _dict is not null ? _dict : PyBaseObject.TryGetAttrQuiet(this, PyStr.Intern("__dict__")) ?? PyNone.Instance;
        if (protocol < 3)
            return PyTuple.Create([Type, PyTuple.Pair(PyStr.Char(Code), ToList()), dict]);
        var reconstructor = ArrayModule.Reconstructor;
        return PyTuple.Create([reconstructor,
            PyTuple.Create([Type, PyStr.Char(Code), PyInt.FromLong(ArrayModule.NativeFormat(Code)), new PyBytes(Bytes.ToArray())]),
            dict]);
    }

    private static void InitMethods(PyType t)
    {
        TypeBuilder.GetSet(t, "typecode", o => PyStr.Char(Self(o).Code), null);
        TypeBuilder.GetSet(t, "itemsize", o => PyInt.FromLong(Self(o).ItemSize), null);
        TypeBuilder.Method(t, "append", (self, args, kw) => { Self(self).Append(ArgBinder.One("array.append", args, kw)); return PyNone.Instance; });
        TypeBuilder.Method(t, "buffer_info", (self, args, kw) =>
        {
            ArgBinder.None("array.buffer_info", args, kw);
            var a = Self(self);
            // .NET moves arrays: the "address" is a stable stand-in, not a pointer (docs/differences.md).
            return PyTuple.Pair(PyInt.FromLong(a._count == 0 ? 0 : Ops.Id(a) + 64), PyInt.FromLong(a._count));
        });
        TypeBuilder.Method(t, "byteswap", (self, args, kw) =>
        {
            ArgBinder.None("array.byteswap", args, kw);
            var a = Self(self);
            if (a.ItemSize > 1)
                for (int i = 0; i < a._count; i++) a._buf.AsSpan(i * a.ItemSize, a.ItemSize).Reverse();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "count", (self, args, kw) =>
        {
            var v = ArgBinder.One("array.count", args, kw);
            var a = Self(self);
            long n = 0;
            for (int i = 0; i < a._count; i++)
                if (Ops.RichCompareBool(a.GetItem(i), v, CompareOp.Eq)) n++;
            return PyInt.FromLong(n);
        });
        TypeBuilder.Method(t, "extend", (self, args, kw) =>
        {
            var slot = new PyObject?[1];
            ArgBinder.Bind("extend", args, kw, ["bb"], 1, 1, 1, slot);
            Self(self).DoExtend(slot[0]!);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "frombytes", (self, args, kw) =>
        {
            var b = ArgBinder.One("array.frombytes", args, kw);
            Self(self).FromBytes(Buffers.Get(b).ToArray());
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "fromfile", (self, args, kw) =>
        {
            var slots = new PyObject?[2];
            ArgBinder.Bind("fromfile", args, kw, ["f", "n"], 2, 2, 2, slots);
            var a = Self(self);
            long n = Ops.AsSsize(slots[1]!, PyExc.OverflowError);
            if (n < 0) throw PyErr.ValueError("negative count");
            if (n > int.MaxValue / a.ItemSize) throw PyErr.New(PyExc.MemoryError);
            long nbytes = n * a.ItemSize;
            var b = Ops.CallMethod(slots[0]!, "read", [PyInt.FromLong(nbytes)]);
            if (b is not PyBytes bytes) throw PyErr.TypeError("read() didn't return bytes");
            bool notEnough = bytes.Value.Length != nbytes;
            a.FromBytes(bytes.Value);
            if (notEnough) throw PyErr.New(PyExc.EOFError, "read() didn't return enough bytes");
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "fromlist", (self, args, kw) =>
        {
            var l = ArgBinder.One("array.fromlist", args, kw) as PyList ?? throw PyErr.TypeError("arg must be list");
            var a = Self(self);
            int old = a._count;
            try
            {
                for (int i = 0; i < l.Count; i++) a.Append(l[i]);
            }
            catch (PythonException)
            {
                a.Resize(old);
                throw;
            }
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "fromunicode", (self, args, kw) =>
        {
            var s = ArgBinder.One("array.fromunicode", args, kw);
            if (s is not PyStr str) throw PyErr.TypeError($"fromunicode() argument must be str, not {s.Type.Name}");
            var a = Self(self);
            if (a.Code != 'u') throw PyErr.ValueError("fromunicode() may only be called on unicode type arrays");
            a.FromUnicode(str);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "index", (self, args, kw) =>
        {
            ArgBinder.Positional("index", args, kw, 1, 3);
            var a = Self(self);
            long start = args.Length > 1 ? SliceIndex(args[1]) : 0, stop = args.Length > 2 ? SliceIndex(args[2]) : long.MaxValue;
            long n = a._count;
            if (start < 0) { start += n; if (start < 0) start = 0; }
            if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
            long i = a.Find(args[0], start, stop);
            if (i < 0) throw PyErr.ValueError("array.index(x): x not in array");
            return PyInt.FromLong(i);
        });
        TypeBuilder.Method(t, "insert", (self, args, kw) =>
        {
            ArgBinder.Positional("insert", args, kw, 2, 2);
            var a = Self(self);
            long i = Ops.AsSsize(args[0], PyExc.OverflowError);
            Span<byte> tmp = stackalloc byte[8];
            a.Encode(args[1], tmp[..a.ItemSize]);
            long n = a._count;
            if (i < 0) { i += n; if (i < 0) i = 0; }
            if (i > n) i = n;
            a.Replace((int)i, (int)i, tmp[..a.ItemSize]);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "pop", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("array.pop() takes no keyword arguments");
            ArgBinder.Positional("pop", args, kw, 0, 1);
            var a = Self(self);
            long i = args.Length > 0 ? Ops.AsSsize(args[0], PyExc.OverflowError) : -1;
            if (a._count == 0) throw PyErr.IndexError("pop from empty array");
            if (i < 0) i += a._count;
            if (i < 0 || i >= a._count) throw PyErr.IndexError("pop index out of range");
            var v = a.GetItem((int)i);
            a.Replace((int)i, (int)i + 1, []);
            return v;
        });
        TypeBuilder.Method(t, "remove", (self, args, kw) =>
        {
            var v = ArgBinder.One("array.remove", args, kw);
            var a = Self(self);
            long i = a.Find(v, 0, long.MaxValue);
            if (i < 0) throw PyErr.ValueError("array.remove(x): x not in array");
            a.Replace((int)i, (int)i + 1, []);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "reverse", (self, args, kw) =>
        {
            ArgBinder.None("array.reverse", args, kw);
            var a = Self(self);
            int sz = a.ItemSize;
            Span<byte> tmp = stackalloc byte[8];
            for (int i = 0, j = a._count - 1; i < j; i++, j--)
            {
                var x = a._buf.AsSpan(i * sz, sz);
                var y = a._buf.AsSpan(j * sz, sz);
                x.CopyTo(tmp);
                y.CopyTo(x);
                tmp[..sz].CopyTo(y);
            }
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "tobytes", (self, args, kw) =>
        {
            ArgBinder.None("array.tobytes", args, kw);
            return new PyBytes(Self(self).Bytes.ToArray());
        });
        TypeBuilder.Method(t, "tofile", (self, args, kw) =>
        {
            var slot = new PyObject?[1];
            ArgBinder.Bind("tofile", args, kw, ["f"], 1, 1, 1, slot);
            var a = Self(self);
            int nbytes = a.ByteLength;
            for (int off = 0; off < nbytes; off += BlockSize)
            {
                var block = new PyBytes(a._buf.AsSpan(off, Math.Min(BlockSize, nbytes - off)).ToArray());
                Ops.CallMethod(slot[0]!, "write", [block]);
            }
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "tolist", (self, args, kw) => { ArgBinder.None("array.tolist", args, kw); return Self(self).ToList(); });
        TypeBuilder.Method(t, "tounicode", (self, args, kw) =>
        {
            ArgBinder.None("array.tounicode", args, kw);
            var a = Self(self);
            if (a.Code != 'u') throw PyErr.ValueError("tounicode() may only be called on unicode type arrays");
            return a.ToUnicode();
        });
        TypeBuilder.Method(t, "__copy__", (self, args, kw) => { ArgBinder.None("array.__copy__", args, kw); var a = Self(self); return a.Slice(0, a._count); });
        TypeBuilder.Method(t, "__deepcopy__", (self, args, kw) => { ArgBinder.One("array.__deepcopy__", args, kw); var a = Self(self); return a.Slice(0, a._count); });
        TypeBuilder.Method(t, "__reduce_ex__", (self, args, kw) =>
        {
            var slot = new PyObject?[1];
            ArgBinder.Bind("__reduce_ex__", args, kw, ["value"], 1, 1, 1, slot);
            return Self(self).ReduceEx(slot[0]!);
        });
        TypeBuilder.Method(t, "__sizeof__", (self, args, kw) =>
        {
            ArgBinder.None("array.__sizeof__", args, kw);
            var a = Self(self);
            return PyInt.FromLong(64 + (long)a.Allocated * a.ItemSize);
        });
    }

    private const string ArrayDoc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'         signed integer     2\n    'I'         unsigned integer   2\n    'l'         signed integer     4\n    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer   8 (see note)\n    'f'         floating point     4\n    'd'         floating point     8\n\nNOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in bytes of one array item\n";
}
