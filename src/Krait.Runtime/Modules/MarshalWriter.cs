using System.Numerics;
using F = Krait.Runtime.MarshalFormat;

namespace Krait.Runtime;

/// <summary>marshal.dumps: writes an object in CPython 3.11's format (w_object in Python/marshal.c).
/// Which objects get FLAG_REF is CPython's reference-count test ("refcount > 1"), emulated without reference
/// counts (see <see cref="ShouldRef"/> and docs/differences.md).</summary>
internal sealed partial class MarshalWriter
{
    private byte[] _buf = new byte[64];
    private int _len;
    private readonly int _version;
    private int _depth;
    /// <summary>Objects given an index (FLAG_REF), by <see cref="MarshalRefKey"/>.</summary>
    private readonly Dictionary<object, int>? _refs;
    /// <summary>Whether the value given to dumps is held elsewhere too (a variable, a constant …).</summary>
    private bool _topShared = true;

    private MarshalWriter(int version)
    {
        _version = version;
        if (version >= 3)
        {
            _refs = new Dictionary<object, int>(MarshalRefKey.Comparer.Instance);
            _counts = new Dictionary<object, int>(MarshalRefKey.Comparer.Instance);
        }
    }

    /// <summary>PyMarshal_WriteObjectToString: the bytes of <paramref name="value"/>, or ValueError
    /// ("unmarshallable object", "object too deeply nested to marshal").</summary>
    public static byte[] Dumps(PyObject value, int version, bool topShared = true)
    {
        var w = new MarshalWriter(version) { _topShared = topShared };
        if (w._counts is not null) w.CountShared(value, 0);
        w.WriteObject(value, Context.Top);
        return w._buf.AsSpan(0, w._len).ToArray();
    }

    private static PythonException Unmarshallable() => PyErr.ValueError("unmarshallable object");

    private void Byte(byte b)
    {
        if (_len == _buf.Length) Array.Resize(ref _buf, _buf.Length * 2);
        _buf[_len++] = b;
    }

