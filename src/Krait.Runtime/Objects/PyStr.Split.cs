using System.Runtime.CompilerServices;
using System.Text;

namespace Krait.Runtime;

// split/rsplit/splitlines/partition/rpartition/join and strip/lstrip/rstrip. Whitespace is CPython's
// Py_UNICODE_ISSPACE (no whitespace lies outside the BMP, so UTF-16 units can be tested directly).
public partial class PyStr
{
    private static readonly string[] s_splitNames = ["sep", "maxsplit"];
    private static readonly string[] s_splitlinesNames = ["keepends"];

    private static bool IsSpace(char c) => c < 128 ? c is ' ' or (>= '\t' and <= '\r') or (>= '\x1c' and <= '\x1f') : UnicodeDb.Has(c, UnicodeDb.Space);

    private static PyObject Split(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool right)
    {
        PyObject? sepArg = null;
        long max = -1;
        if (args.Length > 0)
        {
            Span<PyObject?> a = new PyObject?[2];
            ArgBinder.Bind(right ? "rsplit" : "split", args, kw, s_splitNames, 0, 2, 0, a);
            sepArg = a[0];
            if (a[1] is not null) max = SsizeArg(a[1]!);
        }
        if (max < 0) max = long.MaxValue;
        var s = Self(self);
        // The common unlimited split from the left: the pieces are counted first, so that the list's array is
        // allocated once at its size.
        if (!right && max == long.MaxValue)
        {
            if (sepArg is null || sepArg is PyNone) return SplitWhitespaceAll(s);
            if (sepArg is PyStr { Value.Length: > 0 } sp) return SplitAll(s, sp.Value);
        }
        var result = new List<PyObject>();
        if (sepArg is null || sepArg is PyNone)
        {
            if (right) SplitWhitespaceRight(s, max, result);
            else SplitWhitespace(s, max, result);
            return new PyList([.. result]);
        }
        if (sepArg is not PyStr sep) throw PyErr.TypeError($"must be str or None, not {sepArg.Type.Name}");
        if (sep.Value.Length == 0) throw PyErr.ValueError("empty separator");
        string v = s.Value, p = sep.Value;
        if (!right)
        {
            int pos = 0;
            for (long n = 0; n < max; n++)
            {
                int at = s.IndexOf(p, pos, v.Length);
                if (at < 0) break;
                result.Add(s.Piece(v[pos..at]));
                pos = at + p.Length;
            }
            result.Add(pos == 0 ? s.Exact() : s.Piece(v[pos..]));
            return new PyList([.. result]);
        }
        int end = v.Length;
        for (long n = 0; n < max; n++)
        {
            int at = s.LastIndexOf(p, 0, end);
            if (at < 0) break;
            result.Add(s.Piece(v[(at + p.Length)..end]));
            end = at;
        }
        result.Add(end == v.Length ? s.Exact() : s.Piece(v[..end]));
        result.Reverse();
        return new PyList([.. result]);
    }

    private static PyList SplitWhitespaceAll(PyStr s)
    {
        string v = s.Value;
        int n = v.Length, count = 0;
        for (int i = 0; i < n;)
        {
            while (i < n && IsSpace(v[i])) i++;
            if (i >= n) break;
            count++;
            while (i < n && !IsSpace(v[i])) i++;
        }
        var items = new PyObject[count];
        if (count == 1 && !IsSpace(v[0]) && !IsSpace(v[^1]) && ReferenceEquals(s.Type, PyType.StrType)) items[0] = s;
        else
        {
            for (int i = 0, k = 0; k < count; k++)
            {
                while (IsSpace(v[i])) i++;
                int j = i;
                while (j < n && !IsSpace(v[j])) j++;
                items[k] = s.Piece(v[i..j]);
                i = j;
            }
        }
        return new PyList(items);
    }

