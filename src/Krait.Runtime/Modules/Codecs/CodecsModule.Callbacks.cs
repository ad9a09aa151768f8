namespace Krait.Runtime;

// Calling an error handler from the codecs written here (charmap, the escape codecs, utf-7) and from the
// runtime's native codecs for handlers registered with register_error.
public static partial class CodecsModule
{
    internal static PythonException EncodeError(string encoding, PyStr s, long start, long end, string reason) =>
        new((PyBaseException)Ops.Call(PyExc.UnicodeEncodeError, [new PyStr(encoding), s, PyInt.FromLong(start), PyInt.FromLong(end), new PyStr(reason)]));

    internal static PythonException DecodeError(string encoding, PyObject data, long start, long end, string reason) =>
        new((PyBaseException)Ops.Call(PyExc.UnicodeDecodeError, [new PyStr(encoding), data, PyInt.FromLong(start), PyInt.FromLong(end), new PyStr(reason)]));

    /// <summary>Runs the handler for an unencodable range: its replacement (str or bytes) and where to resume.</summary>
    internal static (PyObject Replacement, int NewPos) EncodeCallback(string errors, string encoding, PyStr s, int start, int end, string reason)
    {
        var exc = EncodeError(encoding, s, start, end, reason);
        if (errors == "strict") throw exc;
        var handler = LookupError(errors);
        var r = Ops.Call(handler, [exc.Value]);
        if (r is not PyTuple t || t.Count != 2 || t[0] is not (PyStr or PyBytes) || t[1] is not PyInt)
            throw PyErr.TypeError("encoding error handler must return (str/bytes, int) tuple");
        return (t[0], NewPosition(t[1], s.Length));
    }

    /// <summary>Runs the handler for an undecodable range: its replacement text and where to resume.</summary>
    internal static (string Replacement, int NewPos) DecodeCallback(string errors, string encoding, PyObject data, int length, int start, int end, string reason)
    {
        var exc = DecodeError(encoding, data, start, end, reason);
        if (errors == "strict") throw exc;
        var handler = LookupError(errors);
        var r = Ops.Call(handler, [exc.Value]);
        if (r is not PyTuple t || t.Count != 2 || t[0] is not PyStr rs || t[1] is not PyInt)
            throw PyErr.TypeError("decoding error handler must return (str, int) tuple");
        // The handler may have replaced exc.object (CPython re-reads it); the length is what matters here.
        return (rs.Value, NewPosition(t[1], length));
    }

    internal static string CpToString(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    private static int NewPosition(PyObject pos, int length)
    {
        long p = Ops.AsSsize(pos);
        if (p < 0) p += length;
        if (p < 0 || p > length) throw PyErr.IndexError($"position {Ops.AsSsize(pos)} from error handler out of bounds");
        return (int)p;
    }

    /// <summary>A register_error handler applied by a native encoder: appends its replacement (bytes as they are,
    /// str through <paramref name="write"/>) and returns the position to resume at.</summary>
    internal static int CustomEncode(PyObject handler, Codec codec, PyStr s, int start, int end, string reason,
        List<byte> outp, Action<List<byte>, int> write)
    {
        var exc = CodecErrors.EncodeError(codec, s, start, end, reason);
        var r = Ops.Call(handler, [exc.Value]);
        if (r is not PyTuple t || t.Count != 2 || t[0] is not (PyStr or PyBytes) || t[1] is not PyInt)
            throw PyErr.TypeError("encoding error handler must return (str/bytes, int) tuple");
        if (t[0] is PyBytes b) outp.AddRange(b.Value);
        else
        {
            var rs = (PyStr)t[0];
            for (int i = 0; i < rs.Length; i++)
            {
                int cp = rs.CodePointAt(i);
                if (cp >= 0x80 && codec is Codec.Ascii or Codec.Latin1 or Codec.Utf8 or Codec.Utf8Sig
                    && !(codec == Codec.Latin1 && cp < 0x100))
                    throw CodecErrors.EncodeError(codec, s, start, end, reason);
                write(outp, cp);
            }
        }
        return NewPosition(t[1], s.Length);
    }

    /// <summary>A register_error handler applied by a native decoder.</summary>
    internal static int CustomDecode(PyObject handler, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason,
        System.Text.StringBuilder sb)
    {
        var (rep, pos) = CallDecodeHandler(handler, encoding, data, start, end, reason);
        sb.Append(rep);
        return pos;
    }

    private static (string, int) CallDecodeHandler(PyObject handler, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason)
    {
        var exc = CodecErrors.DecodeError(encoding, data, start, end, reason);
        var r = Ops.Call(handler, [exc.Value]);
        if (r is not PyTuple t || t.Count != 2 || t[0] is not PyStr rs || t[1] is not PyInt)
            throw PyErr.TypeError("decoding error handler must return (str, int) tuple");
        return (rs.Value, NewPosition(t[1], data.Length));
    }
}
