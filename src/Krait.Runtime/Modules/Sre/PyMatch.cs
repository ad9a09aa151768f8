namespace Krait.Runtime;

/// <summary>re.Match (CPython's _sre MatchObject): the spans of one match and the groups they delimit.</summary>
public sealed class PyMatch : PyObject
{
    public static readonly PyType MatchType = PyType.NewBuiltin("re.Match", PyType.ObjectType, 0, InitType);

    public readonly PyPattern Pattern;
    /// <summary>The subject, as passed (group slices are read from it again, as CPython re-reads a buffer).</summary>
    public readonly PyObject Subject;
    public readonly int Pos, EndPos, LastIndex;
    // start and end of group 0..groups; -1 for a group that did not take part
    private readonly int[] _regs;

    internal PyMatch(PyPattern pattern, SreState st) : base(MatchType)
    {
        Pattern = pattern;
        Subject = st.Subject;
        Pos = st.Pos;
        EndPos = st.EndPos;
        LastIndex = st.LastIndex;
        int groups = pattern.Groups;
        var regs = new int[2 * (groups + 1)];
        regs[0] = st.Start;
        regs[1] = st.Ptr;
        var mark = st.Mark;
        for (int i = 0, j = 0; i < groups; i++, j += 2)
        {
            if (j + 1 <= st.LastMark && mark[j] >= 0 && mark[j + 1] >= 0)
            {
                regs[j + 2] = mark[j];
                regs[j + 3] = mark[j + 1];
                if (mark[j] > mark[j + 1])
                    throw PyErr.SystemError("The span of capturing group is wrong, please report a bug for the re module.");
            }
            else regs[j + 2] = regs[j + 3] = -1;
        }
        _regs = regs;
    }

    private int GroupCount => Pattern.Groups + 1;

