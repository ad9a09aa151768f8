namespace Krait.Runtime;

/// <summary>The _string module: string.Formatter's view of the str.format parser.</summary>
public static class StringModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_string", "string helper module");
        m.AddFunction("formatter_parser", (self, args, kw) =>
            new PyFormatterIterator(StrArg(ArgBinder.One("formatter_parser", args, kw))));
        m.AddFunction("formatter_field_name_split", (self, args, kw) =>
        {
            var s = StrArg(ArgBinder.One("formatter_field_name_split", args, kw));
            int i = 0, n = s.Length;
            while (i < n && s.CodePointAt(i) is not ('.' or '[')) i++;
            long index = StrFormat.ParseIndex(s, 0, i);
            PyObject first = index == -1 ? new PyStr(s.SubstringCp(0, i)) : PyInt.FromLong(index);
            return PyTuple.Pair(first, new PyFieldNameIterator(s, i));
        });
        return m;
    }

    private static PyStr StrArg(PyObject o) => o as PyStr ?? throw PyErr.TypeError($"expected str, got {o.Type.Name}");
}
