namespace Krait.Runtime;

/// <summary>binascii (CPython's Modules/binascii.c): uu, base64, hex and quoted-printable codecs, crc32 and
/// crc_hqx. The a2b_* functions take bytes-like objects or ASCII-only str; b2a_* take bytes-like objects.</summary>
public static partial class BinasciiModule
{
    private static PyType? s_error, s_incomplete;

    internal static PyType ErrorType => s_error ??= NewException("Error", PyExc.ValueError);
    internal static PyType IncompleteType => s_incomplete ??= NewException("Incomplete", PyExc.Exception);

    /// <summary>PyErr_NewException("binascii.X", base): a heap class whose __module__ is binascii.</summary>
    private static PyType NewException(string name, PyType baseType)
    {
        var dict = new PyDict();
        dict.SetItem(PyStr.Intern("__module__"), new PyStr("binascii"));
        return (PyType)Ops.Call(PyType.TypeType, [new PyStr(name), PyTuple.Create([baseType]), dict]);
    }

    internal static PythonException Error(string message) => PyErr.New(ErrorType, message);

    public static PyModule Create()
    {
        var m = new PyModule("binascii", "Conversion between binary data and ASCII");
        m.Add("Error", ErrorType);
        m.Add("Incomplete", IncompleteType);
        m.AddFunction("a2b_uu", (self, args, kw) => PyBytes.FromSpan(A2bUu(Ascii(MethO("a2b_uu", args, kw)))));
        m.AddFunction("b2a_uu", (self, args, kw) =>
        {
            var a = Bind("b2a_uu", args, kw, s_dataBacktick, 1, 1);
            return new PyBytes(B2aUu(Buffer(a[0]!), a[1] is { } bt && Flag(bt)));
        });
        m.AddFunction("a2b_base64", (self, args, kw) =>
        {
            var a = Bind("a2b_base64", args, kw, s_dataStrict, 1, 1);
            return PyBytes.FromSpan(A2bBase64(Ascii(a[0]!), a[1] is { } sm && Flag(sm)));
        });
        m.AddFunction("b2a_base64", (self, args, kw) =>
        {
            var a = Bind("b2a_base64", args, kw, s_dataNewline, 1, 1);
            return new PyBytes(B2aBase64(Buffer(a[0]!), a[1] is not { } nl || Flag(nl)));
        });
        m.AddFunction("crc_hqx", (self, args, kw) =>
        {
            NoKeywords("crc_hqx", kw);
            ArgBinder.Positional("crc_hqx", args, kw, 2, 2);
            var data = Buffer(args[0]);
            return PyInt.FromLong(CrcHqx(data, UIntMask(args[1])));
        });
        m.AddFunction("crc32", (self, args, kw) =>
        {
            NoKeywords("crc32", kw);
            int n = ArgBinder.Positional("crc32", args, kw, 1, 2);
            var data = Buffer(args[0]);
            uint crc = n > 1 ? UIntMask(args[1]) : 0;
            return PyInt.FromLong(CompressionNative.Crc32(crc, data));
        });
        foreach (var name in new[] { "b2a_hex", "hexlify" })
        {
            string fname = name;
            m.AddFunction(fname, (self, args, kw) =>
            {
                var a = Bind(fname, args, kw, s_hexArgs, 0, 1);
                return new PyBytes(System.Text.Encoding.Latin1.GetBytes(Hexlify(Buffer(a[0]!), a[1], a[2])));
            });
        }
        foreach (var name in new[] { "a2b_hex", "unhexlify" })
        {
            string fname = name;
            m.AddFunction(fname, (self, args, kw) => new PyBytes(A2bHex(Ascii(MethO(fname, args, kw)))));
        }
        m.AddFunction("a2b_qp", (self, args, kw) =>
        {
            var a = Bind("a2b_qp", args, kw, s_qpDecode, 0, 1);
            return PyBytes.FromSpan(A2bQp(Ascii(a[0]!), a[1] is { } h && Flag(h)));
        });
        m.AddFunction("b2a_qp", (self, args, kw) =>
        {
            var a = Bind("b2a_qp", args, kw, s_qpEncode, 0, 1);
            return PyBytes.FromSpan(B2aQp(Buffer(a[0]!), a[1] is { } q && Flag(q), a[2] is not { } t || Flag(t), a[3] is { } h && Flag(h)));
        });
        return m;
    }

