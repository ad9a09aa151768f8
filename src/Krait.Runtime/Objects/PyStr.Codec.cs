namespace Krait.Runtime;

// str(object, encoding, errors) and str.encode: the bridge to Codecs.
public partial class PyStr
{
    private static readonly string[] s_newNames = ["object", "encoding", "errors"];
    private static readonly string[] s_encodeNames = ["encoding", "errors"];

    private static PyObject NewStr(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        PyStr s;
        if (args.Length == 1 && kw is null) s = Ops.Str(args[0]);
        else
        {
            Span<PyObject?> a = new PyObject?[3];
            ArgBinder.Bind("str", args, kw, s_newNames, 0, 3, 0, a);
            if (a[1] is null && a[2] is null) s = a[0] is null ? Empty : Ops.Str(a[0]!);
            else
            {
                string encoding = a[1] is null ? "utf-8" : NameArg("str", "encoding", a[1]!);
                string errors = a[2] is null ? "strict" : NameArg("str", "errors", a[2]!);
                s = a[0] is null ? Empty : DecodeObject(a[0]!, encoding, errors);
            }
        }
        return ReferenceEquals(type, PyType.StrType) ? s : new PyStrSubclass(type, s.Value);
    }

    /// <summary>"f() argument 'name' must be str, not int".</summary>
    private static string NameArg(string fname, string name, PyObject o) =>
        o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument '{name}' must be str, not {ClinicTypeName(o)}");

    /// <summary>str(obj, encoding, errors): obj must be bytes-like.</summary>
    private static PyStr DecodeObject(PyObject o, string encoding, string errors)
    {
        if (o is PyStr) throw PyErr.TypeError("decoding str is not supported");
        if (o is PyBytes b) return Codecs.Decode(b.Value, encoding, errors);
        throw PyErr.TypeError($"decoding to str: need a bytes-like object, {o.Type.Name} found");
    }

    private static PyObject Encode(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        string encoding = "utf-8", errors = "strict";
        if (args.Length > 0)
        {
            Span<PyObject?> a = new PyObject?[2];
            ArgBinder.Bind("encode", args, kw, s_encodeNames, 0, 2, 0, a);
            if (a[0] is not null) encoding = NameArg("encode", "encoding", a[0]!);
            if (a[1] is not null) errors = NameArg("encode", "errors", a[1]!);
        }
        return new PyBytes(Codecs.Encode(Self(self), encoding, errors));
    }
}
