using System.Text;

namespace Krait.Runtime;

// center/ljust/rjust/zfill/expandtabs: widths and columns count code points.
public partial class PyStr
{
    private static readonly string[] s_expandtabsNames = ["tabsize"];

    /// <summary>center/ljust/rjust: align 0 = left (ljust), 1 = center, 2 = right (rjust).</summary>
    private static PyObject Pad(string name, PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, int align)
    {
        ClinicArgs(name, args, kw, 1, 2);
        long width = SsizeArg(args[0]);
        string fill = " ";
        if (args.Length > 1)
        {
            if (args[1] is not PyStr f) throw PyErr.TypeError($"The fill character must be a unicode character, not {args[1].Type.Name}");
            if (f.Length != 1) throw PyErr.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        var s = Self(self);
        int len = s.Length;
        if (width <= len) return s.Exact();
        long marg = width - len;
        long left = align switch { 0 => 0, 2 => marg, _ => marg / 2 + (marg & width & 1) };
        return new PyStr(Padded(s.Value, left, marg - left, fill));
    }

    private static string Padded(string v, long left, long right, string fill)
    {
        // pad(): a width that fits Py_ssize_t is only too much memory (MemoryError, as CPython's failed allocation).
        if (left + right > (int.MaxValue - v.Length) / fill.Length) throw PyErr.New(PyExc.MemoryError);
        var sb = new StringBuilder((int)((left + right) * fill.Length) + v.Length);
        for (long i = 0; i < left; i++) sb.Append(fill);
        sb.Append(v);
        for (long i = 0; i < right; i++) sb.Append(fill);
        return sb.ToString();
    }

    private static PyObject ZFill(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        long width = SsizeArg(OneArg("zfill", args, kw));
        var s = Self(self);
        int len = s.Length;
        if (width <= len) return s.Exact();
        string v = s.Value;
        long fill = width - len;
        if (v.Length > 0 && v[0] is '+' or '-')
            return new PyStr(v[0] + Padded(v[1..], fill, 0, "0"));
        return new PyStr(Padded(v, fill, 0, "0"));
    }

    private static PyObject ExpandTabs(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        long tabsize = 8;
        if (args.Length > 0)
        {
            Span<PyObject?> a = new PyObject?[1];
            ArgBinder.Bind("expandtabs", args, kw, s_expandtabsNames, 0, 1, 0, a);
            if (a[0] is not null) tabsize = IntArg(a[0]!);
        }
        var s = Self(self);
        string v = s.Value;
        if (v.IndexOf('\t') < 0) return s.Exact();
        var sb = new StringBuilder(v.Length + 16);
        long col = 0;
        for (int i = 0; i < v.Length; i++)
        {
            char c = v[i];
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long incr = tabsize - col % tabsize;
                    col += incr;
                    if (sb.Length + incr > int.MaxValue / 2) throw PyErr.New(PyExc.OverflowError, "new string is too long");
                    sb.Append(' ', (int)incr);
                }
                continue;
            }
            sb.Append(c);
            // A surrogate pair is one column.
            if (!(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(v[i - 1]))) col++;
            if (c is '\n' or '\r') col = 0;
        }
        return new PyStr(sb.ToString());
    }

    /// <summary>The C int converter: "Python int too large to convert to C int".</summary>
    private static int IntArg(PyObject o)
    {
        var i = Ops.Index(o);
        if (i.IsBig || i.Small > int.MaxValue || i.Small < int.MinValue)
            throw PyErr.New(PyExc.OverflowError, "Python int too large to convert to C int");
        return (int)i.Small;
    }
}
