using System.Numerics;
using System.Text;
using Krait.Compiler.Bytecode;
using F = Krait.Runtime.MarshalFormat;

namespace Krait.Runtime;

/// <summary>marshal.loads / marshal.load: reads CPython 3.11's format (r_object in Python/marshal.c), every
/// version from 0 to 4, including .pyc payloads written by CPython 3.11.</summary>
internal sealed partial class MarshalReader
{
    private readonly byte[] _data;
    private int _pos;
    private readonly int _end;
    /// <summary>The file of marshal.load (read on demand, so the file is left just after the value), or null.</summary>
    private readonly PyObject? _file;
    /// <summary>Objects that had FLAG_REF, by index; null while reserved (a code object or frozenset being read).</summary>
    private readonly List<PyObject?> _refs = [];
    private int _depth;

    private MarshalReader(byte[] data, int start, int end, PyObject? file)
    {
        _data = data;
        _pos = start;
        _end = end;
        _file = file;
    }

    /// <summary>PyMarshal_ReadObjectFromString: the value at the start of <paramref name="data"/>; extra bytes are ignored.</summary>
    public static PyObject Loads(byte[] data, int start = 0, int length = -1)
    {
        var r = new MarshalReader(data, start, length < 0 ? data.Length : start + length, null);
        return r.ReadTop();
    }

    /// <summary>marshal.load(file): reads exactly the bytes of one value from the file.</summary>
    public static PyObject Load(PyObject file)
    {
        var r = new MarshalReader([], 0, 0, file);
        return r.ReadTop();
    }

    private PyObject ReadTop() =>
        ReadObject() ?? throw PyErr.TypeError("NULL object in marshal data for object");

    private static PythonException Bad(string what) => PyErr.ValueError($"bad marshal data ({what})");
    private static PythonException EofObject() => PyErr.New(PyExc.EOFError, "EOF read where object expected");

    /// <summary>r_string: the next <paramref name="n"/> bytes.</summary>
    private ReadOnlySpan<byte> ReadBytes(int n)
    {
        if (_file is null)
        {
            if (_end - _pos < n) throw PyErr.New(PyExc.EOFError, "marshal data too short");
            var span = _data.AsSpan(_pos, n);
            _pos += n;
            return span;
        }
        // As CPython: readinto() a writable memoryview of n bytes, and check the count it returns.
        var buf = new PyByteArray(new byte[n]);
        var view = PyMemoryView.FromObject(buf);
        long read;
        try
        {
            read = Ops.AsSsize(Ops.CallMethod(_file, "readinto", [view]), PyExc.OverflowError);
        }
        finally
        {
            Ops.CallMethod(view, "release", []);
        }
        if (read > n) throw PyErr.ValueError($"read() returned too much data: {n} bytes requested, {read} returned");
        if (read != n) throw PyErr.New(PyExc.EOFError, "EOF read where not expected");
        return buf.AsSpan();
    }

    /// <summary>r_byte: the next byte, or -1 at the end of a loads() buffer (no error).</summary>
    private int ReadByte()
    {
        if (_file is null) return _pos < _end ? _data[_pos++] : -1;
        try
        {
            return ReadBytes(1)[0];
        }
        catch (PythonException)
        {
            // CPython's r_byte reports EOF and its callers replace the error ("EOF read where object expected").
            return -1;
        }
    }

    private int ReadShort()
    {
        var b = ReadBytes(2);
        return (short)(b[0] | b[1] << 8);
    }

    private int ReadLong()
    {
        var b = ReadBytes(4);
        return b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24;
    }

    private double ReadFloatBin()
    {
        var b = ReadBytes(8);
        Span<byte> tmp = stackalloc byte[8];
        b.CopyTo(tmp);
        if (!BitConverter.IsLittleEndian) tmp.Reverse();
        return BitConverter.ToDouble(tmp);
    }

    private double ReadFloatStr()
    {
        int n = ReadByte();
        if (n < 0) throw EofObject();
        var text = Encoding.Latin1.GetString(ReadBytes(n));
        return F.ParseFloat(text) ?? throw PyErr.ValueError($"could not convert string to float: '{text}'");
    }

    private int Reserve(bool flag)
    {
        if (!flag) return -1;
        if (_refs.Count >= 0x7ffffffe) throw Bad("index list too large");
        _refs.Add(null);
        return _refs.Count - 1;
    }

