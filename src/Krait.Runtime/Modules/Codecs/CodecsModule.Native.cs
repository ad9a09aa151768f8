namespace Krait.Runtime;

// The *_encode / *_decode functions of the codecs the runtime implements natively (utf-8, utf-16, utf-32,
// latin-1, ascii): each returns (result, length consumed).
public static partial class CodecsModule
{
    private static void AddNativeCodecs(PyModule m)
    {
        Encoder(m, "utf_8_encode", 2, (s, a, err) => Utf8Codec.Encode(s, err));
        Encoder(m, "latin_1_encode", 2, (s, a, err) => Latin1Codec.Encode(s, 0x100, err));
        Encoder(m, "ascii_encode", 2, (s, a, err) => Latin1Codec.Encode(s, 0x80, err));
        Encoder(m, "utf_16_le_encode", 2, (s, a, err) => Utf16Codec.Encode(s, Codec.Utf16Le, err));
        Encoder(m, "utf_16_be_encode", 2, (s, a, err) => Utf16Codec.Encode(s, Codec.Utf16Be, err));
        Encoder(m, "utf_32_le_encode", 2, (s, a, err) => Utf32Codec.Encode(s, Codec.Utf32Le, err));
        Encoder(m, "utf_32_be_encode", 2, (s, a, err) => Utf32Codec.Encode(s, Codec.Utf32Be, err));
        Encoder(m, "utf_16_encode", 3, (s, a, err) => Utf16Codec.Encode(s, ByteOrder(a, Codec.Utf16, Codec.Utf16Le, Codec.Utf16Be), err));
        Encoder(m, "utf_32_encode", 3, (s, a, err) => Utf32Codec.Encode(s, ByteOrder(a, Codec.Utf32, Codec.Utf32Le, Codec.Utf32Be), err));

        m.AddFunction("utf_8_decode", (self, args, kw) =>
        {
            var data = DecodeArgs("utf_8_decode", args, kw, 3, out string errors, out bool final);
            string s = Utf8Codec.Decode(data, errors, final, out int consumed);
            return Result(new PyStr(s), consumed);
        });
        m.AddFunction("latin_1_decode", (self, args, kw) =>
        {
            var data = DecodeArgs("latin_1_decode", args, kw, 2, out _, out _);
            return Result(new PyStr(Latin1Codec.DecodeLatin1(data)), data.Length);
        });
        m.AddFunction("ascii_decode", (self, args, kw) =>
        {
            var data = DecodeArgs("ascii_decode", args, kw, 2, out string errors, out _);
            return Result(new PyStr(Latin1Codec.DecodeAscii(data, errors)), data.Length);
        });
        WideDecoder(m, "utf_16_decode", 2, 0);
        WideDecoder(m, "utf_16_le_decode", 2, -1);
        WideDecoder(m, "utf_16_be_decode", 2, 1);
        WideDecoder(m, "utf_32_decode", 4, 0);
        WideDecoder(m, "utf_32_le_decode", 4, -1);
        WideDecoder(m, "utf_32_be_decode", 4, 1);
        foreach (int unit in new[] { 2, 4 })
        {
            string name = unit == 2 ? "utf_16_ex_decode" : "utf_32_ex_decode";
            m.AddFunction(name, (self, args, kw) =>
            {
                NoKeywords(name, kw);
                ArgBinder.Positional(name, args, null, 1, 4);
                var data = Buffers.Get(args[0]);
                string errors = ErrorsArg(name, args, 1);
                int bo = args.Length > 2 ? (int)Math.Clamp(Ops.AsSsize(args[2]), -1, 1) : 0;
                bool final = args.Length > 3 && Ops.IsTrue(args[3]);
                var (s, consumed, order) = DecodeWide(data, unit, bo, final, errors);
                return PyTuple.Create([new PyStr(s), PyInt.FromLong(consumed), PyInt.FromLong(order)]);
            });
        }
        m.AddFunction("readbuffer_encode", (self, args, kw) =>
        {
            NoKeywords("readbuffer_encode", kw);
            ArgBinder.Positional("readbuffer_encode", args, null, 1, 2);
            ErrorsArg("readbuffer_encode", args, 1);
            byte[] b = args[0] is PyStr s ? Utf8Codec.Encode(s, "strict") : Buffers.ToArray(args[0]);
            return Result(new PyBytes(b), b.Length);
        });
    }

