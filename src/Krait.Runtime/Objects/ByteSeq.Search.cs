namespace Krait.Runtime;

// count / find / index / rfind / rindex / startswith / endswith (stringlib's find.h, count.h and tailmatch).
internal static partial class ByteSeq
{
    /// <summary>_PyEval_SliceIndex: None keeps the default; a huge int clamps.</summary>
    internal static long SliceIndex(PyObject o, long dflt)
    {
        if (o is PyNone) return dflt;
        if (o.Type.Index is null) throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops.AsSsize(o);
    }

    /// <summary>ADJUST_INDICES: negative indices count from the end; both clamp to [0, len].</summary>
    internal static void Adjust(ref long start, ref long end, int len)
    {
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
    }

    /// <summary>stringlib_parse_args_finds: (sub[, start[, end]]) with no keywords.</summary>
    private static PyObject FindArgs(PyObject? self, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, out long start, out long end)
    {
        NoKeywords(self, name, kw);
        if (args.Length < 1) throw PyErr.TypeError($"{name}() takes at least 1 argument (0 given)");
        if (args.Length > 3) throw PyErr.TypeError($"{name}() takes at most 3 arguments ({args.Length} given)");
        start = args.Length > 1 ? SliceIndex(args[1], 0) : 0;
        end = args.Length > 2 ? SliceIndex(args[2], long.MaxValue) : long.MaxValue;
        return args[0];
    }

    /// <summary>The needle of a search: a bytes-like object, or an int in range(256) as one byte (written to <paramref name="one"/>).</summary>
    private static ReadOnlySpan<byte> Needle(PyObject sub, Span<byte> one)
    {
        if (Buffers.TryGet(sub, out var s)) return s;
        if (sub.Type.Index is null) throw PyErr.TypeError($"argument should be integer or bytes-like object, not '{sub.Type.Name}'");
        long v = Ops.AsSsize(sub);
        if (v < 0 || v > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
        one[0] = (byte)v;
        return one[..1];
    }

    /// <summary>find (dir &gt; 0) or rfind (dir &lt; 0) of <paramref name="sub"/> in v[start:end]; -1 when absent.</summary>
    internal static long Find(ReadOnlySpan<byte> v, ReadOnlySpan<byte> sub, long start, long end, int dir)
    {
        Adjust(ref start, ref end, v.Length);
        if (end - start < sub.Length) return -1;
        if (sub.Length == 0) return dir > 0 ? start : end;
        var w = v[(int)start..(int)end];
        int at = dir > 0 ? w.IndexOf(sub) : w.LastIndexOf(sub);
        return at < 0 ? -1 : start + at;
    }

    internal static long Count(ReadOnlySpan<byte> v, ReadOnlySpan<byte> sub, long start, long end)
    {
        Adjust(ref start, ref end, v.Length);
        if (end - start < sub.Length) return 0;
        if (sub.Length == 0) return end - start + 1;
        var w = v[(int)start..(int)end];
        if (sub.Length == 1) return System.MemoryExtensions.Count(w, sub[0]);
        long n = 0;
        while (true)
        {
            int at = w.IndexOf(sub);
            if (at < 0) return n;
            n++;
            w = w[(at + sub.Length)..];
        }
    }

    private static PyObject FindMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, int dir, bool raise)
    {
        var subObj = FindArgs(self, name, args, kw, out long start, out long end);
        Span<byte> one = stackalloc byte[1];
        var sub = Needle(subObj, one);
        long r = Find(Span(self), sub, start, end, dir);
        if (r < 0 && raise) throw PyErr.ValueError("subsection not found");
        return PyInt.FromLong(r);
    }

    private static PyObject CountMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var subObj = FindArgs(self, "count", args, kw, out long start, out long end);
        Span<byte> one = stackalloc byte[1];
        var sub = Needle(subObj, one);
        return PyInt.FromLong(Count(Span(self), sub, start, end));
    }

    /// <summary>_Py_bytes_tailmatch: startswith (dir &lt; 0) / endswith (dir &gt; 0) with a prefix or a tuple of them.</summary>
    private static PyObject TailMatchMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, int dir)
    {
        var subObj = FindArgs(self, name, args, kw, out long start, out long end);
        if (subObj is PyTuple tup)
        {
            for (int i = 0; i < tup.Count; i++)
                if (TailMatch(Span(self), Buffers.Get(tup[i]), start, end, dir)) return PyBool.True;
            return PyBool.False;
        }
        if (!Buffers.TryGet(subObj, out var sub))
            throw PyErr.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {subObj.Type.Name}");
        return PyBool.From(TailMatch(Span(self), sub, start, end, dir));
    }

    private static bool TailMatch(ReadOnlySpan<byte> v, ReadOnlySpan<byte> sub, long start, long end, int dir)
    {
        int len = v.Length, slen = sub.Length;
        Adjust(ref start, ref end, len);
        if (dir < 0)
        {
            if (start > len - slen) return false;
        }
        else
        {
            if (end - start < slen || start > len) return false;
            if (end - slen > start) start = end - slen;
        }
        if (end - start < slen) return false;
        return v.Slice((int)start, slen).SequenceEqual(sub);
    }
}