    /// <summary>match_getindex: a group number or name → index; IndexError "no such group".</summary>
    private int GetIndex(PyObject? index)
    {
        if (index is null) return 0;
        long i = -1;
        if (index.Type.Index is not null)
        {
            try { i = Ops.AsSsize(index, PyExc.OverflowError); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.OverflowError)) { i = -1; }
        }
        else if (Pattern.GroupIndex is { } gi && gi.GetItem(index) is PyInt v)
        {
            try { i = Ops.AsSsize(v, PyExc.OverflowError); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.OverflowError)) { i = -1; }
        }
        if (i < 0 || i >= GroupCount) throw PyErr.IndexError("no such group");
        return (int)i;
    }

    private PyObject GroupN(int index, PyObject def)
    {
        if (_regs[2 * index] < 0) return def;
        return SreStrings.Slice(Subject, _regs[2 * index], _regs[2 * index + 1]);
    }

    private PyObject Group(PyObject? index, PyObject def) => GroupN(GetIndex(index), def);

    private static PyMatch Self(PyObject? o, string name) =>
        o as PyMatch ?? throw PyErr.TypeError($"descriptor '{name}' for 're.Match' objects doesn't apply to a '{o?.Type.Name}' object");

    private static void NoKeywords(string name, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{name}() takes no keyword arguments");
    }

    private static readonly string[] s_default = ["default"];
    private static readonly string[] s_template = ["template"];

    private static PyStr Repr(PyObject o)
    {
        var m = (PyMatch)o;
        string g = PyPattern.Truncate(Ops.Repr(m.GroupN(0, PyNone.Instance)).Value, 50);
        return new PyStr($"<re.Match object; span=({m._regs[0]}, {m._regs[1]}), match={g}>");
    }

    private static void InitType(PyType t)
    {
        t.Repr = Repr;
        t.GetItem = (o, key) => ((PyMatch)o).Group(key, PyNone.Instance);
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."));
        TypeBuilder.Method(t, "group", (self, args, kw) =>
        {
            var m = Self(self, "group");
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("Match.group() takes no keyword arguments");
            if (args.Length == 0) return m.GroupN(0, PyNone.Instance);
            if (args.Length == 1) return m.Group(args[0], PyNone.Instance);
            var items = new PyObject[args.Length];
            for (int i = 0; i < args.Length; i++) items[i] = m.Group(args[i], PyNone.Instance);
            return PyTuple.Wrap(items);
        });
        TypeBuilder.Method(t, "groups", (self, args, kw) =>
        {
            var m = Self(self, "groups");
            Span<PyObject?> slots = new PyObject?[1];
            ArgBinder.Bind("groups", args, kw, s_default, 0, 1, 0, slots);
            var def = slots[0] ?? PyNone.Instance;
            var items = new PyObject[m.Pattern.Groups];
            for (int i = 0; i < items.Length; i++) items[i] = m.GroupN(i + 1, def);
            return PyTuple.Wrap(items);
        });
        TypeBuilder.Method(t, "groupdict", (self, args, kw) =>
        {
            var m = Self(self, "groupdict");
            Span<PyObject?> slots = new PyObject?[1];
            ArgBinder.Bind("groupdict", args, kw, s_default, 0, 1, 0, slots);
            var def = slots[0] ?? PyNone.Instance;
            var d = new PyDict();
            if (m.Pattern.GroupIndex is { } gi)
                foreach (var (key, _) in gi.Items()) d.SetItem(key, m.Group(key, def));
            return d;
        });
        TypeBuilder.Method(t, "start", (self, args, kw) =>
        {
            var m = Self(self, "start");
            NoKeywords("Match.start", kw);
            ArgBinder.Positional("start", args, null, 0, 1);
            return PyInt.FromLong(m._regs[2 * m.GetIndex(args.Length > 0 ? args[0] : null)]);
        });
        TypeBuilder.Method(t, "end", (self, args, kw) =>
        {
            var m = Self(self, "end");
            NoKeywords("Match.end", kw);
            ArgBinder.Positional("end", args, null, 0, 1);
            return PyInt.FromLong(m._regs[2 * m.GetIndex(args.Length > 0 ? args[0] : null) + 1]);
        });
        TypeBuilder.Method(t, "span", (self, args, kw) =>
        {
            var m = Self(self, "span");
            NoKeywords("Match.span", kw);
            ArgBinder.Positional("span", args, null, 0, 1);
            int i = m.GetIndex(args.Length > 0 ? args[0] : null);
            return PyTuple.Pair(PyInt.FromLong(m._regs[2 * i]), PyInt.FromLong(m._regs[2 * i + 1]));
        });
        TypeBuilder.Method(t, "expand", (self, args, kw) =>
        {
            var m = Self(self, "expand");
            Span<PyObject?> slots = new PyObject?[1];
            ArgBinder.Bind("expand", args, kw, s_template, 0, 1, 1, slots);
            var re = Importer.ImportModuleLevel(PyStr.Intern("re"), null, null, 0);
            return Ops.Call(Ops.GetAttr(re, PyStr.Intern("_expand")), [m.Pattern, m, slots[0]!]);
        });
        TypeBuilder.Method(t, "__copy__", (self, args, kw) =>
        {
            ArgBinder.None("Match.__copy__", args, kw);
            return Self(self, "__copy__");
        });
        TypeBuilder.Method(t, "__deepcopy__", (self, args, kw) =>
        {
            ArgBinder.One("Match.__deepcopy__", args, kw);
            return Self(self, "__deepcopy__");
        });
        PyGenericAlias.AddClassGetItem(t);
        TypeBuilder.GetSet(t, "string", o => ((PyMatch)o).Subject, null);
        TypeBuilder.GetSet(t, "re", o => ((PyMatch)o).Pattern, null);
        TypeBuilder.GetSet(t, "pos", o => PyInt.FromLong(((PyMatch)o).Pos), null);
        TypeBuilder.GetSet(t, "endpos", o => PyInt.FromLong(((PyMatch)o).EndPos), null);
        TypeBuilder.GetSet(t, "lastindex", o =>
        {
            var m = (PyMatch)o;
            return m.LastIndex >= 0 ? PyInt.FromLong(m.LastIndex) : PyNone.Instance;
        }, null);
        TypeBuilder.GetSet(t, "lastgroup", o =>
        {
            var m = (PyMatch)o;
            if (m.Pattern.IndexGroup is { } ig && m.LastIndex >= 0)
                return m.LastIndex < ig.Count ? ig[m.LastIndex] : throw PyErr.IndexError("tuple index out of range");
            return PyNone.Instance;
        }, null);
        TypeBuilder.GetSet(t, "regs", o =>
        {
            var m = (PyMatch)o;
            var items = new PyObject[m.GroupCount];
            for (int i = 0; i < items.Length; i++)
                items[i] = PyTuple.Pair(PyInt.FromLong(m._regs[2 * i]), PyInt.FromLong(m._regs[2 * i + 1]));
            return PyTuple.Wrap(items);
        }, null);
    }
}
