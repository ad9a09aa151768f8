namespace Krait.Runtime;

/// <summary>The _operator module (CPython's Modules/_operator.c): the operators as functions, on top of the
/// runtime's abstract operations so that results and messages are the interpreter's own.</summary>
public static class OperatorModule
{
    private const string Doc = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

    public static PyModule Create()
    {
        var m = new PyModule("_operator", Doc);
        Binary(m, "add", NumberOp.Add); Binary(m, "sub", NumberOp.Subtract); Binary(m, "mul", NumberOp.Multiply);
        Binary(m, "matmul", NumberOp.MatMul); Binary(m, "floordiv", NumberOp.FloorDivide);
        Binary(m, "truediv", NumberOp.TrueDivide); Binary(m, "mod", NumberOp.Remainder);
        Binary(m, "lshift", NumberOp.LShift); Binary(m, "rshift", NumberOp.RShift); Binary(m, "and_", NumberOp.And);
        Binary(m, "xor", NumberOp.Xor); Binary(m, "or_", NumberOp.Or); Binary(m, "pow", NumberOp.Power);
        InPlace(m, "iadd", NumberOp.Add); InPlace(m, "isub", NumberOp.Subtract); InPlace(m, "imul", NumberOp.Multiply);
        InPlace(m, "imatmul", NumberOp.MatMul); InPlace(m, "ifloordiv", NumberOp.FloorDivide);
        InPlace(m, "itruediv", NumberOp.TrueDivide); InPlace(m, "imod", NumberOp.Remainder);
        InPlace(m, "ilshift", NumberOp.LShift); InPlace(m, "irshift", NumberOp.RShift); InPlace(m, "iand", NumberOp.And);
        InPlace(m, "ixor", NumberOp.Xor); InPlace(m, "ior", NumberOp.Or); InPlace(m, "ipow", NumberOp.Power);
        Compare(m, "lt", CompareOp.Lt); Compare(m, "le", CompareOp.Le); Compare(m, "eq", CompareOp.Eq);
        Compare(m, "ne", CompareOp.Ne); Compare(m, "gt", CompareOp.Gt); Compare(m, "ge", CompareOp.Ge);
        Unary(m, "neg", Ops.Negative); Unary(m, "pos", Ops.Positive); Unary(m, "abs", Ops.Absolute);
        Unary(m, "inv", Ops.Invert); Unary(m, "invert", Ops.Invert);
        Unary(m, "not_", o => PyBool.From(!Ops.IsTrue(o)));
        Unary(m, "truth", o => PyBool.From(Ops.IsTrue(o)));
        Unary(m, "index", o => Ops.Index(o));
        Two(m, "is_", (a, b) => PyBool.From(ReferenceEquals(a, b)));
        Two(m, "is_not", (a, b) => PyBool.From(!ReferenceEquals(a, b)));
        Two(m, "contains", (a, b) => PyBool.From(Ops.Contains(a, b)));
        Two(m, "countOf", (a, b) => PyInt.FromLong(Search(a, b, count: true)));
        Two(m, "indexOf", (a, b) => PyInt.FromLong(Search(a, b, count: false)));
        Two(m, "getitem", Ops.GetItem);
        Two(m, "delitem", (a, b) => { Ops.DelItem(a, b); return PyNone.Instance; });
        Two(m, "concat", Concat);
        Two(m, "iconcat", InPlaceConcat);
        Two(m, "_compare_digest", CompareDigest);
        m.AddFunction("setitem", (self, args, kw) =>
        {
            NoKeywords("setitem", kw);
            ArgBinder.Positional("setitem", args, null, 3, 3);
            Ops.SetItem(args[0], args[1], args[2]);
            return PyNone.Instance;
        });
        m.AddFunction("length_hint", (self, args, kw) =>
        {
            NoKeywords("length_hint", kw);
            ArgBinder.Positional("length_hint", args, null, 1, 2);
            long dflt = args.Length > 1 ? ContainerArgs.Ssize(args[1]) : 0;
            return PyInt.FromLong(ContainerArgs.LengthHint(args[0], dflt));
        });
        m.AddFunction("call", (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos < 1) throw PyErr.TypeError($"call expected at least 1 argument, got {npos}");
            return Ops.Call(args[0], args[1..], kw);
        });
        m.Add("attrgetter", PyAttrGetter.AttrGetterType);
        m.Add("itemgetter", PyItemGetter.ItemGetterType);
        m.Add("methodcaller", PyMethodCaller.MethodCallerType);
        return m;
    }

    /// <summary>Types CPython 3.11 creates with PyType_FromSpec carry __module__ in their dict.</summary>
    internal static void SpecModule(PyType t, string module) => t.TypeDict.SetItem(PyStr.Intern("__module__"), new PyStr(module));

    private static void NoKeywords(string name, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"_operator.{name}() takes no keyword arguments");
    }

    private static void Two(PyModule m, string name, Func<PyObject, PyObject, PyObject> f) =>
        m.AddFunction(name, (self, args, kw) =>
        {
            NoKeywords(name, kw);
            if (args.Length != 2) throw PyErr.TypeError($"{name} expected 2 arguments, got {args.Length}");
            return f(args[0], args[1]);
        });

    private static void Binary(PyModule m, string name, NumberOp op) => Two(m, name, (a, b) => Ops.BinaryOp(a, b, op));

    private static void InPlace(PyModule m, string name, NumberOp op) => Two(m, name, (a, b) => Ops.InPlaceOp(a, b, op));

    private static void Compare(PyModule m, string name, CompareOp op) => Two(m, name, (a, b) => Ops.RichCompare(a, b, op));

    private static void Unary(PyModule m, string name, Func<PyObject, PyObject> f) =>
        m.AddFunction(name, (self, args, kw) => f(ArgBinder.One("_operator." + name, args, kw)));

    /// <summary>PySequence_Check: has item access and is not a dict.</summary>
    internal static bool IsSequence(PyObject o) => o.Type.GetItem is not null && !o.Type.IsSubtype(PyType.DictType);

    /// <summary>PySequence_Concat.</summary>
    private static PyObject Concat(PyObject a, PyObject b)
    {
        if (a.Type.Concat is { } concat) return concat(a, b);
        if (IsSequence(a) && IsSequence(b))
        {
            var r = Ops.BinaryOp1(a, b, (int)NumberOp.Add);
            if (r is not PyNotImplemented) return r;
        }
        throw PyErr.TypeError($"'{a.Type.Name}' object can't be concatenated");
    }

    /// <summary>PySequence_InPlaceConcat.</summary>
    private static PyObject InPlaceConcat(PyObject a, PyObject b)
    {
        if (a.Type.InPlaceConcat is { } ic) return ic(a, b);
        if (a.Type.Concat is { } concat) return concat(a, b);
        if (IsSequence(a) && IsSequence(b))
        {
            if (a.Type.InPlace[(int)NumberOp.Add] is { } islot)
            {
                var x = islot(a, b);
                if (x is not PyNotImplemented) return x;
            }
            var r = Ops.BinaryOp1(a, b, (int)NumberOp.Add);
            if (r is not PyNotImplemented) return r;
        }
        throw PyErr.TypeError($"'{a.Type.Name}' object can't be concatenated");
    }

    /// <summary>_PySequence_IterSearch for countOf (count) and indexOf (first index).</summary>
    private static long Search(PyObject seq, PyObject obj, bool count)
    {
        PyObject it;
        try { it = Ops.GetIter(seq); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
        {
            throw PyErr.TypeError($"argument of type '{seq.Type.Name}' is not iterable");
        }
        long n = 0, i = 0;
        while (Ops.Next(it) is { } item)
        {
            if (ReferenceEquals(item, obj) || Ops.RichCompareBool(item, obj, CompareOp.Eq))
            {
                if (!count) return i;
                n++;
            }
            i++;
        }
        if (!count) throw PyErr.ValueError("sequence.index(x): x not in sequence");
        return n;
    }

    /// <summary>_compare_digest: a comparison whose time depends only on the length of b.</summary>
    private static PyObject CompareDigest(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb)
        {
            if (!IsAscii(sa.Value) || !IsAscii(sb.Value))
                throw PyErr.TypeError("comparing strings with non-ASCII characters is not supported");
            return PyBool.From(TimingSafeEqual(System.Text.Encoding.ASCII.GetBytes(sa.Value), System.Text.Encoding.ASCII.GetBytes(sb.Value)));
        }
        if (!Buffers.Is(a) && !Buffers.Is(b))
            throw PyErr.TypeError($"unsupported operand types(s) or combination of types: '{a.Type.Name}' and '{b.Type.Name}'");
        var va = Buffers.Get(a).ToArray();
        var vb = Buffers.Get(b);
        return PyBool.From(TimingSafeEqual(va, vb));
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s) if (c > 127) return false;
        return true;
    }

    private static bool TimingSafeEqual(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int result = a.Length == b.Length ? 0 : 1;
        var left = a.Length == b.Length ? a : b;
        for (int i = 0; i < b.Length; i++) result |= left[i] ^ b[i];
        return result == 0;
    }
}
