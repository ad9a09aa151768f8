using System.Text;

namespace Krait.Runtime;

/// <summary>sre.c's getstring/getslice and the joins of sub: reading subjects and making pieces of them.</summary>
internal static class SreStrings
{
    public static int[] CodePoints(PyStr s)
    {
        var cps = new int[s.Length];
        for (int i = 0; i < cps.Length; i++) cps[i] = s.CodePointAt(i);
        return cps;
    }

    /// <summary>The bytes of a bytes-like subject (bytes itself without a copy).</summary>
    public static byte[] BytesOf(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is IPyBuffer && Buffers.TryGetAny(o, out var span)) return span.ToArray();
        throw PyErr.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");
    }

    /// <summary>Checks that <paramref name="o"/> is a str or bytes-like (getstring), telling which.</summary>
    public static bool IsBytesLike(PyObject o)
    {
        if (o is PyStr) return false;
        if (o is IPyBuffer) return true;
        throw PyErr.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");
    }

    /// <summary>getslice: subject[i:j] as an exact str or bytes (the subject itself when it is the whole of an exact one).</summary>
    public static PyObject Slice(PyObject subject, int i, int j)
    {
        if (subject is PyStr s)
        {
            int n = s.Length;
            if (i > n) i = n;
            if (j > n) j = n;
            if (j <= i) return PyStr.Empty;
            if (i == 0 && j == n && ReferenceEquals(s.Type, PyType.StrType)) return s;
            return s.Piece(s.SubstringCp(i, j));
        }
        if (subject is PyBytes b)
        {
            int n = b.Value.Length;
            if (i > n) i = n;
            if (j > n) j = n;
            if (i == 0 && j == n && ReferenceEquals(b.Type, PyBytes.BytesType)) return b;
            return j <= i ? PyBytes.Empty : PyBytes.FromSpan(b.Value.AsSpan(i, j - i));
        }
        if (!Buffers.TryGetAny(subject, out var span))
            throw PyErr.TypeError($"expected string or bytes-like object, got '{subject.Type.Name}'");
        if (i > span.Length) i = span.Length;
        if (j > span.Length) j = span.Length;
        return j <= i ? PyBytes.Empty : PyBytes.FromSpan(span[i..j]);
    }

    /// <summary>Slice for a state whose characters are already at hand.</summary>
    public static PyObject Slice(SreState st, int i, int j)
    {
        if (st.Str is { } str)
        {
            if (j <= i) return PyStr.Empty;
            var subj = (PyStr)st.Subject;
            if (i == 0 && j == str.Length && ReferenceEquals(subj.Type, PyType.StrType)) return subj;
            return subj.Piece(str.Substring(i, j - i));
        }
        return Slice(st.Subject, i, j);
    }

    /// <summary>"".join(list) / b"".join(list) with the messages of PyUnicode_Join and _PyBytes_Join.</summary>
    public static PyObject Join(bool isBytes, List<PyObject> items)
    {
        if (!isBytes)
        {
            if (items.Count == 0) return PyStr.Empty;
            if (items.Count == 1 && items[0] is PyStr one && ReferenceEquals(one.Type, PyType.StrType)) return one;
            var sb = new StringBuilder();
            for (int k = 0; k < items.Count; k++)
            {
                if (items[k] is not PyStr p)
                    throw PyErr.TypeError($"sequence item {k}: expected str instance, {items[k].Type.Name} found");
                sb.Append(p.Value);
            }
            return new PyStr(sb.ToString());
        }
        if (items.Count == 0) return PyBytes.Empty;
        if (items.Count == 1 && items[0] is PyBytes ob && ReferenceEquals(ob.Type, PyBytes.BytesType)) return ob;
        var ms = new MemoryStream();
        for (int k = 0; k < items.Count; k++)
        {
            if (!Buffers.TryGetAny(items[k], out var span))
                throw PyErr.TypeError($"sequence item {k}: expected a bytes-like object, {items[k].Type.Name} found");
            ms.Write(span);
        }
        return new PyBytes(ms.ToArray());
    }
}
