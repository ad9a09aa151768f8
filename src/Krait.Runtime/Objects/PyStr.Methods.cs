using System.Text;

namespace Krait.Runtime;

// The str methods the core needs now; the full set comes with the builtins issue.
public partial class PyStr
{
    private static PyStr Self(PyObject? o) => (PyStr)o!;

    private static PyStr StrArg(string method, PyObject a, int pos) =>
        a as PyStr ?? throw PyErr.TypeError($"{method}() argument {pos} must be str, not {a.Type.Name}");

    private static void InitMethods(PyType t)
    {
        TypeBuilder.Method(t, "encode", Encode);
        TypeBuilder.Method(t, "join", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("str.join", args, kw, 1);
            var sep = Self(self).Value;
            var sb = new StringBuilder();
            var it = Ops.GetIter(args[0]);
            int i = 0;
            while (Ops.Next(it) is { } item)
            {
                if (item is not PyStr s) throw PyErr.TypeError($"sequence item {i}: expected str instance, {item.Type.Name} found");
                if (i++ > 0) sb.Append(sep);
                sb.Append(s.Value);
            }
            return new PyStr(sb.ToString());
        });
        TypeBuilder.Method(t, "startswith", (self, args, kw) => Affix(Self(self), args, true));
        TypeBuilder.Method(t, "endswith", (self, args, kw) => Affix(Self(self), args, false));
        TypeBuilder.Method(t, "lower", (self, args, kw) => new PyStr(Self(self).Value.ToLowerInvariant()));
        TypeBuilder.Method(t, "upper", (self, args, kw) => new PyStr(Self(self).Value.ToUpperInvariant()));
        TypeBuilder.Method(t, "strip", (self, args, kw) => Strip(Self(self), args, 3));
        TypeBuilder.Method(t, "lstrip", (self, args, kw) => Strip(Self(self), args, 1));
        TypeBuilder.Method(t, "rstrip", (self, args, kw) => Strip(Self(self), args, 2));
        TypeBuilder.Method(t, "replace", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("replace", args, kw, 2, 3);
            var s = Self(self).Value;
            string old = StrArg("replace", args[0], 1).Value, nw = StrArg("replace", args[1], 2).Value;
            long count = args.Length > 2 ? Ops.AsSsize(args[2]) : -1;
            if (count < 0 && old.Length > 0) return new PyStr(s.Replace(old, nw, StringComparison.Ordinal));
            var sb = new StringBuilder();
            int pos = 0;
            for (long done = 0; count < 0 || done < count; done++)
            {
                if (old.Length == 0)
                {
                    sb.Append(nw);
                    if (pos >= s.Length) { pos = s.Length + 1; break; }
                    sb.Append(s[pos++]);
                    continue;
                }
                int at = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (at < 0) break;
                sb.Append(s, pos, at - pos).Append(nw);
                pos = at + old.Length;
            }
            if (pos <= s.Length) sb.Append(s, pos, s.Length - pos);
            return new PyStr(sb.ToString());
        });
        TypeBuilder.Method(t, "find", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("find", args, kw, 1, 1);
            var s = Self(self);
            int at = s.Value.IndexOf(StrArg("find", args[0], 1).Value, StringComparison.Ordinal);
            return PyInt.FromLong(at < 0 ? -1 : s.IsAllBmp ? at : Array.BinarySearch(s.Offsets(), at));
        });
        TypeBuilder.Method(t, "split", (self, args, kw) =>
        {
            TypeBuilder.ArgRange("split", args, kw, 0, 2);
            var s = Self(self).Value;
            long max = args.Length > 1 ? Ops.AsSsize(args[1]) : -1;
            var result = new PyList();
            if (args.Length == 0 || args[0] is PyNone)
            {
                int i = 0;
                while (true)
                {
                    while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                    if (i >= s.Length) break;
                    if (max >= 0 && result.Count >= max) { result.Append(new PyStr(s[i..].TrimEnd())); break; }
                    int j = i;
                    while (j < s.Length && !char.IsWhiteSpace(s[j])) j++;
                    result.Append(new PyStr(s[i..j]));
                    i = j;
                }
                return result;
            }
            string sep = StrArg("split", args[0], 1).Value;
            if (sep.Length == 0) throw PyErr.ValueError("empty separator");
            int pos = 0;
            while (max < 0 || result.Count < max)
            {
                int at = s.IndexOf(sep, pos, StringComparison.Ordinal);
                if (at < 0) break;
                result.Append(new PyStr(s[pos..at]));
                pos = at + sep.Length;
            }
            result.Append(new PyStr(s[pos..]));
            return result;
        });
    }

    private static PyObject Affix(PyStr s, ReadOnlySpan<PyObject> args, bool prefix)
    {
        string name = prefix ? "startswith" : "endswith";
        TypeBuilder.ArgRange(name, args, null, 1, 1);
        if (args[0] is PyTuple tup)
        {
            for (int i = 0; i < tup.Count; i++)
            {
                if (tup[i] is not PyStr p) throw PyErr.TypeError($"tuple for {name} must only contain str, not {tup[i].Type.Name}");
                if (prefix ? s.Value.StartsWith(p.Value, StringComparison.Ordinal) : s.Value.EndsWith(p.Value, StringComparison.Ordinal)) return PyBool.True;
            }
            return PyBool.False;
        }
        if (args[0] is not PyStr a) throw PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {args[0].Type.Name}");
        return PyBool.From(prefix ? s.Value.StartsWith(a.Value, StringComparison.Ordinal) : s.Value.EndsWith(a.Value, StringComparison.Ordinal));
    }

    private static PyObject Strip(PyStr s, ReadOnlySpan<PyObject> args, int sides)
    {
        TypeBuilder.ArgRange("strip", args, null, 0, 1);
        string v = s.Value;
        if (args.Length == 0 || args[0] is PyNone)
            return new PyStr(sides == 3 ? v.Trim() : sides == 1 ? v.TrimStart() : v.TrimEnd());
        var chars = StrArg("strip", args[0], 1).Value.ToCharArray();
        return new PyStr(sides == 3 ? v.Trim(chars) : sides == 1 ? v.TrimStart(chars) : v.TrimEnd(chars));
    }
}
