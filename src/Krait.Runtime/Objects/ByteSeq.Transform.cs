namespace Krait.Runtime;

// strip family, removeprefix/removesuffix, replace, translate/maketrans, padding and expandtabs.
internal static partial class ByteSeq
{
    private static PyObject StripMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool left, bool right)
    {
        NoKeywords(self, name, kw);
        if (args.Length > 1) throw PyErr.TypeError($"{name} expected at most 1 argument, got {args.Length}");
        var s = Span(self);
        int i = 0, j = s.Length;
        if (args.Length == 0 || args[0] is PyNone)
        {
            if (left) while (i < j && IsSpace(s[i])) i++;
            if (right) while (j > i && IsSpace(s[j - 1])) j--;
        }
        else
        {
            var chars = Buffers.Get(args[0]);
            s = Span(self);
            j = s.Length;
            if (left) while (i < j && chars.IndexOf(s[i]) >= 0) i++;
            if (right) while (j > i && chars.IndexOf(s[j - 1]) >= 0) j--;
        }
        if (i == 0 && j == s.Length) return SelfOrCopy(self);
        return Make(self, s[i..j]);
    }

    private static PyObject AffixRemoveMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool prefix)
    {
        var arg = ArgBinder.One(Q(self, prefix ? "removeprefix" : "removesuffix"), args, kw);
        var a = Buffers.Get(arg);
        var s = Span(self);
        if (a.Length > 0 && a.Length <= s.Length && (prefix ? s.StartsWith(a) : s.EndsWith(a)))
            return Make(self, prefix ? s[a.Length..] : s[..^a.Length]);
        return SelfOrCopy(self);
    }

    private static PyObject ReplaceMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Positional(self, "replace", args, kw, 2, 3);
        // Argument Clinic converts in order: both buffers, then the count (which may run __index__).
        var old = Buffers.Get(args[0]).ToArray();
        var nw = Buffers.Get(args[1]).ToArray();
        long count = args.Length > 2 ? SsizeArg(args[2]) : -1;
        var s = Span(self);
        if (count < 0) count = long.MaxValue;
        var r = new System.Collections.Generic.List<byte>(s.Length);
        int pos = 0;
        long done = 0;
        if (old.Length == 0)
        {
            // Insert the replacement before every byte and at the end, up to count times.
            while (done < count && pos <= s.Length)
            {
                foreach (byte b in nw) r.Add(b);
                done++;
                if (pos < s.Length) r.Add(s[pos]);
                pos++;
            }
            for (; pos < s.Length; pos++) r.Add(s[pos]);
        }
        else
        {
            while (done < count)
            {
                int at = s[pos..].IndexOf(old);
                if (at < 0) break;
                for (int k = 0; k < at; k++) r.Add(s[pos + k]);
                foreach (byte b in nw) r.Add(b);
                pos += at + old.Length;
                done++;
            }
            for (; pos < s.Length; pos++) r.Add(s[pos]);
        }
        if (done == 0) return SelfOrCopy(self);
        return Make(self, r.ToArray());
    }

    private static readonly string[] s_translateNames = ["table", "delete"];

    private static PyObject TranslateMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        ArgBinder.Bind("translate", args, kw, s_translateNames, 1, 2, 1, a);
        byte[]? table = null;
        if (a[0] is not PyNone)
        {
            var t = Buffers.Get(a[0]!);
            if (t.Length != 256) throw PyErr.ValueError("translation table must be 256 characters long");
            table = t.ToArray();
        }
        Span<bool> del = stackalloc bool[256];
        bool anyDelete = false;
        if (a[1] is not null)
        {
            foreach (byte b in Buffers.Get(a[1]!)) { del[b] = true; anyDelete = true; }
        }
        var s = Span(self);
        var r = new byte[s.Length];
        int n = 0;
        bool changed = false;
        foreach (byte b in s)
        {
            if (anyDelete && del[b]) { changed = true; continue; }
            byte m = table is null ? b : table[b];
            if (m != b) changed = true;
            r[n++] = m;
        }
        if (!changed) return SelfOrCopy(self);
        return Make(self, r.AsSpan(0, n));
    }

    private static PyObject MakeTransFunction(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError("maketrans() takes no keyword arguments");
        if (args.Length != 2) throw PyErr.TypeError($"maketrans expected 2 arguments, got {args.Length}");
        var frm = Buffers.Get(args[0]);
        var to = Buffers.Get(args[1]);
        if (frm.Length != to.Length) throw PyErr.ValueError("maketrans arguments must have same length");
        var r = new byte[256];
        for (int i = 0; i < 256; i++) r[i] = (byte)i;
        for (int i = 0; i < frm.Length; i++) r[frm[i]] = to[i];
        return new PyBytes(r);
    }

    /// <summary>center/ljust/rjust: (width, fillchar=b' ').</summary>
    private static PyObject PadMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, int how)
    {
        Positional(self, name, args, kw, 1, 2);
        long width = SsizeArg(args[0]);
        byte fill = (byte)' ';
        if (args.Length > 1)
        {
            if (args[1] is PyBytes fb && fb.Value.Length == 1) fill = fb.Value[0];
            else if (args[1] is PyByteArray fa && fa.Count == 1) fill = fa.AsSpan()[0];
            else throw PyErr.TypeError($"{name}() argument 2 must be a byte string of length 1, not {TypeNameForArg(args[1])}");
        }
        var s = Span(self);
        if (width <= s.Length) return SelfOrCopy(self);
        long marg = width - s.Length;
        long left = how switch { 0 => marg / 2 + (marg & width & 1), 1 => 0, _ => marg };
        return Make(self, Pad(s, left, marg - left, fill));
    }

    private static byte[] Pad(ReadOnlySpan<byte> s, long left, long right, byte fill)
    {
        long total = left + s.Length + right;
        if (total > Array.MaxLength) throw PyErr.New(PyExc.MemoryError);
        var r = new byte[total];
        r.AsSpan(0, (int)left).Fill(fill);
        s.CopyTo(r.AsSpan((int)left));
        r.AsSpan((int)(left + s.Length)).Fill(fill);
        return r;
    }

    private static PyObject ZFillMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var w = ArgBinder.One(Q(self, "zfill"), args, kw);
        long width = SsizeArg(w);
        var s = Span(self);
        if (width <= s.Length) return SelfOrCopy(self);
        long fill = width - s.Length;
        var r = Pad(s, fill, 0, (byte)'0');
        if (s.Length > 0 && r[fill] is (byte)'+' or (byte)'-')
        {
            r[0] = r[fill];
            r[fill] = (byte)'0';
        }
        return Make(self, r);
    }

    private static readonly string[] s_expandNames = ["tabsize"];

    private static PyObject ExpandTabsMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        ArgBinder.Bind("expandtabs", args, kw, s_expandNames, 0, 1, 0, a);
        long tab = 8;
        if (a[0] is not null)
        {
            var i = Ops.Index(a[0]!);
            if (i.IsBig || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
            tab = i.Small;
        }
        var s = Span(self);
        var r = new System.Collections.Generic.List<byte>(s.Length);
        long col = 0;
        foreach (byte c in s)
        {
            if (c == '\t')
            {
                if (tab > 0)
                {
                    long incr = tab - col % tab;
                    col += incr;
                    if (r.Count + incr > Array.MaxLength) throw PyErr.OverflowError("result too long");
                    for (long k = 0; k < incr; k++) r.Add((byte)' ');
                }
            }
            else
            {
                r.Add(c);
                col++;
                if (c is (byte)'\n' or (byte)'\r') col = 0;
            }
        }
        return Make(self, r.ToArray());
    }
}