    private static readonly string[] s_dataBacktick = ["data", "backtick"], s_dataStrict = ["data", "strict_mode"],
        s_dataNewline = ["data", "newline"], s_hexArgs = ["data", "sep", "bytes_per_sep"],
        s_qpDecode = ["data", "header"], s_qpEncode = ["data", "quotetabs", "istext", "header"];

    /// <summary>Clinic binding; parameters after the first <paramref name="posOnly"/> that are keyword-only when
    /// <paramref name="posOnly"/> is 1 and the signature has a bare <c>*</c>.</summary>
    private static PyObject?[] Bind(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, string[] names, int posOnly, int required)
    {
        var slots = new PyObject?[names.Length];
        bool kwOnlyRest = posOnly == 1 && names.Length == 2 && names[1] is "backtick" or "strict_mode" or "newline";
        ArgBinder.Bind(name, args, kw, names, posOnly, kwOnlyRest ? 1 : names.Length, required, slots);
        return slots;
    }

    /// <summary>A METH_O function's single argument, with the module-qualified name CPython 3.11 reports.</summary>
    private static PyObject MethO(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NoKeywords(name, kw);
        if (args.Length != 1) throw PyErr.TypeError($"binascii.{name}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    internal static void NoKeywords(string name, PyTuple? kw, string module = "binascii")
    {
        if (kw is { Count: > 0 }) throw PyErr.TypeError($"{module}.{name}() takes no keyword arguments");
    }

    /// <summary>_Py_strhex_bytes_with_sep: like bytes.hex, but any one-byte separator (a str one up to U+00FF).</summary>
    private static string Hexlify(ReadOnlySpan<byte> data, PyObject? sepObj, PyObject? perSepObj)
    {
        int perSep = 1;
        if (perSepObj is not null)
        {
            if (perSepObj is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            var i = Ops.Index(perSepObj);
            if (i.IsBig || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
            perSep = (int)i.Small;
        }
        if (sepObj is null) return ByteSeq.Hex(data, -1, perSep);
        if (Ops.Len(sepObj) != 1) throw PyErr.ValueError("sep must be length 1.");
        int c = sepObj is PyStr ss ? ss.CodePointAt(0) : Buffers.Get(sepObj)[0];
        if (c > 255) throw PyErr.ValueError("sep must be ASCII.");
        return ByteSeq.Hex(data, c, perSep);
    }

    /// <summary>bool(accept={int}): an int's truth ("'str' object cannot be interpreted as an integer").</summary>
    private static bool Flag(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (i.IsBig) throw PyErr.OverflowError("Python int too large to convert to C int");
        return i.Small != 0;
    }

    /// <summary>unsigned_int(bitwise=True): the low 32 bits of any int.</summary>
    internal static uint UIntMask(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (!i.IsBig) return (uint)i.Small;
        return (uint)(ulong)(i.ToBigInteger() & uint.MaxValue);
    }

    /// <summary>A Py_buffer argument: "a bytes-like object is required, not 'str'".</summary>
    internal static ReadOnlySpan<byte> Buffer(PyObject o) => Buffers.Get(o);

    /// <summary>ascii_buffer_converter: an ASCII str or a bytes-like object.</summary>
    private static ReadOnlySpan<byte> Ascii(PyObject o)
    {
        if (o is PyStr s)
        {
            string v = s.Value;
            var b = new byte[v.Length];
            for (int i = 0; i < v.Length; i++)
            {
                if (v[i] > 127) throw PyErr.ValueError("string argument should contain only ASCII characters");
                b[i] = (byte)v[i];
            }
            return b;
        }
        if (!Buffers.TryGet(o, out var span))
            throw PyErr.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'");
        return span;
    }
}
