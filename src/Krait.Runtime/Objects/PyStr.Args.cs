namespace Krait.Runtime;

// Argument parsing shared by str's methods (CPython's wording for each calling convention), the start/end
// clamping of the find family, and the code-point ↔ UTF-16 index conversions the methods search with.
public partial class PyStr
{
    private static PyStr Self(PyObject? o) => (PyStr)o!;

    /// <summary>METH_NOARGS: "str.upper() takes no arguments (1 given)".</summary>
    private static void NoArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NoKeywords(name, kw);
        if (args.Length != 0) throw PyErr.TypeError($"str.{name}() takes no arguments ({args.Length} given)");
    }

    /// <summary>METH_O: "str.zfill() takes exactly one argument (0 given)".</summary>
    private static PyObject OneArg(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NoKeywords(name, kw);
        if (args.Length != 1) throw PyErr.TypeError($"str.{name}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    private static void NoKeywords(string name, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"str.{name}() takes no keyword arguments");
    }

    /// <summary>METH_VARARGS with PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".</summary>
    private static void TupleArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        NoKeywords(name, kw);
        if (args.Length < min) throw PyErr.TypeError($"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({args.Length} given)");
        if (args.Length > max) throw PyErr.TypeError($"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({args.Length} given)");
    }

    /// <summary>Argument Clinic positional-only: "replace expected at least 2 arguments, got 0".</summary>
    private static void ClinicArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        NoKeywords(name, kw);
        if (args.Length < min) throw PyErr.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        if (args.Length > max) throw PyErr.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
    }

    /// <summary>The Py_ssize_t converter: __index__, "Python int too large to convert to C ssize_t".</summary>
    private static long SsizeArg(PyObject o)
    {
        var i = Ops.Index(o);
        if (i.IsBig) throw PyErr.New(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>How Argument Clinic names an argument's type in "must be str, not …" (None by name).</summary>
    private static string ClinicTypeName(PyObject o) => o is PyNone ? "None" : o.Type.Name;

    /// <summary>A str argument of the find family: "must be str, not int".</summary>
    private static PyStr SubArg(PyObject o) => o as PyStr ?? throw PyErr.TypeError($"must be str, not {o.Type.Name}");

    /// <summary>_PyEval_SliceIndex: None keeps the default; huge values clamp.</summary>
    private static long SliceIndex(PyObject? o, long dflt)
    {
        if (o is null || o is PyNone) return dflt;
        if (o.Type.Index is null) throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops.AsSsize(o);
    }

    /// <summary>The optional start and end arguments at <paramref name="at"/>, clamped to [0, Length] as
    /// ADJUST_INDICES does (start may end up beyond end).</summary>
    private void StartEnd(ReadOnlySpan<PyObject> args, int at, out int start, out int end)
    {
        int len = Length;
        long s = SliceIndex(args.Length > at ? args[at] : null, 0);
        long e = SliceIndex(args.Length > at + 1 ? args[at + 1] : null, long.MaxValue);
        if (e > len) e = len;
        else if (e < 0) { e += len; if (e < 0) e = 0; }
        if (s < 0) { s += len; if (s < 0) s = 0; }
        start = s > int.MaxValue ? int.MaxValue : (int)s;
        end = (int)e;
    }

    /// <summary>The UTF-16 index of code point <paramref name="cp"/> (0 ≤ cp ≤ Length).</summary>
    internal int Utf16Index(int cp)
    {
        if (IsAllBmp) return cp;
        var off = Offsets();
        return cp < off.Length ? off[cp] : Value.Length;
    }

    /// <summary>The code-point index of a UTF-16 index that starts a code point (or is the end).</summary>
    internal int CpIndex(int i16)
    {
        if (IsAllBmp) return i16;
        if (i16 >= Value.Length) return Length;
        int k = Array.BinarySearch(Offsets(), i16);
        return k < 0 ? ~k : k;
    }

    /// <summary>False when UTF-16 index <paramref name="i"/> falls between the halves of a surrogate pair.</summary>
    private bool IsBoundary(int i) =>
        IsAllBmp || i <= 0 || i >= Value.Length || !(char.IsLowSurrogate(Value[i]) && char.IsHighSurrogate(Value[i - 1]));

    /// <summary>Whether a match of <paramref name="needle"/> could split a surrogate pair of this string.</summary>
    private bool MaySplit(string needle) =>
        !IsAllBmp && needle.Length > 0 && (char.IsLowSurrogate(needle[0]) || char.IsHighSurrogate(needle[^1]));

    /// <summary>The first UTF-16 index ≥ from where needle occurs wholly before <paramref name="to"/>, or -1.</summary>
    private int IndexOf(string needle, int from, int to)
    {
        while (from <= to - needle.Length)
        {
            int r = Value.AsSpan(from, to - from).IndexOf(needle, StringComparison.Ordinal);
            if (r < 0) return -1;
            r += from;
            if (!MaySplit(needle) || (IsBoundary(r) && IsBoundary(r + needle.Length))) return r;
            from = r + 1;
        }
        return -1;
    }

    /// <summary>The last UTF-16 index where needle occurs wholly inside [from, to), or -1.</summary>
    private int LastIndexOf(string needle, int from, int to)
    {
        while (from <= to - needle.Length)
        {
            int r = Value.AsSpan(from, to - from).LastIndexOf(needle, StringComparison.Ordinal);
            if (r < 0) return -1;
            r += from;
            if (!MaySplit(needle) || (IsBoundary(r) && IsBoundary(r + needle.Length))) return r;
            to = r + needle.Length - 1;
        }
        return -1;
    }

    /// <summary>Whether needle occurs at UTF-16 index <paramref name="i"/>, on code-point boundaries.</summary>
    private bool MatchAt(string needle, int i) =>
        i >= 0 && i + needle.Length <= Value.Length && Value.AsSpan(i).StartsWith(needle, StringComparison.Ordinal)
        && (!MaySplit(needle) || (IsBoundary(i) && IsBoundary(i + needle.Length)));

    /// <summary>This str as an exact str (itself when it already is one).</summary>
    private PyStr Exact() => ReferenceEquals(Type, PyType.StrType) ? this : new PyStr(Value);

    /// <summary>The code points of this string.</summary>
    private int[] CodePoints()
    {
        var cps = new int[Length];
        if (IsAllBmp)
            for (int i = 0; i < cps.Length; i++) cps[i] = Value[i];
        else
            for (int i = 0, k = 0; i < Value.Length; k++) cps[k] = Codecs.NextCodePoint(Value, ref i);
        return cps;
    }
}
