namespace Krait.Runtime;

public sealed partial class PyPattern
{
    private static readonly string[] s_matchArgs = ["string", "pos", "endpos"];
    private static readonly string[] s_splitArgs = ["string", "maxsplit"];
    private static readonly string[] s_subArgs = ["repl", "string", "count"];

    /// <summary>Binds (string, pos=0, endpos=sys.maxsize) and sets up a state.</summary>
    private SreState BindState(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length == 1 && (kw is null || kw.Count == 0)) return new SreState(this, args[0], 0, long.MaxValue);
        Span<PyObject?> slots = new PyObject?[3];
        ArgBinder.Bind(name, args, kw, s_matchArgs, 0, 3, 1, slots);
        long pos = slots[1] is { } p ? SreModule.Ssize(p) : 0;
        long endpos = slots[2] is { } e ? SreModule.Ssize(e) : long.MaxValue;
        return new SreState(this, slots[0]!, pos, endpos);
    }

    private PyObject MatchImpl(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, bool full, bool search)
    {
        var st = BindState(name, args, kw);
        int status = search ? st.DoSearch() : st.DoMatch(full);
        return status > 0 ? new PyMatch(this, st) : PyNone.Instance;
    }

    private PyObject FindAll(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var st = BindState("findall", args, kw);
        var list = new PyList();
        while (st.Start <= st.End)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (st.DoSearch() <= 0) break;
            PyObject item;
            switch (Groups)
            {
                case 0:
                    item = SreStrings.Slice(st, st.Start, st.Ptr);
                    break;
                case 1:
                    item = GroupSlice(st, 1, true)!;
                    break;
                default:
                    var items = new PyObject[Groups];
                    for (int i = 0; i < Groups; i++) items[i] = GroupSlice(st, i + 1, true)!;
                    item = PyTuple.Wrap(items);
                    break;
            }
            list.Append(item);
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        return list;
    }

    /// <summary>state_getslice: group <paramref name="group"/> of the state's current match; unmatched gives ""
    /// (<paramref name="empty"/>) or null.</summary>
    private static PyObject? GroupSlice(SreState st, int group, bool empty)
    {
        int index = (group - 1) * 2;
        if (index >= st.LastMark || st.Mark[index] < 0 || st.Mark[index + 1] < 0)
            return empty ? SreStrings.Slice(st, 0, 0) : null;
        int i = st.Mark[index], j = st.Mark[index + 1];
        if (i > j) throw PyErr.SystemError("The span of capturing group is wrong, please report a bug for the re module.");
        return SreStrings.Slice(st, i, j);
    }

    private PyObject FindIter(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var scanner = Scanner("finditer", args, kw);
        var search = Ops.GetAttr(scanner, PyStr.Intern("search"));
        return new PyCallableIterator(search, PyNone.Instance);
    }

    private PyObject Scanner(string name, ReadOnlySpan<PyObject> args, PyTuple? kw) => new PySreScanner(this, BindState(name, args, kw));

    private PyObject Split(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        ArgBinder.Bind("split", args, kw, s_splitArgs, 0, 2, 1, slots);
        long maxsplit = slots[1] is { } m ? SreModule.Ssize(m) : 0;
        var st = new SreState(this, slots[0]!, 0, long.MaxValue);
        var list = new PyList();
        long n = 0;
        int last = st.Start;
        while (maxsplit == 0 || n < maxsplit)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (st.DoSearch() <= 0) break;
            list.Append(SreStrings.Slice(st, last, st.Start));
            for (int i = 0; i < Groups; i++) list.Append(GroupSlice(st, i + 1, false) ?? PyNone.Instance);
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            last = st.Start = st.Ptr;
        }
        list.Append(SreStrings.Slice(st, last, st.EndPos));
        return list;
    }

    private PyObject Sub(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, bool subn)
    {
        Span<PyObject?> slots = new PyObject?[3];
        ArgBinder.Bind(name, args, kw, s_subArgs, 0, 3, 2, slots);
        var template = slots[0]!;
        var subject = slots[1]!;
        long count = slots[2] is { } c ? SreModule.Ssize(c) : 0;

        PyObject filter;
        bool callable;
        if ((template.Type.Call is not null))
        {
            filter = template;
            callable = true;
        }
        else
        {
            // a literal replacement unless it has a backslash; otherwise re._subx compiles the template
            bool literal = template switch
            {
                PyStr ts => ts.Value.IndexOf('\\') < 0,
                IPyBuffer when Buffers.TryGetAny(template, out var span) => span.IndexOf((byte)'\\') < 0,
                _ => false,
            };
            if (literal)
            {
                filter = template;
                callable = false;
            }
            else
            {
                var re = Importer.ImportModuleLevel(PyStr.Intern("re"), null, null, 0);
                filter = Ops.Call(Ops.GetAttr(re, PyStr.Intern("_subx")), [this, template]);
                callable = (filter.Type.Call is not null);
            }
        }

        var st = new SreState(this, subject, 0, long.MaxValue);
        var list = new List<PyObject>();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (st.DoSearch() <= 0) break;
            int b = st.Start, e = st.Ptr;
            if (i < b) list.Add(SreStrings.Slice(st, i, b));
            PyObject item = callable ? Ops.Call(filter, [new PyMatch(this, st)]) : filter;
            if (item is not PyNone) list.Add(item);
            i = e;
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        if (i < st.EndPos) list.Add(SreStrings.Slice(st, i, st.EndPos));
        var result = SreStrings.Join(st.IsBytes, list);
        return subn ? PyTuple.Pair(result, PyInt.FromLong(n)) : result;
    }
}
