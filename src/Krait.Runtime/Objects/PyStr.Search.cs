namespace Krait.Runtime;

// find/rfind/index/rindex/count, startswith/endswith, __contains__, replace, removeprefix/removesuffix.
// Positions are code points; the searching itself runs over the UTF-16 storage.
public partial class PyStr
{
    /// <summary>The code-point index of sub in [start, end), searching from the left or the right; -1 if absent.</summary>
    private int FindCp(PyStr sub, int start, int end, bool last)
    {
        if (end - start < sub.Length) return -1;
        if (sub.Value.Length == 0) return last ? end : start;
        int s16 = Utf16Index(start), e16 = Utf16Index(end);
        int r = last ? LastIndexOf(sub.Value, s16, e16) : IndexOf(sub.Value, s16, e16);
        return r < 0 ? -1 : CpIndex(r);
    }

    private static PyObject Find(string name, PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool last, bool raise)
    {
        TupleArgs(name, args, kw, 1, 3);
        var s = Self(self);
        var sub = SubArg(args[0]);
        s.StartEnd(args, 1, out int start, out int end);
        int r = s.FindCp(sub, start, end, last);
        if (r < 0 && raise) throw PyErr.ValueError("substring not found");
        return PyInt.FromLong(r);
    }

    private static PyObject Count(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        TupleArgs("count", args, kw, 1, 3);
        var s = Self(self);
        var sub = SubArg(args[0]);
        s.StartEnd(args, 1, out int start, out int end);
        if (end - start < sub.Length) return PyInt.FromLong(0);
        if (sub.Value.Length == 0) return PyInt.FromLong(end - start + 1);
        int s16 = s.Utf16Index(start), e16 = s.Utf16Index(end), n = 0;
        while (true)
        {
            int r = s.IndexOf(sub.Value, s16, e16);
            if (r < 0) break;
            n++;
            s16 = r + sub.Value.Length;
        }
        return PyInt.FromLong(n);
    }

    private static PyObject Affix(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool prefix)
    {
        string name = prefix ? "startswith" : "endswith";
        TupleArgs(name, args, kw, 1, 3);
        var s = Self(self);
        s.StartEnd(args, 1, out int start, out int end);
        if (args[0] is PyTuple tup)
        {
            for (int i = 0; i < tup.Count; i++)
            {
                if (tup[i] is not PyStr p) throw PyErr.TypeError($"tuple for {name} must only contain str, not {tup[i].Type.Name}");
                if (s.TailMatch(p, start, end, prefix)) return PyBool.True;
            }
            return PyBool.False;
        }
        if (args[0] is not PyStr a) throw PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {args[0].Type.Name}");
        return PyBool.From(s.TailMatch(a, start, end, prefix));
    }

    /// <summary>Whether sub matches at the start (or the end) of the clamped range [start, end).</summary>
    private bool TailMatch(PyStr sub, int start, int end, bool prefix)
    {
        end -= sub.Length;
        if (end < start) return false;
        if (sub.Value.Length == 0) return true;
        return MatchAt(sub.Value, Utf16Index(prefix ? start : end));
    }

    internal bool ContainsStr(PyStr sub) => IndexOf(sub.Value, 0, Value.Length) >= 0;

    private static PyObject Replace(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ClinicArgs("replace", args, kw, 2, 3);
        var s = Self(self);
        if (args[0] is not PyStr old) throw PyErr.TypeError($"replace() argument 1 must be str, not {ClinicTypeName(args[0])}");
        if (args[1] is not PyStr nw) throw PyErr.TypeError($"replace() argument 2 must be str, not {ClinicTypeName(args[1])}");
        long count = args.Length > 2 ? SsizeArg(args[2]) : -1;
        if (count < 0) count = long.MaxValue;
        string v = s.Value, o = old.Value;
        if (count == 0 || (o.Length == 0 ? false : s.IndexOf(o, 0, v.Length) < 0)) return s.Exact();
        if (count == long.MaxValue && o.Length > 0 && !s.MaySplit(o)) return new PyStr(v.Replace(o, nw.Value, StringComparison.Ordinal));
        var sb = new System.Text.StringBuilder(v.Length + 16);
        int pos = 0;
        if (o.Length == 0)
        {
            // The new string goes before every code point and at the end.
            for (long done = 0; done < count && pos <= v.Length; done++)
            {
                sb.Append(nw.Value);
                if (pos == v.Length) { pos++; break; }
                int next = pos;
                Codecs.NextCodePoint(v, ref next);
                sb.Append(v, pos, next - pos);
                pos = next;
            }
            if (pos <= v.Length) sb.Append(v, pos, v.Length - pos);
            return new PyStr(sb.ToString());
        }
        for (long done = 0; done < count; done++)
        {
            int at = s.IndexOf(o, pos, v.Length);
            if (at < 0) break;
            sb.Append(v, pos, at - pos).Append(nw.Value);
            pos = at + o.Length;
        }
        sb.Append(v, pos, v.Length - pos);
        return new PyStr(sb.ToString());
    }

    private static PyObject RemoveAffix(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool prefix)
    {
        string name = prefix ? "removeprefix" : "removesuffix";
        var a = OneArg(name, args, kw);
        if (a is not PyStr p) throw PyErr.TypeError($"{name}() argument must be str, not {ClinicTypeName(a)}");
        var s = Self(self);
        if (p.Value.Length == 0 || !s.MatchAt(p.Value, prefix ? 0 : s.Value.Length - p.Value.Length)) return s.Exact();
        return new PyStr(prefix ? s.Value[p.Value.Length..] : s.Value[..^p.Value.Length]);
    }
}
