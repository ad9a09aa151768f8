using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// Special-method look-ups that bypass the instance (CPython's _PyObject_LookupSpecial) and format().
public static partial class Ops
{
    /// <summary>The type's attribute <paramref name="name"/> bound to <paramref name="o"/>, or null when the
    /// type has none (the instance dict is not consulted).</summary>
    public static PyObject? LookupSpecial(PyObject o, string name)
    {
        var descr = o.Type.Lookup(PyStr.Intern(name));
        if (descr is null) return null;
        if (descr.Type.DescrGet is { } get) return get(descr, o, o.Type);
        return descr;
    }

    /// <summary>format(value, spec): type(value).__format__(value, spec), which must return a str.</summary>
    public static PyStr Format(PyObject value, PyStr spec)
    {
        if (spec.Value.Length == 0)
        {
            if (ReferenceEquals(value.Type, PyType.StrType)) return Unsafe.As<PyStr>(value);
            if (ReferenceEquals(value.Type, PyType.IntType)) return Str(value);
        }
        // Exact builtins (immutable types) skip the __format__ look-up and bound-method call.
        if (ReferenceEquals(value.Type, PyType.IntType)) return BuiltinFormat.FormatInt((PyInt)value, spec);
        if (ReferenceEquals(value.Type, PyType.FloatType)) return BuiltinFormat.FormatFloat((PyFloat)value, spec);
        if (ReferenceEquals(value.Type, PyType.StrType)) return BuiltinFormat.FormatStr((PyStr)value, spec);
        var meth = LookupSpecial(value, "__format__")
            ?? throw PyErr.TypeError($"Type {value.Type.Name} doesn't define __format__");
        var r = Call(meth, [spec]);
        return r as PyStr ?? throw PyErr.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    /// <summary>ascii(o): repr with non-ASCII characters escaped.</summary>
    public static PyStr Ascii(PyObject o)
    {
        var r = Repr(o);
        var v = r.Value;
        bool ascii = true;
        foreach (char c in v) if (c > 127) { ascii = false; break; }
        if (ascii) return r;
        var sb = new System.Text.StringBuilder(v.Length + 16);
        for (int i = 0; i < r.Length; i++)
        {
            int cp = r.CodePointAt(i);
            if (cp < 128) sb.Append((char)cp);
            else if (cp < 0x100) sb.Append($"\\x{cp:x2}");
            else if (cp < 0x10000) sb.Append($"\\u{cp:x4}");
            else sb.Append($"\\U{cp:x8}");
        }
        return new PyStr(sb.ToString());
    }
}
