namespace Krait.Runtime;

/// <summary>_csv.Dialect: the validated, read-only formatting parameters a reader or writer uses.</summary>
public sealed class PyCsvDialect : PyObject
{
    public static readonly PyType DialectType = PyType.NewBuiltin("_csv.Dialect", PyType.ObjectType, TypeFlags.BaseType, InitType);

    internal const int NotSet = -1;

    internal int Delimiter, QuoteChar, EscapeChar;
    internal bool DoubleQuote, SkipInitialSpace, Strict;
    internal int Quoting;
    internal string LineTerminator = "\r\n";
    private PyDict? _dict;

    private PyCsvDialect(PyType type) : base(type)
    {
        if (type.HasDict) _dict = new PyDict();
    }

    public override PyDict? Dict { get => _dict; set => _dict = _dict is null ? throw PyErr.NoAttribute(this, PyStr.Intern("__dict__")) : value; }

    private static readonly string[] s_keywords =
        ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var v = new PyObject?[9];
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > 9) throw PyErr.TypeError($"function takes at most 9 arguments ({args.Length} given)");
        for (int i = 0; i < npos; i++) v[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string key = ((PyStr)kw![k]).Value;
            int j = Array.IndexOf(s_keywords, key);
            if (j < 0) throw PyErr.TypeError($"'{key}' is an invalid keyword argument for this function");
            if (v[j] is not null) throw PyErr.TypeError($"argument for function given by name ('{key}') and position ({j + 1})");
            v[j] = args[npos + k];
        }
        var dialect = v[0];
        if (dialect is not null)
        {
            if (dialect is PyStr name) dialect = CsvModule.GetDialect(name);
            bool others = false;
            for (int i = 1; i < 9; i++) others |= v[i] is not null;
            if (!others && dialect is PyCsvDialect) return dialect;
            string[] names = ["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];
            for (int i = 1; i < 9; i++)
                v[i] ??= PyBaseObject.TryGetAttrQuiet(dialect, PyStr.Intern(names[i - 1]));
        }
        var d = new PyCsvDialect(type)
        {
            Delimiter = Char("delimiter", v[1], ','),
            DoubleQuote = v[2] is null || Ops.IsTrue(v[2]!),
            EscapeChar = CharOrNone("escapechar", v[3], NotSet),
        };
        if (v[4] is null) d.LineTerminator = "\r\n";
        else if (v[4] is PyNone) d.LineTerminator = null!;
        else d.LineTerminator = (v[4] as PyStr ?? throw PyErr.TypeError("\"lineterminator\" must be a string")).Value;
        d.QuoteChar = CharOrNone("quotechar", v[5], '"');
        if (v[6] is null) d.Quoting = 0;
        else
        {
            if (v[6] is not PyInt q) throw PyErr.TypeError("\"quoting\" must be an integer");
            d.Quoting = q.TryGetLong(out long ql) && ql is >= 0 and <= 3 ? (int)ql : 99;
        }
        d.SkipInitialSpace = v[7] is not null && Ops.IsTrue(v[7]!);
        d.Strict = v[8] is not null && Ops.IsTrue(v[8]!);
        if (d.Quoting > 3) throw PyErr.TypeError("bad \"quoting\" value");
        if (d.Delimiter == NotSet) throw PyErr.TypeError("\"delimiter\" must be a 1-character string");
        if (v[5] is PyNone && v[6] is null) d.Quoting = 3;
        if (d.Quoting != 3 && d.QuoteChar == NotSet) throw PyErr.TypeError("quotechar must be set if quoting enabled");
        if (d.LineTerminator is null) throw PyErr.TypeError("lineterminator must be set");
        return d;
    }

    private static int Char(string name, PyObject? src, int dflt)
    {
        if (src is null) return dflt;
        if (src is not PyStr s) throw PyErr.TypeError($"\"{name}\" must be string, not {src.Type.Name}");
        if (s.Length != 1) throw PyErr.TypeError($"\"{name}\" must be a 1-character string");
        return s.CodePointAt(0);
    }

    private static int CharOrNone(string name, PyObject? src, int dflt)
    {
        if (src is null) return dflt;
        if (src is PyNone) return NotSet;
        if (src is not PyStr s) throw PyErr.TypeError($"\"{name}\" must be string or None, not {src.Type.Name}");
        if (s.Length != 1) throw PyErr.TypeError($"\"{name}\" must be a 1-character string");
        return s.CodePointAt(0);
    }

    private static PyObject CharValue(int c) => c == NotSet ? PyNone.Instance : PyStr.Char(c);

    private static void InitType(PyType t)
    {
        t.New = New;
        static PyCsvDialect D(PyObject o) => (PyCsvDialect)o;
        TypeBuilder.GetSet(t, "delimiter", o => CharValue(D(o).Delimiter), null);
        TypeBuilder.GetSet(t, "doublequote", o => PyBool.From(D(o).DoubleQuote), null);
        TypeBuilder.GetSet(t, "escapechar", o => CharValue(D(o).EscapeChar), null);
        TypeBuilder.GetSet(t, "lineterminator", o => new PyStr(D(o).LineTerminator), null);
        TypeBuilder.GetSet(t, "quotechar", o => CharValue(D(o).QuoteChar), null);
        TypeBuilder.GetSet(t, "quoting", o => PyInt.FromLong(D(o).Quoting), null);
        TypeBuilder.GetSet(t, "skipinitialspace", o => PyBool.From(D(o).SkipInitialSpace), null);
        TypeBuilder.GetSet(t, "strict", o => PyBool.From(D(o).Strict), null);
        ItertoolsModule.Doc(t, "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n");
    }
}
