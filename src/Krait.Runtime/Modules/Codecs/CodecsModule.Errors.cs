using System.Text;

namespace Krait.Runtime;

// The error-handler registry and the standard handlers as Python callables (Python/codecs.c).
public static partial class CodecsModule
{
    private static readonly string[] s_standardHandlers =
        ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"];

    private static bool s_handlersRegistered;

    /// <summary>PyCodec_LookupError.</summary>
    public static PyObject LookupError(string name)
    {
        RegisterStandardHandlers();
        return s_errorHandlers.GetItem(new PyStr(name)) ?? throw PyErr.New(PyExc.LookupError, $"unknown error handler name '{name}'");
    }

    /// <summary>A handler registered with register_error (not one of the standard ones), or null.</summary>
    internal static PyObject? CustomHandler(string name)
    {
        RegisterStandardHandlers();
        foreach (var h in s_standardHandlers) if (h == name) return null;
        return s_errorHandlers.GetItem(new PyStr(name));
    }

    private static void RegisterStandardHandlers()
    {
        if (s_handlersRegistered) return;
        s_handlersRegistered = true;
        foreach (var h in s_standardHandlers)
        {
            string fname = h is "surrogateescape" or "surrogatepass" ? h : h + "_errors";
            string handler = h;
            var f = new PyBuiltinFunction(fname, (self, args, kw) => StandardHandler(handler, ArgBinder.One(fname, args, kw))) { Module = "_codecs" };
            s_errorHandlers.SetItem(new PyStr(h), f);
        }
    }

    private static bool IsEncodeError(PyObject e) => e.Type.IsSubtype(PyExc.UnicodeEncodeError);
    private static bool IsDecodeError(PyObject e) => e.Type.IsSubtype(PyExc.UnicodeDecodeError);
    private static bool IsTranslateError(PyObject e) => e.Type.IsSubtype(PyExc.UnicodeTranslateError);

    private static long Attr(PyObject e, string name) => Ops.AsSsize(Ops.GetAttr(e, name));

    private static PythonException WrongException(PyObject e) =>
        PyErr.TypeError($"don't know how to handle {e.Type.Name} in error callback");

    /// <summary>The standard handlers: (replacement, resume position) for a UnicodeError instance.</summary>
    private static PyObject StandardHandler(string name, PyObject exc)
    {
        if (name == "strict")
        {
            if (exc is PyBaseException be) throw new PythonException(be);
            throw PyErr.TypeError("codec must pass exception instance");
        }
        bool enc = IsEncodeError(exc), dec = IsDecodeError(exc), tr = IsTranslateError(exc);
        if (!enc && !dec && !tr) throw WrongException(exc);
        long start = Attr(exc, "start"), end = Attr(exc, "end");
        var obj = Ops.GetAttr(exc, "object");
        var sb = new StringBuilder();
        switch (name)
        {
            case "ignore":
                break;
            case "replace":
                if (dec) sb.Append('\uFFFD');
                else for (long i = start; i < end; i++) sb.Append(enc ? '?' : '\uFFFD');
                break;
            case "xmlcharrefreplace":
                if (!enc) throw WrongException(exc);
                for (long i = start; i < end; i++) sb.Append("&#").Append(((PyStr)obj).CodePointAt((int)i)).Append(';');
                break;
            case "backslashreplace":
                if (dec)
                {
                    var data = Buffers.Get(obj);
                    for (long i = start; i < end && i < data.Length; i++) sb.Append("\\x").Append(data[(int)i].ToString("x2"));
                }
                else for (long i = start; i < end; i++) sb.Append(CodecErrors.Backslashed(((PyStr)obj).CodePointAt((int)i)));
                break;
            case "namereplace":
                if (!enc) throw WrongException(exc);
                for (long i = start; i < end; i++)
                {
                    int cp = ((PyStr)obj).CodePointAt((int)i);
                    string? n = UnicodeNames.Name(cp);
                    sb.Append(n is null ? CodecErrors.Backslashed(cp) : $"\\N{{{n}}}");
                }
                break;
            case "surrogateescape":
                return SurrogateEscape(exc, enc, dec, obj, start, end);
            case "surrogatepass":
                return SurrogatePass(exc, enc, dec, obj, start, end);
        }
        return PyTuple.Pair(new PyStr(sb.ToString()), PyInt.FromLong(end));
    }

