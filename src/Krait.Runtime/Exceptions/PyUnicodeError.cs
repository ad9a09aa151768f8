namespace Krait.Runtime;

/// <summary>UnicodeDecodeError(encoding, object, start, end, reason), UnicodeEncodeError(encoding, object,
/// start, end, reason) and UnicodeTranslateError(object, start, end, reason), with their attributes and
/// CPython's messages (Objects/exceptions.c). UnicodeError itself is a plain exception.</summary>
public sealed class PyUnicodeError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public enum Kind { Decode, Encode, Translate }

    public PyObject? Encoding, Object, Reason;
    public long Start, End;

    internal static void InitType(PyType t, Kind kind)
    {
        t.New = (type, args, kw) => new PyUnicodeError(type, ArgsOf(args, kw));
        t.Init = (self, args, kw) =>
        {
            NoKeywords(self, kw);
            var e = (PyUnicodeError)self;
            e.Args = ArgsOf(args, kw);
            int expected = kind == Kind.Translate ? 4 : 5;
            if (args.Length != expected) throw PyErr.TypeError($"function takes exactly {expected} arguments ({args.Length} given)");
            int i = 0;
            if (kind != Kind.Translate) e.Encoding = Str(args[i++], 1);
            if (kind == Kind.Decode)
            {
                if (args[i] is not PyBytes) throw PyErr.TypeError($"a bytes-like object is required, not '{args[i].Type.Name}'");
                e.Object = args[i++];
            }
            else e.Object = Str(args[i++], i);
            e.Start = Ops.AsSsize(args[i++]);
            e.End = Ops.AsSsize(args[i++]);
            e.Reason = Str(args[i], i + 1);
        };
        t.Str = o => new PyStr(((PyUnicodeError)o).Message(kind));
        if (kind != Kind.Translate) GetSet(t, "encoding", o => Field(((PyUnicodeError)o).Encoding, "encoding"), (o, v) => ((PyUnicodeError)o).Encoding = v);
        GetSet(t, "object", o => Field(((PyUnicodeError)o).Object, "object"), (o, v) => ((PyUnicodeError)o).Object = v);
        GetSet(t, "reason", o => Field(((PyUnicodeError)o).Reason, "reason"), (o, v) => ((PyUnicodeError)o).Reason = v);
        GetSet(t, "start", o => PyInt.FromLong(((PyUnicodeError)o).Start), (o, v) =>
            ((PyUnicodeError)o).Start = v is null ? throw PyErr.TypeError("can't delete numeric/char attribute") : Ops.AsSsize(v));
        GetSet(t, "end", o => PyInt.FromLong(((PyUnicodeError)o).End), (o, v) =>
            ((PyUnicodeError)o).End = v is null ? throw PyErr.TypeError("can't delete numeric/char attribute") : Ops.AsSsize(v));
    }

    private static PyObject Str(PyObject o, int position) =>
        o is PyStr ? o : throw PyErr.TypeError($"argument {position} must be str, not {o.Type.Name}");

    private static PyObject Field(PyObject? v, string name) =>
        v ?? throw PyErr.TypeError($"{name} attribute not set");

    private string Message(Kind kind)
    {
        // Not initialised (created by __new__ alone).
        if (Object is null) return "";
        string reason = Ops.Str(Reason ?? PyNone.Instance).Value;
        string encoding = kind == Kind.Translate ? "" : Ops.Str(Encoding ?? PyNone.Instance).Value;
        switch (kind)
        {
            case Kind.Decode:
            {
                byte[] bytes = (Object as PyBytes)?.Value ?? [];
                if (Start >= 0 && Start < bytes.Length && End == Start + 1)
                    return $"'{encoding}' codec can't decode byte 0x{bytes[Start]:x2} in position {Start}: {reason}";
                return $"'{encoding}' codec can't decode bytes in position {Start}-{End - 1}: {reason}";
            }
            default:
            {
                var s = Object as PyStr;
                string what = kind == Kind.Encode ? $"'{encoding}' codec can't encode" : "can't translate";
                if (s is not null && Start >= 0 && Start < s.Length && End == Start + 1)
                {
                    int c = s.CodePointAt((int)Start);
                    string ch = c <= 0xFF ? $"\\x{c:x2}" : c <= 0xFFFF ? $"\\u{c:x4}" : $"\\U{c:x8}";
                    return $"{what} character '{ch}' in position {Start}: {reason}";
                }
                return $"{what} characters in position {Start}-{End - 1}: {reason}";
            }
        }
    }
}
