namespace Krait.Runtime;

// int(x=0, /, base=10) (long_new_impl) and PyNumber_Long.
public partial class PyInt
{
    private static PyObject NewInt(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[2];
        ArgBinder.Bind("int", args, kw, ["x", "base"], 1, 2, 0, v);
        PyObject? x = v[0], baseArg = v[1];
        PyInt value;
        if (x is null)
        {
            if (baseArg is not null) throw PyErr.TypeError("int() missing string argument");
            value = FromLong(0);
        }
        else if (baseArg is not null)
        {
            long b = Ops.AsSsize(baseArg);
            if ((b != 0 && b < 2) || b > 36) throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
            if (x is PyStr s) value = IntParser.ParseStr(s, (int)b);
            else if (x is PyBytes by) value = IntParser.ParseBytes(by, (int)b);
            else if (x is PyByteArray ba) value = IntParser.ParseBytes(new PyBytes(ba.AsSpan().ToArray()), (int)b);
            else throw PyErr.TypeError("int() can't convert non-string with explicit base");
        }
        else value = FromNumber(x);
        if (ReferenceEquals(type, PyType.IntType)) return value;
        return new PyIntSubclass(type, value.ToBigInteger());
    }

    /// <summary>PyNumber_Long: __int__, __index__, __trunc__, then str/bytes parsing in base 10.</summary>
    internal static PyInt FromNumber(PyObject o)
    {
        if (o is PyInt i && ReferenceEquals(o.Type, PyType.IntType)) return i;
        if (o.Type.Int is { } f)
        {
            var r = f(o);
            if (r is not PyInt ri) throw PyErr.TypeError($"__int__ returned non-int (type {r.Type.Name})");
            if (!ReferenceEquals(r.Type, PyType.IntType))
                WarningsModule.Warn(PyExc.DeprecationWarning, $"__int__ returned non-int (type {r.Type.Name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
            return Exact(ri);
        }
        if (o.Type.Index is not null) return Exact(Ops.Index(o));
        if (Ops.LookupSpecial(o, "__trunc__") is { } trunc)
        {
            WarningsModule.Warn(PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.");
            var r = Ops.Call(trunc, []);
            if (r is PyInt ti) return Exact(ti);
            if (r.Type.Index is null) throw PyErr.TypeError($"__trunc__ returned non-Integral (type {r.Type.Name})");
            return Exact(Ops.Index(r));
        }
        if (o is PyStr s) return IntParser.ParseStr(s, 10);
        if (o is PyBytes b) return IntParser.ParseBytes(b, 10);
        // bytearray and any other buffer (memoryview, array) parse as a copy of their bytes, as CPython does.
        if (Buffers.TryGetAny(o, out var span)) return IntParser.ParseBytes(new PyBytes(span.ToArray()), 10);
        throw PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{o.Type.Name}'");
    }

    internal static PythonException InvalidLiteral(PyObject s, int b)
    {
        string r = Ops.Repr(s).Value;
        if (r.Length > 200) r = r[..200]; // %.200R
        return PyErr.ValueError($"invalid literal for int() with base {b}: {r}");
    }
}
