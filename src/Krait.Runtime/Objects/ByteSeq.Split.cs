namespace Krait.Runtime;

// split / rsplit / splitlines / partition / rpartition / join (stringlib's split.h, partition.h, join.h).
internal static partial class ByteSeq
{
    /// <summary>Py_ISSPACE: the six ASCII whitespace bytes.</summary>
    internal static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;

    /// <summary>A Py_ssize_t argument of Argument Clinic ("Python int too large to convert to C ssize_t").</summary>
    internal static long SsizeArg(PyObject o)
    {
        var i = Ops.Index(o);
        if (i.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    private static readonly string[] s_splitNames = ["sep", "maxsplit"];

    private static PyObject SplitMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool right)
    {
        Span<PyObject?> a = new PyObject?[2];
        ArgBinder.Bind(right ? "rsplit" : "split", args, kw, s_splitNames, 0, 2, 0, a);
        long max = a[1] is null ? -1 : SsizeArg(a[1]!);
        if (max < 0) max = long.MaxValue;
        var result = new PyList();
        if (a[0] is null or PyNone)
        {
            var v = Span(self);
            if (right) RSplitWhitespace(self, v, max, result); else SplitWhitespace(self, v, max, result);
            return result;
        }
        var sep = Buffers.Get(a[0]!);
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        var s = Span(self);
        if (!right)
        {
            int pos = 0;
            while (max-- > 0)
            {
                int at = s[pos..].IndexOf(sep);
                if (at < 0) break;
                result.Append(Make(self, s.Slice(pos, at)));
                pos += at + sep.Length;
            }
            result.Append(Make(self, s[pos..]));
        }
        else
        {
            int end = s.Length;
            while (max-- > 0)
            {
                int at = s[..end].LastIndexOf(sep);
                if (at < 0) break;
                result.Append(Make(self, s[(at + sep.Length)..end]));
                end = at;
            }
            result.Append(Make(self, s[..end]));
            Reverse(result);
        }
        return result;
    }

    private static void Reverse(PyList l)
    {
        for (int i = 0, j = l.Count - 1; i < j; i++, j--) (l[i], l[j]) = (l[j], l[i]);
    }

    private static void SplitWhitespace(PyObject? self, ReadOnlySpan<byte> s, long max, PyList result)
    {
        int i = 0, n = s.Length;
        while (max-- > 0)
        {
            while (i < n && IsSpace(s[i])) i++;
            if (i == n) break;
            int j = i++;
            while (i < n && !IsSpace(s[i])) i++;
            result.Append(Make(self, s[j..i]));
        }
        if (i < n)
        {
            while (i < n && IsSpace(s[i])) i++;
            if (i != n) result.Append(Make(self, s[i..]));
        }
    }

    private static void RSplitWhitespace(PyObject? self, ReadOnlySpan<byte> s, long max, PyList result)
    {
        int i = s.Length - 1;
        while (max-- > 0)
        {
            while (i >= 0 && IsSpace(s[i])) i--;
            if (i < 0) break;
            int j = i--;
            while (i >= 0 && !IsSpace(s[i])) i--;
            result.Append(Make(self, s[(i + 1)..(j + 1)]));
        }
        if (i >= 0)
        {
            while (i >= 0 && IsSpace(s[i])) i--;
            if (i >= 0) result.Append(Make(self, s[..(i + 1)]));
        }
        Reverse(result);
    }

    private static readonly string[] s_splitlinesNames = ["keepends"];

    private static PyObject SplitLinesMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        ArgBinder.Bind("splitlines", args, kw, s_splitlinesNames, 0, 1, 0, a);
        bool keep = a[0] is not null && !Ops.Index(a[0]!).Sign.Equals(0);
        var s = Span(self);
        var result = new PyList();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (i < n && s[i] != '\n' && s[i] != '\r') i++;
            int eol = i;
            if (i < n)
            {
                if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i += 2;
                else i++;
                if (keep) eol = i;
            }
            result.Append(Make(self, s[j..eol]));
        }
        return result;
    }

    private static PyObject PartitionMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool right)
    {
        var sepObj = ArgBinder.One(Q(self, right ? "rpartition" : "partition"), args, kw);
        var sep = Buffers.Get(sepObj);
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        var s = Span(self);
        int at = right ? s.LastIndexOf(sep) : s.IndexOf(sep);
        bool mutable = self is PyByteArray;
        if (at < 0)
        {
            var whole = mutable ? Make(self, s) : self!;
            var empty = Make(self, ReadOnlySpan<byte>.Empty);
            return right ? new PyTuple([empty, Make(self, ReadOnlySpan<byte>.Empty), whole])
                : new PyTuple([whole, empty, Make(self, ReadOnlySpan<byte>.Empty)]);
        }
        var mid = mutable ? Make(self, sep) : sepObj;
        return new PyTuple([Make(self, s[..at]), mid, Make(self, s[(at + sep.Length)..])]);
    }

    private static PyObject JoinMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var iterable = ArgBinder.One(Q(self, "join"), args, kw);
        PyObject[] items;
        if (iterable is PyList l) items = l.AsSpan().ToArray();
        else if (iterable is PyTuple t) items = t.Items;
        else
        {
            PyObject it;
            try { it = Ops.GetIter(iterable); }
            catch (PythonException e) when (Ops.IsInstance(e.Value, PyExc.TypeError)) { throw PyErr.TypeError("can only join an iterable"); }
            var list = new List<PyObject>();
            while (Ops.Next(it) is { } x) list.Add(x);
            items = [.. list];
        }
        long total = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (!Buffers.TryGet(items[i], out var part))
                throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            total += part.Length;
        }
        if (items.Length == 1 && self is PyBytes && items[0] is PyBytes one && ReferenceEquals(one.Type, PyBytes.BytesType)) return one;
        var sep = Span(self);
        total += (long)sep.Length * Math.Max(0, items.Length - 1);
        if (total > Array.MaxLength) throw PyErr.New(PyExc.MemoryError);
        var r = new byte[total];
        int pos = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) { sep.CopyTo(r.AsSpan(pos)); pos += sep.Length; }
            var part = Buffers.Get(items[i]);
            part.CopyTo(r.AsSpan(pos));
            pos += part.Length;
        }
        return Make(self, r);
    }
}