    private static PyList SplitAll(PyStr s, string p)
    {
        string v = s.Value;
        int count = 1;
        for (int pos = 0; ; count++)
        {
            int at = s.IndexOf(p, pos, v.Length);
            if (at < 0) break;
            pos = at + p.Length;
        }
        var items = new PyObject[count];
        if (count == 1) items[0] = s.Exact();
        else
        {
            int pos = 0;
            for (int k = 0; k < count - 1; k++)
            {
                int at = s.IndexOf(p, pos, v.Length);
                items[k] = s.Piece(v[pos..at]);
                pos = at + p.Length;
            }
            items[count - 1] = s.Piece(v[pos..]);
        }
        return new PyList(items);
    }

    private static void SplitWhitespace(PyStr s, long max, List<PyObject> result)
    {
        string v = s.Value;
        int i = 0, n = v.Length;
        while (true)
        {
            while (i < n && IsSpace(v[i])) i++;
            if (i >= n) return;
            if (max-- <= 0)
            {
                // Only the leading whitespace of the rest goes.
                result.Add(s.Piece(v[i..]));
                return;
            }
            int j = i;
            while (j < n && !IsSpace(v[j])) j++;
            result.Add(s.Piece(v[i..j]));
            i = j;
        }
    }

    private static void SplitWhitespaceRight(PyStr s, long max, List<PyObject> result)
    {
        string v = s.Value;
        int i = v.Length - 1;
        while (true)
        {
            while (i >= 0 && IsSpace(v[i])) i--;
            if (i < 0) break;
            if (max-- <= 0)
            {
                result.Add(s.Piece(v[..(i + 1)]));
                break;
            }
            int j = i;
            while (j >= 0 && !IsSpace(v[j])) j--;
            result.Add(s.Piece(v[(j + 1)..(i + 1)]));
            i = j;
        }
        result.Reverse();
    }

    private static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static PyObject SplitLines(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        bool keep = false;
        if (args.Length > 0)
        {
            Span<PyObject?> a = new PyObject?[1];
            ArgBinder.Bind("splitlines", args, kw, s_splitlinesNames, 0, 1, 0, a);
            if (a[0] is not null) keep = a[0] is PyFloat ? throw PyErr.TypeError("'float' object cannot be interpreted as an integer") : Ops.IsTrue(Ops.Index(a[0]!));
        }
        string v = Self(self).Value;
        var result = new PyList();
        int i = 0;
        while (i < v.Length)
        {
            int start = i;
            while (i < v.Length && !IsLineBreak(v[i])) i++;
            int eol = i;
            if (i < v.Length)
            {
                i += v[i] == '\r' && i + 1 < v.Length && v[i + 1] == '\n' ? 2 : 1;
                if (keep) eol = i;
            }
            result.Append(new PyStr(v[start..eol]));
        }
        return result;
    }

    private static PyObject Partition(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool right)
    {
        var sep = SubArg(OneArg(right ? "rpartition" : "partition", args, kw));
        if (sep.Value.Length == 0) throw PyErr.ValueError("empty separator");
        var s = Self(self);
        string v = s.Value;
        int at = right ? s.LastIndexOf(sep.Value, 0, v.Length) : s.IndexOf(sep.Value, 0, v.Length);
        if (at < 0)
            return right ? PyTuple.Create([Empty, Empty, s]) : PyTuple.Create([s, Empty, Empty]);
        return PyTuple.Create([new PyStr(v[..at]), sep.Exact(), new PyStr(v[(at + sep.Value.Length)..])]);
    }

    private static PyObject Join(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var iterable = OneArg("join", args, kw);
        var sepStr = Self(self);
        if (iterable is PyList or PyTuple)
            return JoinParts(sepStr, iterable is PyList l ? l.AsSpan() : ((PyTuple)iterable).AsSpan());
        string sep = sepStr.Value;
        PyObject it;
        try { it = Ops.GetIter(iterable); }
        catch (PythonException e) when (Interpreter.ExceptionMatches(e.Value, PyExc.TypeError))
        {
            throw PyErr.TypeError("can only join an iterable");
        }
        var b = new StringBuilder();
        int k = 0;
        while (Ops.Next(it) is { } item)
        {
            if (item is not PyStr s) throw JoinItemError(k, item);
            if (k++ > 0) b.Append(sep);
            b.Append(s.Value);
        }
        return new PyStr(b.ToString());
    }