    internal static PyTuple Result(PyObject value, long consumed) => PyTuple.Pair(value, PyInt.FromLong(consumed));

    internal static void NoKeywords(string name, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{name}() takes no keyword arguments");
    }

    private static Codec ByteOrder(ReadOnlySpan<PyObject> args, Codec native, Codec le, Codec be)
    {
        if (args.Length < 3) return native;
        long bo = Ops.AsSsize(args[2]);
        return bo == 0 ? native : bo < 0 ? le : be;
    }

    /// <summary>f(str, errors=None[, byteorder]) -> (bytes, len(str)).</summary>
    private static void Encoder(PyModule m, string name, int maxArgs, Func<PyStr, ReadOnlySpan<PyObject>, string, byte[]> encode) =>
        m.AddFunction(name, (self, args, kw) =>
        {
            NoKeywords(name, kw);
            ArgBinder.Positional(name, args, null, 1, maxArgs);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"{name}() argument 1 must be str, not {args[0].Type.Name}");
            string errors = ErrorsArg(name, args, 1);
            return Result(new PyBytes(encode(s, args, errors)), s.Length);
        });

    /// <summary>f(data, errors=None[, final=False]): the bytes-like data, the errors and final arguments.</summary>
    internal static ReadOnlySpan<byte> DecodeArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int maxArgs,
        out string errors, out bool final)
    {
        NoKeywords(name, kw);
        ArgBinder.Positional(name, args, null, 1, maxArgs);
        var data = Buffers.Get(args[0]);
        errors = ErrorsArg(name, args, 1);
        final = args.Length > 2 && Ops.IsTrue(args[2]);
        return data;
    }

    private static void WideDecoder(PyModule m, string name, int unit, int byteorder) =>
        m.AddFunction(name, (self, args, kw) =>
        {
            var data = DecodeArgs(name, args, kw, 3, out string errors, out bool final);
            var (s, consumed, _) = DecodeWide(data, unit, byteorder, final, errors);
            return Result(new PyStr(s), consumed);
        });

    /// <summary>UTF-16/32 decoding of whole code units (a BOM read when <paramref name="byteorder"/> is 0); unless
    /// <paramref name="final"/>, an incomplete unit or surrogate pair at the end is left for the next call.</summary>
    private static (string Text, int Consumed, int ByteOrder) DecodeWide(ReadOnlySpan<byte> data, int unit, int byteorder, bool final, string errors)
    {
        int start = 0;
        if (byteorder == 0 && data.Length >= unit)
        {
            if (unit == 2)
            {
                if (data[0] == 0xFF && data[1] == 0xFE) { byteorder = -1; start = 2; }
                else if (data[0] == 0xFE && data[1] == 0xFF) { byteorder = 1; start = 2; }
            }
            else
            {
                if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) { byteorder = -1; start = 4; }
                else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { byteorder = 1; start = 4; }
            }
        }
        var body = data[start..];
        int n = body.Length;
        if (!final)
        {
            n -= n % unit;
            if (unit == 2 && n >= 2)
            {
                int u = byteorder == 1 ? (body[n - 2] << 8) | body[n - 1] : body[n - 2] | (body[n - 1] << 8);
                if (u >= 0xD800 && u <= 0xDBFF) n -= 2;
            }
        }
        bool be = byteorder == 1;
        string s = unit == 2
            ? Utf16Codec.Decode(body[..n], be ? Codec.Utf16Be : Codec.Utf16Le, errors)
            : Utf32Codec.Decode(body[..n], be ? Codec.Utf32Be : Codec.Utf32Le, errors);
        return (s, start + n, byteorder);
    }
}
