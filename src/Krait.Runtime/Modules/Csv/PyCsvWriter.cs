using System.Text;

namespace Krait.Runtime;

/// <summary>_csv.writer: formats sequences of fields as delimited lines and passes each to the file's write().</summary>
public sealed class PyCsvWriter : PyObject
{
    public static readonly PyType WriterType = PyType.NewBuiltin("_csv.writer", PyType.ObjectType, TypeFlags.None, InitType);

    private readonly PyObject _write;
    internal readonly PyCsvDialect Dialect;
    private readonly StringBuilder _rec = new();
    private int _numFields;

    internal PyCsvWriter(PyObject write, PyCsvDialect dialect) : base(WriterType)
    {
        _write = write;
        Dialect = dialect;
    }

    private static void Append(StringBuilder sb, int c)
    {
        if (c < 0x10000) sb.Append((char)c); else sb.Append(char.ConvertFromUtf32(c));
    }

    /// <summary>join_append: the field, escaped or quoted as the dialect says, after a delimiter.</summary>
    private void JoinAppend(PyStr? field, bool quoted)
    {
        var d = Dialect;
        var body = new StringBuilder();
        if (field is not null)
        {
            string v = field.Value;
            for (int i = 0; i < v.Length; i++)
            {
                int c = v[i];
                if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) c = char.ConvertToUtf32(v[i], v[++i]);
                bool wantEscape = false;
                if (c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || (c < 0x10000 && d.LineTerminator.Contains((char)c)))
                {
                    if (d.Quoting == 3) wantEscape = true;
                    else
                    {
                        if (c == d.QuoteChar)
                        {
                            if (d.DoubleQuote) Append(body, d.QuoteChar);
                            else wantEscape = true;
                        }
                        else if (c == d.EscapeChar) wantEscape = true;
                        if (!wantEscape) quoted = true;
                    }
                    if (wantEscape)
                    {
                        if (d.EscapeChar == PyCsvDialect.NotSet) throw CsvModule.Error("need to escape, but no escapechar set");
                        Append(body, d.EscapeChar);
                    }
                }
                Append(body, c);
            }
        }
        if (_numFields > 0) Append(_rec, d.Delimiter);
        if (quoted) Append(_rec, d.QuoteChar);
        _rec.Append(body);
        if (quoted) Append(_rec, d.QuoteChar);
        _numFields++;
    }

    internal PyObject WriteRow(PyObject seq)
    {
        PyObject it;
        try { it = Ops.GetIter(seq); }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.TypeError))
        {
            throw CsvModule.Error($"iterable expected, not {seq.Type.Name}");
        }
        var d = Dialect;
        _rec.Clear();
        _numFields = 0;
        while (Ops.Next(it) is { } field)
        {
            bool quoted = d.Quoting switch { 2 => !IsNumber(field), 1 => true, _ => false };
            if (field is PyStr s) JoinAppend(s, quoted);
            else if (field is PyNone) JoinAppend(null, quoted);
            else JoinAppend(Ops.Str(field), quoted);
        }
        if (_numFields > 0 && _rec.Length == 0)
        {
            if (d.Quoting == 3) throw CsvModule.Error("single empty field record must be quoted");
            _numFields--;
            JoinAppend(null, true);
        }
        _rec.Append(d.LineTerminator);
        return Ops.Call(_write, [new PyStr(_rec.ToString())]);
    }

    /// <summary>PyNumber_Check: has __index__, __int__ or __float__, or is a complex.</summary>
    private static bool IsNumber(PyObject o) =>
        o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null || o is PyComplex;

    private static void InitType(PyType t)
    {
        TypeBuilder.GetSet(t, "dialect", o => ((PyCsvWriter)o).Dialect, null);
        TypeBuilder.Method(t, "writerow", (self, args, kw) =>
            ((PyCsvWriter)self!).WriteRow(ArgBinder.One("writer.writerow", args, kw)));
        TypeBuilder.Method(t, "writerows", (self, args, kw) =>
        {
            var w = (PyCsvWriter)self!;
            var it = Ops.GetIter(ArgBinder.One("writer.writerows", args, kw));
            while (Ops.Next(it) is { } row) w.WriteRow(row);
            return PyNone.Instance;
        });
        ItertoolsModule.Doc(t, "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n");
    }
}