    /// <summary>sep.join(seq) for a list's or tuple's items, and BUILD_STRING (an empty separator): one allocation of
    /// the exact length, filled in place.</summary>
    internal static PyStr JoinParts(PyStr sepStr, ReadOnlySpan<PyObject> seq)
    {
        string sep = sepStr.Value;
        if (seq.Length == 1 && seq[0] is PyStr only && ReferenceEquals(only.Type, PyType.StrType)) return only;
        long total = 0;
        // Whether the result holds no surrogate pair, from the parts (no rescan of the result): each part is
        // all-BMP and no junction joins a high surrogate to a low one.
        bool bmp = sepStr.IsAllBmp;
        char last = '\0';
        for (int i = 0; i < seq.Length; i++)
        {
            // The exact type first: `is PyStr` of a class with subclasses is a cast-helper call.
            var s = ReferenceEquals(seq[i].Type, PyType.StrType) ? Unsafe.As<PyStr>(seq[i]) : seq[i] as PyStr ?? throw JoinItemError(i, seq[i]);
            string v = s.Value;
            if (i > 0 && sep.Length > 0)
            {
                if (char.IsHighSurrogate(last) && char.IsLowSurrogate(sep[0])) bmp = false;
                last = sep[^1];
            }
            total += v.Length + (i > 0 ? sep.Length : 0);
            if (v.Length == 0) continue;
            if (!s.IsAllBmp || (char.IsHighSurrogate(last) && char.IsLowSurrogate(v[0]))) bmp = false;
            last = v[^1];
        }
        if (total > int.MaxValue) throw PyErr.New(PyExc.OverflowError, "join() result is too long for a Python string");
        if (total == 0) return Empty;
        // One allocation of the exact length, filled in place (the string is new and not yet shared; the items
        // can't change: no Python code runs in between).
        string result = new('\0', (int)total);
        var dst = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(result.AsSpan()), result.Length);
        int at = 0;
        for (int i = 0; i < seq.Length; i++)
        {
            if (i > 0 && sep.Length > 0) { sep.CopyTo(dst[at..]); at += sep.Length; }
            string v = Unsafe.As<PyStr>(seq[i]).Value;
            v.CopyTo(dst[at..]);
            at += v.Length;
        }
        return new PyStr(result, bmp);
    }

    private static PythonException JoinItemError(int i, PyObject item) =>
        PyErr.TypeError($"sequence item {i}: expected str instance, {item.Type.Name} found");

    /// <summary>strip/lstrip/rstrip: sides 1 = left, 2 = right, 3 = both.</summary>
    private static PyObject Strip(string name, PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, int sides)
    {
        ClinicArgs(name, args, kw, 0, 1);
        var s = Self(self);
        string v = s.Value;
        int i = 0, j = v.Length;
        if (args.Length == 0 || args[0] is PyNone)
        {
            if ((sides & 1) != 0) while (i < j && IsSpace(v[i])) i++;
            if ((sides & 2) != 0) while (j > i && IsSpace(v[j - 1])) j--;
        }
        else
        {
            if (args[0] is not PyStr chars) throw PyErr.TypeError($"{name} arg must be None or str");
            if (s.IsAllBmp && chars.IsAllBmp)
            {
                var set = chars.Value.AsSpan();
                if ((sides & 1) != 0) while (i < j && set.Contains(v[i])) i++;
                if ((sides & 2) != 0) while (j > i && set.Contains(v[j - 1])) j--;
            }
            else
            {
                var set = chars.CodePoints();
                if ((sides & 1) != 0)
                    while (i < j)
                    {
                        int k = i;
                        if (Array.IndexOf(set, Codecs.NextCodePoint(v, ref k)) < 0) break;
                        i = k;
                    }
                if ((sides & 2) != 0)
                    while (j > i)
                    {
                        int k = j - 1;
                        if (k > i && char.IsLowSurrogate(v[k]) && char.IsHighSurrogate(v[k - 1])) k--;
                        int m = k;
                        if (Array.IndexOf(set, Codecs.NextCodePoint(v, ref m)) < 0) break;
                        j = k;
                    }
            }
        }
        return i == 0 && j == v.Length ? s.Exact() : s.Piece(v[i..j]);
    }
}
