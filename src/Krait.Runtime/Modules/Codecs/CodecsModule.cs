namespace Krait.Runtime;

/// <summary>The _codecs module (CPython's Modules/_codecsmodule.c and Python/codecs.c): the codec registry
/// (search functions, the look-up cache, error handlers) and the encoder/decoder functions that
/// <c>encodings/*.py</c> call, on top of the runtime's native codecs.</summary>
public static partial class CodecsModule
{
    private static readonly List<PyObject> s_searchFunctions = [];
    private static readonly PyDict s_cache = new();
    private static readonly PyDict s_errorHandlers = new();
    private static bool s_encodingsImported;

    public static PyModule Create()
    {
        var m = new PyModule("_codecs", null);
        m.AddFunction("register", (self, args, kw) =>
        {
            var f = ArgBinder.One("_codecs.register", args, kw);
            if (f.Type.Call is null) throw PyErr.TypeError("argument must be callable");
            EnsureEncodings();
            s_searchFunctions.Add(f);
            return PyNone.Instance;
        });
        m.AddFunction("unregister", (self, args, kw) =>
        {
            var f = ArgBinder.One("_codecs.unregister", args, kw);
            int i = s_searchFunctions.FindIndex(x => ReferenceEquals(x, f));
            if (i >= 0)
            {
                s_searchFunctions.RemoveAt(i);
                s_cache.Clear();
            }
            return PyNone.Instance;
        });
        m.AddFunction("lookup", (self, args, kw) =>
        {
            var e = ArgBinder.One("_codecs.lookup", args, kw);
            if (e is not PyStr s) throw PyErr.TypeError($"lookup() argument must be str, not {e.Type.Name}");
            return Lookup(s.Value);
        });
        m.AddFunction("encode", (self, args, kw) =>
        {
            var v = Bind("encode", args, kw, ["obj", "encoding", "errors"], 1);
            string enc = v[1] is null ? "utf-8" : StrArg("encode", "encoding", 2, v[1]!);
            string err = v[2] is null ? "strict" : StrArg("encode", "errors", 3, v[2]!);
            return CallCodec(v[0]!, enc, err, encode: true);
        });
        m.AddFunction("decode", (self, args, kw) =>
        {
            var v = Bind("decode", args, kw, ["obj", "encoding", "errors"], 1);
            string enc = v[1] is null ? "utf-8" : StrArg("decode", "encoding", 2, v[1]!);
            string err = v[2] is null ? "strict" : StrArg("decode", "errors", 3, v[2]!);
            return CallCodec(v[0]!, enc, err, encode: false);
        });
        m.AddFunction("register_error", (self, args, kw) =>
        {
            ArgBinder.Positional("register_error", args, kw, 2, 2);
            string name = StrArg("register_error", "1", 1, args[0]);
            if (args[1].Type.Call is null) throw PyErr.TypeError("handler must be callable");
            s_errorHandlers.SetItem(new PyStr(name), args[1]);
            return PyNone.Instance;
        });
        m.AddFunction("lookup_error", (self, args, kw) =>
        {
            var n = ArgBinder.One("_codecs.lookup_error", args, kw);
            return LookupError(StrArg("lookup_error", "1", 1, n));
        });
        AddNativeCodecs(m);
        AddCharmap(m);
        AddEscapes(m);
        AddUtf7(m);
        return m;
    }

    private static PyObject?[] Bind(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, string[] names, int required)
    {
        var v = new PyObject?[names.Length];
        ArgBinder.Bind(name, args, kw, names, 0, names.Length, required, v);
        return v;
    }

    /// <summary>A str argument with Argument Clinic's message ("f() argument 2 must be str, not int").</summary>
    internal static string StrArg(string fname, string argName, int pos, PyObject o)
    {
        if (o is PyStr s) return s.Value;
        string which = char.IsDigit(argName[0]) ? argName : $"'{argName}'";
        throw PyErr.TypeError($"{fname}() argument {which} must be str, not {o.Type.Name}");
    }

    /// <summary>The errors argument of the codec functions: str or None (None means strict).</summary>
    internal static string ErrorsArg(string fname, ReadOnlySpan<PyObject> args, int index)
    {
        if (args.Length <= index || args[index] is PyNone) return "strict";
        if (args[index] is PyStr s) return s.Value;
        throw PyErr.TypeError($"{fname}() argument {index + 1} must be str or None, not {args[index].Type.Name}");
    }

