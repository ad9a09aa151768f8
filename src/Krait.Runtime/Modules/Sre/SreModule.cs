namespace Krait.Runtime;

/// <summary>The _sre module (CPython's Modules/_sre/sre.c): the regular-expression engine behind re.</summary>
public static class SreModule
{
    private static readonly string[] s_compileArgs = ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"];

    public static PyModule Create()
    {
        var m = new PyModule("_sre");
        m.Add("MAGIC", PyInt.FromLong(SreOp.MAGIC));
        m.Add("CODESIZE", PyInt.FromLong(4));
        m.Add("MAXREPEAT", PyInt.FromLong(SreOp.MAXREPEAT));
        m.Add("MAXGROUPS", PyInt.FromLong(SreOp.MAXGROUPS));
        m.Add("copyright", new PyStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        m.AddFunction("getcodesize", (self, args, kw) =>
        {
            ArgBinder.None("getcodesize", args, kw);
            return PyInt.FromLong(4);
        });
        m.AddFunction("ascii_iscased", (self, args, kw) =>
        {
            int ch = CharArg("_sre.ascii_iscased", args, kw);
            return PyBool.From(ch < 128 && (uint)((ch | 0x20) - 'a') <= 25);
        });
        m.AddFunction("unicode_iscased", (self, args, kw) =>
        {
            int ch = CharArg("_sre.unicode_iscased", args, kw);
            return PyBool.From(ch != SreChars.LowerUnicode(ch) || ch != SreChars.UpperUnicode(ch));
        });
        m.AddFunction("ascii_tolower", (self, args, kw) =>
            PyInt.FromLong(SreChars.LowerAscii(CharArg("_sre.ascii_tolower", args, kw))));
        m.AddFunction("unicode_tolower", (self, args, kw) =>
            PyInt.FromLong(SreChars.LowerUnicode(CharArg("_sre.unicode_tolower", args, kw))));
        m.AddFunction("compile", (self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[6];
            ArgBinder.Bind("compile", args, kw, s_compileArgs, 0, 6, 6, a);
            return Compile(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!);
        });
        return m;
    }

    /// <summary>Argument Clinic's Py_ssize_t converter: __index__, then "Python int too large to convert to C ssize_t".</summary>
    internal static long Ssize(PyObject o)
    {
        if (o is not PyInt i)
        {
            var index = o.Type.Index ?? throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
            i = (PyInt)index(o);
        }
        if (i.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>An <c>int</c> argument of a METH_O function.</summary>
    private static int CharArg(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var o = ArgBinder.One(name, args, kw);
        long v = Ops.AsSsize(o, PyExc.OverflowError);
        if (v < int.MinValue || v > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)v;
    }

    private static PyObject Compile(PyObject pattern, PyObject flagsObj, PyObject codeObj, PyObject groupsObj, PyObject groupIndex, PyObject indexGroup)
    {
        long flags = Ops.AsSsize(flagsObj, PyExc.OverflowError);
        if (flags < int.MinValue || flags > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        if (codeObj is not PyList codeList) throw PyErr.TypeError($"compile() argument 'code' must be list, not {codeObj.Type.Name}");
        long groups = Ssize(groupsObj);
        if (groupIndex is not PyDict gi) throw PyErr.TypeError($"compile() argument 'groupindex' must be dict, not {groupIndex.Type.Name}");
        if (indexGroup is not PyTuple ig) throw PyErr.TypeError($"compile() argument 'indexgroup' must be tuple, not {indexGroup.Type.Name}");

        var code = new uint[codeList.Count];
        for (int i = 0; i < code.Length; i++)
        {
            // anything that is not an int in 0..2**32-1 ends as CPython's overflow message
            if (codeList[i] is not PyInt v || v.IsBig || v.Small < 0 || v.Small > uint.MaxValue)
                throw PyErr.OverflowError("regular expression code size limit exceeded");
            code[i] = (uint)v.Small;
        }

        int isBytes = pattern is PyNone ? -1 : SreStrings.IsBytesLike(pattern) ? 1 : 0;
        if (groups < 0 || groups > SreOp.MAXGROUPS) throw PyErr.RuntimeError("invalid SRE code");
        SreValidator.Validate(code, (int)groups);
        var groupIndexCopy = gi.Count > 0 ? CopyDict(gi) : null;
        var indexGroupKept = ig.Count > 0 ? ig : null;
        return new PyPattern(pattern, (int)flags, code, (int)groups, groupIndexCopy, indexGroupKept, isBytes);
    }

    private static PyDict CopyDict(PyDict d)
    {
        var copy = new PyDict();
        foreach (var (k, v) in d.Items()) copy.SetItem(k, v);
        return copy;
    }
}