    private PyObject Ref(PyObject o, bool flag)
    {
        if (flag) _refs.Add(o);
        return o;
    }

    /// <summary>r_object: a value, or null for TYPE_NULL (the end of a dict).</summary>
    private PyObject? ReadObject()
    {
        int code = ReadByte();
        if (code < 0) throw EofObject();
        if (++_depth > F.MaxDepth)
        {
            _depth--;
            throw PyErr.ValueError("recursion limit exceeded");
        }
        bool flag = (code & F.FlagRef) != 0;
        int type = code & ~F.FlagRef;
        PyObject? result;
        switch (type)
        {
            case F.Null: result = null; break;
            case F.None: result = PyNone.Instance; break;
            case F.StopIter: result = PyExc.StopIteration; break;
            case F.Ellipsis: result = PyEllipsis.Instance; break;
            case F.False: result = PyBool.False; break;
            case F.True: result = PyBool.True; break;
            case F.Int: result = Ref(PyInt.FromLong(ReadLong()), flag); break;
            case F.Int64:
            {
                var b = ReadBytes(8);
                result = Ref(PyInt.FromLong(BitConverter.ToInt64(b)), flag);
                break;
            }
            case F.Long: result = Ref(ReadPyLong(), flag); break;
            case F.Float: result = Ref(new PyFloat(ReadFloatStr()), flag); break;
            case F.BinaryFloat: result = Ref(new PyFloat(ReadFloatBin()), flag); break;
            case F.Complex:
            {
                double re = ReadFloatStr(), im = ReadFloatStr();
                result = Ref(new PyComplex(re, im), flag);
                break;
            }
            case F.BinaryComplex:
            {
                double re = ReadFloatBin(), im = ReadFloatBin();
                result = Ref(new PyComplex(re, im), flag);
                break;
            }
            case F.String:
            {
                int n = ReadLong();
                if (n < 0) throw Bad("bytes object size out of range");
                result = Ref(new PyBytes(ReadBytes(n).ToArray()), flag);
                break;
            }
            case F.AsciiInterned:
            case F.Ascii:
            {
                int n = ReadLong();
                if (n < 0) throw Bad("string size out of range");
                result = Ref(MakeStr(Encoding.Latin1.GetString(ReadBytes(n)), type == F.AsciiInterned), flag);
                break;
            }
            case F.ShortAsciiInterned:
            case F.ShortAscii:
            {
                int n = ReadByte();
                if (n < 0) throw EofObject();
                result = Ref(MakeStr(Encoding.Latin1.GetString(ReadBytes(n)), type == F.ShortAsciiInterned), flag);
                break;
            }
            case F.Interned:
            case F.Unicode:
            {
                int n = ReadLong();
                if (n < 0) throw Bad("string size out of range");
                string s = n == 0 ? "" : DecodeUtf8SurrogatePass(ReadBytes(n));
                result = Ref(MakeStr(s, type == F.Interned), flag);
                break;
            }
            case F.SmallTuple:
            {
                int n = ReadByte();
                if (n < 0 && _file is not null) throw PyErr.New(PyExc.EOFError, "EOF read where not expected");
                if (n < 0) n = 255; // CPython reads the -1 of an exhausted buffer as 255 and fails on the first item.
                result = ReadTuple(n, flag);
                break;
            }
            case F.Tuple:
            {
                int n = ReadLong();
                if (n < 0) throw Bad("tuple size out of range");
                result = ReadTuple(n, flag);
                break;
            }
            case F.List:
            {
                int n = ReadLong();
                if (n < 0) throw Bad("list size out of range");
                var list = new PyList();
                Ref(list, flag);
                for (int i = 0; i < n; i++)
                    list.Append(ReadObject() ?? throw PyErr.TypeError("NULL object in marshal data for list"));
                result = list;
                break;
            }
            case F.Dict:
            {
                var dict = new PyDict();
                Ref(dict, flag);
                while (true)
                {
                    var key = ReadObject();
                    if (key is null) break;
                    var val = ReadObject();
                    if (val is null) break;
                    dict.SetItem(key, val);
                }
                result = dict;
                break;
            }
            case F.Set:
            case F.FrozenSet:
                result = ReadSet(type == F.FrozenSet, flag);
                break;
            case F.Code:
                result = ReadCode(flag);
                break;
            case F.Ref:
            {
                int n = ReadLong();
                if (n < 0 || n >= _refs.Count || _refs[n] is null) throw Bad("invalid reference");
                result = _refs[n];
                break;
            }
            default:
                throw Bad("unknown type code");
        }
        _depth--;
        return result;
    }

