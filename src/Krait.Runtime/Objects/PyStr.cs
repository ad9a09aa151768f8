using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Krait.Syntax.Text;

namespace Krait.Runtime;

/// <summary>str: code-point semantics over a .NET string. <see cref="IsAllBmp"/> (no surrogate pair) makes
/// length and indexing direct; otherwise a code-point index is built on demand. A lone surrogate is one
/// code point (two adjacent lone surrogates can't be told from a pair: a known limit of this storage).</summary>
public partial class PyStr : PyObject
{
    // 48 bytes with the object header (every str result allocates one, so the size counts): the storage, one
    // field for the rarer states, the hash (a .NET string hash is 32 bits; -1 = not computed yet) and the flag.
    private string? _value;
    // A Rope while a concatenation is pending (_value is null: this str is the rope's first Length units, see
    // Concat); once flat, the code-point offsets of a non-BMP str when they have been built (else null).
    private object? _extra;
    private int _hash = -1;
    public readonly bool IsAllBmp;

    private sealed class Rope(StringBuilder sb)
    {
        public readonly StringBuilder Sb = sb;
        public readonly int Length = sb.Length;
    }

    /// <summary>The UTF-16 storage (lone surrogates allowed).</summary>
    public string Value => _value ?? Flatten();

    public PyStr(string value) : this(PyType.StrType, value) { }

    internal PyStr(PyType type, string value) : base(type)
    {
        _value = value;
        IsAllBmp = !HasSurrogatePair(value);
    }

    /// <summary>A piece of a str already known to hold no surrogate pair (no scan needed).</summary>
    private PyStr(string value, bool allBmp) : base(PyType.StrType)
    {
        _value = value;
        IsAllBmp = allBmp || !HasSurrogatePair(value);
    }

    /// <summary>A new exact str of text known to hold no surrogate (digits, ASCII): no scan.</summary>
    internal static PyStr Ascii(string value) => new(value, true);

    /// <summary>A new exact str holding a piece of this one's storage.</summary>
    internal PyStr Piece(string value) => new(value, IsAllBmp);

    private PyStr(StringBuilder rope, bool allBmp) : base(PyType.StrType)
    {
        _extra = new Rope(rope);
        IsAllBmp = allBmp;
    }

    private string Flatten()
    {
        var rope = (Rope)_extra!;
        _value = rope.Sb.ToString(0, rope.Length);
        _extra = null;
        return _value;
    }

    private int Utf16Length => _value?.Length ?? ((Rope)_extra!).Length;

    private char LastUnit => _value is { } v ? v[^1] : ((Rope)_extra!).Sb[((Rope)_extra!).Length - 1];

    // Below this many UTF-16 units a concatenation copies; above it starts a shared builder.
    private const int RopeThreshold = 256;

    /// <summary>x + y for two exact strs. A loop of <c>s += piece</c> stays linear (CPython gets that from
    /// resizing in place when the reference count is 1): a long result keeps a StringBuilder that the next
    /// concatenation onto the same (newest) result appends to, and is turned into a string when first read.</summary>
    public static PyStr Concat(PyStr x, PyStr y)
    {
        int xl = x.Utf16Length, yl = y.Utf16Length;
        if (yl == 0 && ReferenceEquals(x.Type, PyType.StrType)) return x;
        if (xl == 0 && ReferenceEquals(y.Type, PyType.StrType)) return y;
        string yv = y.Value;
        bool bmp = x.IsAllBmp && y.IsAllBmp && (xl == 0 || yl == 0 || !(char.IsHighSurrogate(x.LastUnit) && char.IsLowSurrogate(yv[0])));
        if (x._value is null && x._extra is Rope rope && rope.Sb.Length == rope.Length)
            return new PyStr(rope.Sb.Append(yv), bmp);
        // The flag is known from the parts: no rescan of the result.
        if ((long)xl + yl < RopeThreshold) return new PyStr(string.Concat(x.Value, yv), bmp);
        if ((long)xl + yl > int.MaxValue) throw PyErr.New(PyExc.MemoryError);
        var sb = new StringBuilder((int)Math.Min(int.MaxValue, 2L * (xl + yl)));
        return new PyStr(sb.Append(x.Value).Append(yv), bmp);
    }

    public static PyStr Empty => PyType.EmptyStr;

    private static readonly Dictionary<string, PyStr> s_interned = new(StringComparer.Ordinal);

