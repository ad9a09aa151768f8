using System.Text;

namespace Krait.Runtime;

// str.maketrans (a static method) and str.translate.
public partial class PyStr
{
    private static PyObject MakeTrans(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ClinicArgs("maketrans", args, kw, 1, 3);
        var table = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict d) throw PyErr.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var (k, val) in d.Items())
            {
                if (k is PyStr ks)
                {
                    if (ks.Length != 1) throw PyErr.ValueError("string keys in translate table must be of length 1");
                    table.SetItem(PyInt.FromLong(ks.CodePointAt(0)), val);
                }
                else if (k is PyInt) table.SetItem(k, val);
                else throw PyErr.TypeError("keys in translate table must be strings or integers");
            }
            return table;
        }
        for (int i = 1; i < args.Length; i++)
            if (args[i] is not PyStr) throw PyErr.TypeError($"maketrans() argument {i + 1} must be str, not {ClinicTypeName(args[i])}");
        if (args[0] is not PyStr x) throw PyErr.TypeError("first maketrans argument must be a string if there is a second argument");
        var y = (PyStr)args[1];
        if (x.Length != y.Length) throw PyErr.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < x.Length; i++) table.SetItem(PyInt.FromLong(x.CodePointAt(i)), PyInt.FromLong(y.CodePointAt(i)));
        if (args.Length == 3)
        {
            var z = (PyStr)args[2];
            for (int i = 0; i < z.Length; i++) table.SetItem(PyInt.FromLong(z.CodePointAt(i)), PyNone.Instance);
        }
        return table;
    }

    private static PyObject Translate(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var table = OneArg("translate", args, kw);
        var s = Self(self);
        string v = s.Value;
        var sb = new StringBuilder(v.Length);
        // Each distinct code point is looked up once (CPython caches the ASCII ones the same way).
        Dictionary<int, string?>? cache = null;
        for (int i = 0; i < v.Length;)
        {
            int cp = Codecs.NextCodePoint(v, ref i);
            cache ??= new Dictionary<int, string?>();
            if (!cache.TryGetValue(cp, out var rep)) cache[cp] = rep = Lookup(table, cp);
            if (rep is null) continue;
            sb.Append(rep);
        }
        return new PyStr(sb.ToString());
    }

    /// <summary>The replacement text of one code point; null deletes it.</summary>
    private static string? Lookup(PyObject table, int cp)
    {
        PyObject r;
        try { r = Ops.GetItem(table, PyInt.FromLong(cp)); }
        catch (PythonException e) when (Interpreter.ExceptionMatches(e.Value, PyExc.LookupError))
        {
            return FromCodePoint(cp);
        }
        switch (r)
        {
            case PyNone: return null;
            case PyStr rs: return rs.Value;
            case PyInt ri:
                if (ri.IsBig || ri.Small < 0 || ri.Small > 0x10FFFF) throw PyErr.ValueError("character mapping must be in range(0x110000)");
                return FromCodePoint((int)ri.Small);
            default: throw PyErr.TypeError("character mapping must return integer, None or str");
        }
    }
}