    /// <summary>_PyCodec_Lookup: the cached CodecInfo of a normalised encoding name, asking the search
    /// functions (after importing <c>encodings</c>, which registers the standard one) on a miss.</summary>
    public static PyObject Lookup(string encoding)
    {
        EnsureEncodings();
        var key = new PyStr(Normalized(encoding));
        if (s_cache.GetItem(key) is { } hit) return hit;
        foreach (var f in s_searchFunctions.ToArray())
        {
            var r = Ops.Call(f, [key]);
            if (r is PyNone) continue;
            if (r is not PyTuple t || t.Count != 4) throw PyErr.TypeError("codec search functions must return 4-tuples");
            s_cache.SetItem(key, r);
            return r;
        }
        throw PyErr.New(PyExc.LookupError, $"unknown encoding: {encoding}");
    }

    private static string Normalized(string encoding)
    {
        if (encoding.Contains('\0')) throw PyErr.ValueError("embedded null character");
        return CodecNames.Normalize(encoding);
    }

    private static void EnsureEncodings()
    {
        if (s_encodingsImported) return;
        s_encodingsImported = true;
        Importer.ImportModuleLevel(new PyStr("encodings"), null, null, 0);
    }

    /// <summary>_PyCodec_Encode/_PyCodec_Decode: looks up the codec and calls its encoder or decoder.</summary>
    internal static PyObject CallCodec(PyObject obj, string encoding, string errors, bool encode) =>
        CallCodecRaw(Lookup(encoding), obj, encoding, errors, encode);

    private static PyObject CallCodecRaw(PyObject info, PyObject obj, string encoding, string errors, bool encode)
    {
        var fn = ((PyTuple)info)[encode ? 0 : 1];
        PyObject r;
        try
        {
            r = Ops.Call(fn, [obj, new PyStr(errors)]);
        }
        catch (PythonException e) when (Wrappable(e))
        {
            // wrap_codec_error: the same exception type, naming the codec, chained to the original.
            var exc = e.Value;
            string msg = $"{(encode ? "encoding" : "decoding")} with '{encoding}' codec failed ({exc.Type.Name}: {Ops.Str(exc).Value})";
            var wrapped = PyErr.Make(exc.Type, msg);
            wrapped.Cause = exc;
            wrapped.SuppressContext = true;
            throw new PythonException(wrapped);
        }
        if (r is not PyTuple t || t.Count != 2)
            throw PyErr.TypeError(encode ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
        return t[0];
    }

    /// <summary>_PyErr_TrySetFromCause wraps only exceptions of a plain type with plain arguments.</summary>
    private static bool Wrappable(PythonException e)
    {
        var exc = e.Value;
        if (exc.Type.IsSubtype(PyExc.UnicodeError)) return false;
        if (!ReferenceEquals(exc.Type, PyExc.TypeError) && !ReferenceEquals(exc.Type, PyExc.ValueError)
            && !ReferenceEquals(exc.Type, PyExc.LookupError) && !ReferenceEquals(exc.Type, PyExc.AttributeError)) return false;
        return exc.Dict is null || exc.Dict.Count == 0;
    }

    /// <summary>str.encode / bytes.decode for an encoding Krait has no native codec for: through the registry,
    /// refusing codecs that don't produce bytes (or str).</summary>
    internal static PyObject RegistryEncode(PyStr s, string encoding, string errors)
    {
        var info = Lookup(encoding);
        CheckTextEncoding(info, encoding, true);
        var r = CallCodecRaw(info, s, encoding, errors, true);
        if (r is not PyBytes)
        {
            if (r is PyByteArray ba) return new PyBytes(ba.AsSpan().ToArray());
            throw PyErr.TypeError($"'{encoding}' encoder returned '{r.Type.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        return r;
    }

    internal static PyObject RegistryDecode(PyObject data, string encoding, string errors)
    {
        var info = Lookup(encoding);
        CheckTextEncoding(info, encoding, false);
        var r = CallCodecRaw(info, data, encoding, errors, false);
        if (r is not PyStr)
            throw PyErr.TypeError($"'{encoding}' decoder returned '{r.Type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        return r;
    }

    private static void CheckTextEncoding(PyObject info, string encoding, bool encode)
    {
        var flag = Ops.TryGetAttr(info, PyStr.Intern("_is_text_encoding"));
        if (flag is not null && !Ops.IsTrue(flag))
            throw PyErr.New(PyExc.LookupError, $"'{encoding}' is not a text encoding; use codecs.{(encode ? "encode" : "decode")}() to handle arbitrary codecs");
    }

}