    /// <summary>The one shared str object for <paramref name="s"/> (attribute names, identifiers).</summary>
    public static PyStr Intern(string s)
    {
        lock (s_interned)
        {
            if (!s_interned.TryGetValue(s, out var p)) s_interned[s] = p = new PyStr(s);
            return p;
        }
    }

    /// <summary>The index of the first surrogate code unit, or -1. By hand with Vector128 rather than
    /// IndexOfAnyInRange: that one has AVX-512 paths, so it is never precompiled and its first use (the first long
    /// string made, at start-up) cost a JIT compilation; fixed-size vector code is precompiled.</summary>
    private static int FirstSurrogate(string s)
    {
        int i = 0;
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated && s.Length >= 8)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s.AsSpan()));
            var low = System.Runtime.Intrinsics.Vector128.Create((ushort)0xD800);
            var width = System.Runtime.Intrinsics.Vector128.Create((ushort)0x0800);
            for (; i <= s.Length - 8; i += 8)
            {
                var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref start, (nuint)i);
                // (c - 0xD800) < 0x800 as unsigned 16-bit: c is a surrogate.
                if (System.Runtime.Intrinsics.Vector128.LessThan(v - low, width) != System.Runtime.Intrinsics.Vector128<ushort>.Zero) break;
            }
        }
        for (; i < s.Length; i++)
            if (char.IsSurrogate(s[i])) return i;
        return -1;
    }

    /// <summary>PyUnicode_InternInPlace: the interned str equal to <paramref name="s"/>; <paramref name="s"/> itself
    /// becomes the interned one when its value has none yet (sys.intern, marshal's interned strs).</summary>
    public static PyStr Intern(PyStr s)
    {
        string v = s.Value;
        lock (s_interned)
        {
            if (s_interned.TryGetValue(v, out var p)) return p;
            s_interned[v] = s;
            return s;
        }
    }

    /// <summary>Whether <paramref name="s"/> is the interned str of its value (no entry is made).</summary>
    internal static bool IsInternedObject(PyStr s)
    {
        lock (s_interned) return s_interned.TryGetValue(s.Value, out var p) && ReferenceEquals(p, s);
    }

    private static bool HasSurrogatePair(string s)
    {
        int first = FirstSurrogate(s);
        if (first < 0) return false;
        for (int i = first; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) return true;
        return false;
    }

    /// <summary>Length in code points.</summary>
    public int Length => IsAllBmp ? Utf16Length : Offsets().Length;

    private int[] Offsets()
    {
        var v = Value; // flattens a pending rope first (which resets _extra)
        if (_extra is int[] offsets) return offsets;
        var list = new List<int>(v.Length);
        for (int i = 0; i < v.Length; i++)
        {
            list.Add(i);
            if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) i++;
        }
        int[] result = [.. list];
        _extra = result;
        return result;
    }

    /// <summary>The code point at code-point index <paramref name="i"/> (0 ≤ i &lt; Length).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CodePointAt(int i) => IsAllBmp && _value is { } v ? v[i] : CodePointAtSlow(i);

    private int CodePointAtSlow(int i)
    {
        if (IsAllBmp) return Value[i];
        int o = Offsets()[i];
        char c = Value[o];
        return char.IsHighSurrogate(c) && o + 1 < Value.Length && char.IsLowSurrogate(Value[o + 1])
            ? char.ConvertToUtf32(c, Value[o + 1]) : c;
    }

    /// <summary>The substring of code points [start, end).</summary>
    public string SubstringCp(int start, int end)
    {
        if (IsAllBmp) return Value[start..end];
        var off = Offsets();
        int s = start < off.Length ? off[start] : Value.Length;
        int e = end < off.Length ? off[end] : Value.Length;
        return Value[s..e];
    }

    /// <summary>A str of the given code points (adjacent lone surrogates merge: the storage limit above).</summary>
    public static PyStr FromCodePoints(ReadOnlySpan<int> cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (int cp in cps) sb.Append(FromCodePoint(cp));
        return new PyStr(sb.ToString());
    }

    public static string FromCodePoint(int cp) =>
        cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    public long GetHash()
    {
        if (_hash != -1) return _hash;
        int h = Value.Length == 0 ? 0 : Value.GetHashCode();
        if (h == -1) h = -2;
        return _hash = h;
    }

    /// <summary>Code-point order (differs from UTF-16 order once surrogates are involved).</summary>
    public static int Compare(PyStr a, PyStr b)
    {
        if (a.IsAllBmp && b.IsAllBmp) return Math.Sign(string.CompareOrdinal(a.Value, b.Value));
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int c = a.CodePointAt(i).CompareTo(b.CodePointAt(i));
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    public static PyStr ReprOf(string s) => new(PyRepr.Str(s));

    internal static void InitType(PyType t)
    {
        t.Repr = o => ReprOf(((PyStr)o).Value);
        t.Str = o => ReferenceEquals(o.Type, PyType.StrType) ? (PyStr)o : new PyStr(((PyStr)o).Value);
        t.Hash = o => ((PyStr)o).GetHash();
        t.Bool = o => ((PyStr)o).Utf16Length != 0;
        t.Len = o => ((PyStr)o).Length;
        t.RichCompare = (a, b, op) =>
        {
            if (b is not PyStr y) return PyNotImplemented.Instance;
            var x = (PyStr)a;
            if (op is CompareOp.Eq or CompareOp.Ne) return PyBool.From((x.Value == y.Value) == (op == CompareOp.Eq));
            return PyBool.From(Ops.CompareResult(Compare(x, y), op));
        };
        t.Contains = (o, item) =>
        {
            if (item is not PyStr s) throw PyErr.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
            return ((PyStr)o).ContainsStr(s);
        };
        t.Concat = (a, b) =>
        {
            if (b is not PyStr y) throw PyErr.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
            return Concat((PyStr)a, y);
        };
        t.Repeat = (a, n) =>
        {
            var x = (PyStr)a;
            if (n <= 0 || x.Value.Length == 0) return Empty;
            if (n == 1 && ReferenceEquals(x.Type, PyType.StrType)) return x;
            // unicode_repeat: past PY_SSIZE_T_MAX it is OverflowError; beyond what .NET holds, MemoryError.
            if (n > long.MaxValue / x.Value.Length) throw PyErr.OverflowError("repeated string is too long");
            if ((long)x.Value.Length * n > int.MaxValue) throw PyErr.New(PyExc.MemoryError);
            var sb = new StringBuilder(x.Value.Length * (int)n);
            for (long i = 0; i < n; i++) sb.Append(x.Value);
            return new PyStr(sb.ToString());
        };
        t.GetItem = GetItem;
        t.Iter = o => new StrIterator((PyStr)o);
        t.New = NewStr;
        InitMethods(t);
        StrFormat.Register(t);
    }

    private static PyObject GetItem(PyObject o, PyObject key)
    {
        var s = (PyStr)o;
        if (key is PySlice slice)
        {
            int len = s.Length;
            slice.Indices(len, out long start, out long stop, out long step, out long count);
            return SliceOf(s, start, stop, step, count);
        }
        if (key.Type.Index is null) throw PyErr.TypeError($"string indices must be integers, not '{key.Type.Name}'");
        long idx = Ops.AsSsize(key, PyExc.IndexError);
        int n = s.Length;
        if (idx < 0) idx += n;
        if (idx < 0 || idx >= n) throw PyErr.IndexError("string index out of range");
        return Char(s.CodePointAt((int)idx));
    }

    /// <summary>s[start:stop:step] with the indices adjusted to its length (PySlice.AdjustIndices).</summary>
    internal static PyStr SliceOf(PyStr s, long start, long stop, long step, long count)
    {
        if (count <= 0) return Empty;
        if (step == 1 && count == s.Length && ReferenceEquals(s.Type, PyType.StrType)) return s;
        if (step == 1) return s.Piece(s.SubstringCp((int)start, (int)stop));
        if (s.IsAllBmp) return new PyStr(StepSlice(s.Value, (int)start, (int)step, (int)count));
        var sb = new StringBuilder((int)count);
        for (long i = 0, j = start; i < count; i++, j += step) sb.Append(FromCodePoint(s.CodePointAt((int)j)));
        return new PyStr(sb.ToString());
    }

    /// <summary>v[start::step], count code units, for storage in which a code unit is a code point. (The result is
    /// scanned again by the constructor: reversing two lone surrogates can make a pair.)</summary>
    private static string StepSlice(string v, int start, int step, int count)
    {
        Span<char> buf = count <= 256 ? stackalloc char[count] : new char[count];
        for (int i = 0, j = start; i < count; i++, j += step) buf[i] = v[j];
        return new string(buf[..count]);
    }

    private static readonly PyStr?[] s_latin1 = new PyStr?[256];

    /// <summary>A one-code-point str (cached for Latin-1, as CPython does).</summary>
    public static PyStr Char(int cp)
    {
        if (cp < 256) return s_latin1[cp] ??= new PyStr(((char)cp).ToString());
        return new PyStr(FromCodePoint(cp));
    }

}