    private static PyObject SurrogateEscape(PyObject exc, bool enc, bool dec, PyObject obj, long start, long end)
    {
        if (enc)
        {
            var s = (PyStr)obj;
            var bytes = new byte[end - start];
            for (long i = start; i < end; i++)
            {
                int cp = s.CodePointAt((int)i);
                if (cp < 0xDC80 || cp > 0xDCFF) throw new PythonException((PyBaseException)exc);
                bytes[i - start] = (byte)(cp - 0xDC00);
            }
            return PyTuple.Pair(new PyBytes(bytes), PyInt.FromLong(end));
        }
        if (!dec) throw WrongException(exc);
        var data = Buffers.Get(obj);
        var sb = new StringBuilder();
        long consumed = 0;
        while (consumed < 4 && start + consumed < end)
        {
            byte b = data[(int)(start + consumed)];
            if (b < 128) break;
            sb.Append((char)(0xDC00 + b));
            consumed++;
        }
        if (consumed == 0) throw new PythonException((PyBaseException)exc);
        return PyTuple.Pair(new PyStr(sb.ToString()), PyInt.FromLong(start + consumed));
    }

    /// <summary>surrogatepass for the UTF-8, UTF-16 and UTF-32 codecs: lone surrogates written or read as
    /// their code units.</summary>
    private static PyObject SurrogatePass(PyObject exc, bool enc, bool dec, PyObject obj, long start, long end)
    {
        string encoding = Ops.Str(Ops.GetAttr(exc, "encoding")).Value;
        string norm = CodecNames.Normalize(encoding).Replace('-', '_');
        int kind = norm switch
        {
            "utf_8" or "utf8" => 8,
            "utf_16" or "utf_16_le" or "utf_16le" => 16, "utf_16_be" or "utf_16be" => -16,
            "utf_32" or "utf_32_le" or "utf_32le" => 32, "utf_32_be" or "utf_32be" => -32,
            _ => 0,
        };
        if (kind == 0) throw new PythonException((PyBaseException)exc);
        if (enc)
        {
            var s = (PyStr)obj;
            var outp = new List<byte>();
            for (long i = start; i < end; i++)
            {
                int cp = s.CodePointAt((int)i);
                if (cp < 0xD800 || cp > 0xDFFF) throw new PythonException((PyBaseException)exc);
                switch (kind)
                {
                    case 8: outp.Add((byte)(0xE0 | (cp >> 12))); outp.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); outp.Add((byte)(0x80 | (cp & 0x3F))); break;
                    case 16: outp.Add((byte)cp); outp.Add((byte)(cp >> 8)); break;
                    case -16: outp.Add((byte)(cp >> 8)); outp.Add((byte)cp); break;
                    case 32: outp.Add((byte)cp); outp.Add((byte)(cp >> 8)); outp.Add(0); outp.Add(0); break;
                    default: outp.Add(0); outp.Add(0); outp.Add((byte)(cp >> 8)); outp.Add((byte)cp); break;
                }
            }
            return PyTuple.Pair(new PyBytes(outp.ToArray()), PyInt.FromLong(end));
        }
        if (!dec) throw WrongException(exc);
        var data = Buffers.Get(obj);
        int p = (int)start, c;
        int width = Math.Abs(kind) / 8 == 1 ? 3 : Math.Abs(kind) / 8;
        if (data.Length - p < width) throw new PythonException((PyBaseException)exc);
        switch (kind)
        {
            case 8:
                if ((data[p] & 0xF0) != 0xE0 || (data[p + 1] & 0xC0) != 0x80 || (data[p + 2] & 0xC0) != 0x80) c = 0;
                else c = ((data[p] & 0x0F) << 12) | ((data[p + 1] & 0x3F) << 6) | (data[p + 2] & 0x3F);
                break;
            case 16: c = data[p] | (data[p + 1] << 8); break;
            case -16: c = (data[p] << 8) | data[p + 1]; break;
            case 32: c = data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24); break;
            default: c = (data[p] << 24) | (data[p + 1] << 16) | (data[p + 2] << 8) | data[p + 3]; break;
        }
        if (c < 0xD800 || c > 0xDFFF) throw new PythonException((PyBaseException)exc);
        return PyTuple.Pair(new PyStr(((char)c).ToString()), PyInt.FromLong(start + width));
    }
}