    private void Bytes(ReadOnlySpan<byte> b)
    {
        if (_len + b.Length > _buf.Length) Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _len + b.Length));
        b.CopyTo(_buf.AsSpan(_len));
        _len += b.Length;
    }

    private void Short(int x)
    {
        Byte((byte)x);
        Byte((byte)(x >> 8));
    }

    private void Long(int x)
    {
        Byte((byte)x);
        Byte((byte)(x >> 8));
        Byte((byte)(x >> 16));
        Byte((byte)(x >> 24));
    }

    private void Size(long n)
    {
        if (n > int.MaxValue) throw Unmarshallable();
        Long((int)n);
    }

    private void PString(ReadOnlySpan<byte> s)
    {
        Size(s.Length);
        Bytes(s);
    }

    private void FloatBin(double v)
    {
        Span<byte> b = stackalloc byte[8];
        BitConverter.TryWriteBytes(b, v);
        if (!BitConverter.IsLittleEndian) b.Reverse();
        Bytes(b);
    }

    private void FloatStr(double v)
    {
        string s = F.FormatFloat17g(v);
        Byte((byte)s.Length);
        foreach (char ch in s) Byte((byte)ch);
    }

    /// <summary>w_object: the singletons, then w_ref (a back-reference, or FLAG_REF on first sight), then the value.</summary>
    private void WriteObject(PyObject v, Context ctx)
    {
        if (++_depth > F.MaxDepth) throw PyErr.ValueError("object too deeply nested to marshal");
        if (v is PyNone) Byte(F.None);
        else if (ReferenceEquals(v, PyExc.StopIteration)) Byte(F.StopIter);
        else if (v is PyEllipsis) Byte(F.Ellipsis);
        else if (ReferenceEquals(v, PyBool.False)) Byte(F.False);
        else if (ReferenceEquals(v, PyBool.True)) Byte(F.True);
        else
        {
            byte flag = 0;
            if (_refs is not null && ShouldRef(v, ctx))
            {
                var key = KeyOf(v);
                if (TryWriteRef(key)) { _depth--; return; }
                flag = F.FlagRef;
            }
            WriteValue(v, flag, ctx);
        }
        _depth--;
    }

    /// <summary>Writes TYPE_REF when <paramref name="key"/> already has an index; else gives it the next one.</summary>
    private bool TryWriteRef(object key)
    {
        if (_refs!.TryGetValue(key, out int index))
        {
            Byte(F.Ref);
            Long(index);
            return true;
        }
        if (_refs.Count >= 0x7fffffff) throw PyErr.ValueError("too many objects");
        _refs[key] = _refs.Count;
        return false;
    }

    private void WriteValue(PyObject v, byte flag, Context ctx)
    {
        var t = v.Type;
        if (v is PyInt i && ReferenceEquals(t, PyType.IntType)) WriteInt(i, flag);
        else if (v is PyFloat f && ReferenceEquals(t, PyType.FloatType))
        {
            if (_version > 1) { Byte((byte)(F.BinaryFloat | flag)); FloatBin(f.Value); }
            else { Byte((byte)(F.Float | flag)); FloatStr(f.Value); }
        }
        else if (v is PyComplex c && ReferenceEquals(t, PyComplex.ComplexType))
        {
            if (_version > 1) { Byte((byte)(F.BinaryComplex | flag)); FloatBin(c.Real); FloatBin(c.Imag); }
            else { Byte((byte)(F.Complex | flag)); FloatStr(c.Real); FloatStr(c.Imag); }
        }
        else if (v is PyBytes b && ReferenceEquals(t, PyBytes.BytesType))
        {
            Byte((byte)(F.String | flag));
            PString(b.Value);
        }
        else if (v is PyStr s && ReferenceEquals(t, PyType.StrType)) WriteStr(s.Value, IsInterned(s), flag);
        else if (v is PyTuple tu && ReferenceEquals(t, PyType.TupleType))
        {
            int n = tu.Count;
            if (_version >= 4 && n < 256) { Byte((byte)(F.SmallTuple | flag)); Byte((byte)n); }
            else { Byte((byte)(F.Tuple | flag)); Size(n); }
            var inner = ctx == Context.CodeConst ? Context.CodeConst : Context.Runtime;
            if (ctx == Context.CodeConst && n > 0 && IsNameTuple(tu))
            {
                // A from-import list or the keyword names of a call: identifiers, interned by the parser.
                for (int k = 0; k < n; k++) WriteInternedName(((PyStr)tu[k]).Value);
            }
            else
                for (int k = 0; k < n; k++) WriteObject(tu[k], inner);
        }
        else if (v is PyList l && ReferenceEquals(t, PyType.ListType))
        {
            Byte((byte)(F.List | flag));
            int n = l.Count;
            Size(n);
            for (int k = 0; k < n && k < l.Count; k++) WriteObject(l[k], Context.Runtime);
        }
        else if (v is PyDict d && ReferenceEquals(t, PyType.DictType))
        {
            Byte((byte)(F.Dict | flag));
            int pos = 0;
            while (d.Next(ref pos, out var key, out var value))
            {
                WriteObject(key, Context.Runtime);
                WriteObject(value, Context.Runtime);
            }
            Byte(F.Null);
        }
        else if (v is PySetBase set && (ReferenceEquals(t, PyType.SetType) || ReferenceEquals(t, PyType.FrozenSetType)))
        {
            bool frozen = ReferenceEquals(t, PyType.FrozenSetType);
            Byte((byte)((frozen ? F.FrozenSet : F.Set) | flag));
            Size(set.Count);
            // The items of a frozenset constant are shared too (the compiler's merge keeps a second reference).
            var inner = Context.Runtime;
            // bpo-37596: the items go out in the order of sorted(v, key=marshal.dumps), so that the bytes
            // don't depend on the hash seed (reproducible .pyc files).
            var items = new List<(byte[] Dump, PyObject Item)>(set.Count);
            var it = Ops.GetIter(set);
            while (Ops.Next(it) is { } item) items.Add((Dumps(item, _version), item));
            items.Sort(static (a, b) => a.Dump.AsSpan().SequenceCompareTo(b.Dump));
            foreach (var (_, item) in items) WriteObject(item, inner);
        }
        else if (v is PyCode code) WriteCode(code, flag);
        else if (AsBuffer(v) is { } data)
        {
            // Other bytes-like objects (bytes subclasses, bytearray, memoryview) are written as bytes.
            Byte((byte)(F.String | flag));
            PString(data);
        }
        else throw Unmarshallable();
    }

    /// <summary>The bytes of a bytes-like object that is not an exact bytes, or null.</summary>
    private static byte[]? AsBuffer(PyObject v)
    {
        if (v is PyBytes b) return b.Value;
        string name = v.Type.Name;
        if (name is "bytearray" or "memoryview" || v.Type.IsSubtype(PyBytes.BytesType))
            return ((PyBytes)Ops.Call(PyBytes.BytesType, [v])).Value;
        foreach (var baseType in v.Type.Mro)
            if (baseType.Name is "bytearray" or "array.array") return ((PyBytes)Ops.Call(PyBytes.BytesType, [v])).Value;
        return null;
    }

    private void WriteInt(PyInt i, byte flag)
    {
        if (!i.IsBig && i.Small >= int.MinValue && i.Small <= int.MaxValue)
        {
            Byte((byte)(F.Int | flag));
            Long((int)i.Small);
            return;
        }
        // TYPE_LONG: signed count of base-2**15 digits, then the digits of |i|, least significant first.
        var big = i.ToBigInteger();
        var mag = BigInteger.Abs(big);
        var digits = new List<int>();
        while (!mag.IsZero)
        {
            digits.Add((int)(mag & (F.LongBase - 1)));
            mag >>= F.LongShift;
        }
        Byte((byte)(F.Long | flag));
        Long(big.Sign < 0 ? -digits.Count : digits.Count);
        foreach (int d in digits) Short(d);
    }

    private void WriteStr(string s, bool interned, byte flag)
    {
        if (_version >= 4 && IsAscii(s))
        {
            if (s.Length < 256)
            {
                Byte((byte)((interned ? F.ShortAsciiInterned : F.ShortAscii) | flag));
                Byte((byte)s.Length);
            }
            else
            {
                Byte((byte)((interned ? F.AsciiInterned : F.Ascii) | flag));
                Size(s.Length);
            }
            foreach (char ch in s) Byte((byte)ch);
            return;
        }
        var utf8 = EncodeUtf8SurrogatePass(s);
        Byte((byte)((_version >= 3 && interned ? F.Interned : F.Unicode) | flag));
        PString(utf8);
    }

    private static bool IsAscii(string s)
    {
        foreach (char ch in s)
            if (ch >= 0x80) return false;
        return true;
    }

    /// <summary>UTF-8 with the surrogatepass error handler: a lone surrogate is written as its 3-byte form.</summary>
    internal static byte[] EncodeUtf8SurrogatePass(string s)
    {
        var r = new List<byte>(s.Length + 8);
        for (int k = 0; k < s.Length; k++)
        {
            int cp = s[k];
            if (char.IsHighSurrogate(s[k]) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1])) cp = char.ConvertToUtf32(s[k], s[++k]);
            if (cp < 0x80) r.Add((byte)cp);
            else if (cp < 0x800) { r.Add((byte)(0xC0 | cp >> 6)); r.Add((byte)(0x80 | cp & 0x3F)); }
            else if (cp < 0x10000) { r.Add((byte)(0xE0 | cp >> 12)); r.Add((byte)(0x80 | cp >> 6 & 0x3F)); r.Add((byte)(0x80 | cp & 0x3F)); }
            else
            {
                r.Add((byte)(0xF0 | cp >> 18)); r.Add((byte)(0x80 | cp >> 12 & 0x3F));
                r.Add((byte)(0x80 | cp >> 6 & 0x3F)); r.Add((byte)(0x80 | cp & 0x3F));
            }
        }
        return [.. r];
    }

    /// <summary>A tuple of identifiers (or the '*' of a star import): what the compiler makes from names.</summary>
    private static bool IsNameTuple(PyTuple t)
    {
        foreach (var item in t.AsSpan())
        {
            if (item is not PyStr s || !ReferenceEquals(s.Type, PyType.StrType)) return false;
            if (s.Value != "*" && !IsIdentifier(s.Value)) return false;
        }
        return true;
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (char ch in s)
            if (!(char.IsLetterOrDigit(ch) || ch == '_')) return false;
        return true;
    }

    private void WriteInternedName(string name)
    {
        if (++_depth > F.MaxDepth) throw PyErr.ValueError("object too deeply nested to marshal");
        byte flag = 0;
        if (_refs is not null)
        {
            if (TryWriteRef(new MarshalRefKey('S', name))) { _depth--; return; }
            flag = F.FlagRef;
        }
        WriteStr(name, interned: true, flag);
        _depth--;
    }

    /// <summary>Whether <paramref name="s"/> is the interned str of its value (PyUnicode_CHECK_INTERNED). Only strs
    /// made of letters, digits and '_' are interned on the way: those are what Krait interns lazily (identifiers,
    /// attribute names, constants); other strs are interned only when sys.intern or marshal made them so.</summary>
    internal static bool IsInterned(PyStr s)
    {
        if (!ReferenceEquals(s.Type, PyType.StrType)) return false;
        // CPython's empty str is an interned singleton, and so is '*' (the 1-character strs are shared, and
        // every star import interns '*').
        if (s.Value.Length == 0 || s.Value == "*") return true;
        foreach (char ch in s.Value)
            if (!(char.IsLetterOrDigit(ch) || ch == '_')) return PyStr.IsInternedObject(s);
        return ReferenceEquals(PyStr.Intern(s.Value), s);
    }
}