    private static PyStr MakeStr(string s, bool interned) => interned ? PyStr.Intern(s) : s.Length == 0 ? PyStr.Empty : new PyStr(s);

    private PyObject ReadTuple(int n, bool flag)
    {
        if (n == 0) return Ref(PyTuple.Empty, flag);
        var items = new PyObject[n];
        var tuple = PyTuple.Wrap(items);
        Ref(tuple, flag);
        for (int i = 0; i < n; i++)
            items[i] = ReadObject() ?? throw PyErr.TypeError("NULL object in marshal data for tuple");
        return tuple;
    }

    private PyObject ReadSet(bool frozen, bool flag)
    {
        int n = ReadLong();
        if (n < 0) throw Bad("set size out of range");
        if (n == 0 && frozen) return Ref(Ops.Call(PyType.FrozenSetType, []), flag);
        if (!frozen)
        {
            var set = new PySet();
            Ref(set, flag);
            for (int i = 0; i < n; i++)
                set.Add(ReadObject() ?? throw PyErr.TypeError("NULL object in marshal data for set"));
            return set;
        }
        // A frozenset gets its index first and its value once complete.
        int idx = Reserve(flag);
        var items = new PyObject[n];
        for (int i = 0; i < n; i++)
            items[i] = ReadObject() ?? throw PyErr.TypeError("NULL object in marshal data for set");
        var fs = PyFrozenSet.FromItems(items);
        if (idx >= 0) _refs[idx] = fs;
        return fs;
    }

    /// <summary>r_PyLong: a signed count of base-2**15 digits, least significant first.</summary>
    private PyInt ReadPyLong()
    {
        int n = ReadLong();
        if (n == 0) return PyInt.FromLong(0);
        if (n == int.MinValue) throw Bad("long size out of range");
        int count = Math.Abs(n);
        if (count <= 4)
        {
            long v = 0;
            for (int i = 0; i < count; i++)
            {
                int md = ReadShort();
                if (md < 0 || md > F.LongBase) throw Bad("digit out of range in long");
                if (md == 0 && i == count - 1) throw Bad("unnormalized long data");
                v |= (long)md << (F.LongShift * i);
            }
            return PyInt.FromLong(n < 0 ? -v : v);
        }
        var mag = BigInteger.Zero;
        var digits = new int[count];
        for (int i = 0; i < count; i++)
        {
            int md = ReadShort();
            if (md < 0 || md > F.LongBase) throw Bad("digit out of range in long");
            if (md == 0 && i == count - 1) throw Bad("unnormalized long data");
            digits[i] = md;
        }
        for (int i = count - 1; i >= 0; i--) mag = (mag << F.LongShift) | digits[i];
        return PyInt.FromBig(n < 0 ? -mag : mag);
    }

    /// <summary>UTF-8 with surrogatepass: the 3-byte forms of U+D800..U+DFFF decode to lone surrogates.</summary>
    internal static string DecodeUtf8SurrogatePass(ReadOnlySpan<byte> b)
    {
        var sb = new StringBuilder(b.Length);
        int i = 0;
        while (i < b.Length)
        {
            int c = b[i];
            if (c < 0x80) { sb.Append((char)c); i++; continue; }
            int need, cp, min;
            if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
            else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
            else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
            else throw DecodeError(b, i, i + 1, "invalid start byte");
            int j = 1;
            for (; j <= need; j++)
            {
                if (i + j >= b.Length) throw DecodeError(b, i, b.Length, "unexpected end of data");
                int cc = b[i + j];
                if ((cc & 0xC0) != 0x80) throw DecodeError(b, i, i + j, "invalid continuation byte");
                cp = cp << 6 | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF) throw DecodeError(b, i, i + 1, "invalid continuation byte");
            sb.Append(PyStr.FromCodePoint(cp));
            i += need + 1;
        }
        return sb.ToString();
    }

    private static PythonException DecodeError(ReadOnlySpan<byte> b, int start, int end, string reason) =>
        new((PyBaseException)Ops.Call(PyExc.UnicodeDecodeError,
            [new PyStr("utf-8"), new PyBytes(b.ToArray()), PyInt.FromLong(start), PyInt.FromLong(end), new PyStr(reason)]));
}
