namespace Krait.Runtime;

// hex(sep, bytes_per_sep) (Python/pystrhex.c) and fromhex (_PyBytes_FromHex).
internal static partial class ByteSeq
{
    private static readonly string[] s_hexNames = ["sep", "bytes_per_sep"];

    /// <summary>bytes.hex / bytearray.hex / memoryview.hex over <paramref name="v"/>.</summary>
    internal static PyStr HexMethod(ReadOnlySpan<byte> v, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<ReadOnlySpan<byte>>? reread = null)
    {
        Span<PyObject?> a = new PyObject?[2];
        ArgBinder.Bind("hex", args, kw, s_hexNames, 0, 2, 0, a);
        int perSep = 1;
        if (a[1] is not null)
        {
            var i = Ops.Index(a[1]!);
            if (i.IsBig || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
            perSep = (int)i.Small;
        }
        int sep = -1;
        if (a[0] is { } sepObj)
        {
            long len = Ops.Len(sepObj);
            if (len != 1) throw PyErr.ValueError("sep must be length 1.");
            int c = sepObj is PyStr ss ? ss.CodePointAt(0) : Buffers.Get(sepObj)[0];
            if (c > 127) throw PyErr.ValueError("sep must be ASCII.");
            sep = c;
        }
        if (reread is not null) v = reread();
        return new PyStr(Hex(v, sep, perSep));
    }

    /// <summary>The hex digits of <paramref name="v"/>, with the character <paramref name="sep"/> (any, NUL included;
    /// -1: none) between groups of |<paramref name="perSep"/>| bytes.</summary>
    internal static string Hex(ReadOnlySpan<byte> v, int sep, int perSep)
    {
        const string digits = "0123456789abcdef";
        if (sep < 0 || perSep == 0 || v.Length == 0)
        {
            var plain = new char[v.Length * 2];
            for (int i = 0; i < v.Length; i++) { plain[2 * i] = digits[v[i] >> 4]; plain[2 * i + 1] = digits[v[i] & 15]; }
            return new string(plain);
        }
        int group = Math.Abs(perSep);
        var sb = new System.Text.StringBuilder(v.Length * 3);
        for (int i = 0; i < v.Length; i++)
        {
            // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
            if (i > 0 && (perSep > 0 ? (v.Length - i) % group == 0 : i % group == 0)) sb.Append((char)sep);
            sb.Append(digits[v[i] >> 4]).Append(digits[v[i] & 15]);
        }
        return sb.ToString();
    }

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>fromhex(string): pairs of hex digits, ASCII whitespace allowed between pairs.</summary>
    internal static byte[] FromHex(PyObject arg)
    {
        if (arg is not PyStr s) throw PyErr.TypeError($"fromhex() argument must be str, not {TypeNameForArg(arg)}");
        string v = s.Value;
        var r = new List<byte>(v.Length / 2);
        int i = 0, n = v.Length;
        while (i < n)
        {
            if (v[i] < 128 && IsSpace((byte)v[i])) { i++; continue; }
            int hi = HexValue(v[i]);
            if (hi < 0) throw HexError(s, i);
            if (i + 1 >= n) throw HexError(s, i + 1);
            int lo = HexValue(v[i + 1]);
            if (lo < 0) throw HexError(s, i + 1);
            r.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return [.. r];
    }

    private static PythonException HexError(PyStr s, int utf16Index)
    {
        // The position is in code points.
        int cp = 0;
        for (int k = 0; k < utf16Index && k < s.Value.Length; k++)
        {
            if (char.IsHighSurrogate(s.Value[k]) && k + 1 < s.Value.Length && char.IsLowSurrogate(s.Value[k + 1])) k++;
            cp++;
        }
        return PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {cp}");
    }

    private static PyObject FromHexClassMethod(PyObject? cls, ReadOnlySpan<PyObject> args, PyTuple? kw, bool mutable)
    {
        var arg = ArgBinder.One((mutable ? "bytearray" : "bytes") + ".fromhex", args, kw);
        var bytes = FromHex(arg);
        PyObject r = mutable ? new PyByteArray(bytes) : new PyBytes(bytes);
        var type = (PyType)cls!;
        if (!ReferenceEquals(type, mutable ? PyByteArray.ByteArrayType : PyBytes.BytesType)) r = Ops.Call(type, [r]);
        return r;
    }
}
