namespace Krait.Runtime;

// is_tracked, get_referents and the reachability walk behind get_objects/get_referrers/freeze.
public static partial class GcModule
{
    /// <summary>Is the object's type one CPython's collector handles (Py_TPFLAGS_HAVE_GC)? Instances of classes
    /// written in Python always are; atoms (numbers, strings, bytes, None …), code objects, range and the
    /// static builtin types are not.</summary>
    internal static bool IsGcType(PyObject o)
    {
        if (o.Type.IsHeapType) return true;
        return o switch
        {
            PyInt or PyFloat or PyComplex or PyStr or PyBytes or PyNone or PyEllipsis or PyNotImplemented
                or PyRange or PyCode => false,
            PyType t => t.IsHeapType,
            PyInstance => false,    // a bare object()
            _ => o.Type.Name != "bytearray",
        };
    }

    /// <summary>gc.is_tracked, with CPython's lazy untracking approximated by content: a tuple is tracked when
    /// an item is (3.11 untracks a tuple of atoms when a collection examines it), a dict when a key or value
    /// may be (3.11 creates dicts untracked until such an item goes in); frames report False as 3.11's do.</summary>
    internal static bool IsTracked(PyObject o) => IsTracked(o, null);

    /// <summary><paramref name="memo"/> remembers the answer for each tuple: a walk over every reachable object
    /// asks about each tuple of a 100,000-deep nesting, and without it asks again about all the ones inside.</summary>
    private static bool IsTracked(PyObject o, Dictionary<PyObject, bool>? memo)
    {
        if (!IsGcType(o)) return false;
        if (o.Type.IsHeapType) return true;
        switch (o)
        {
            case PyTuple t:
            {
                if (memo is not null && memo.TryGetValue(t, out bool known)) return known;
                // Too deep to look further down: count it as tracked (what CPython does until a collection).
                bool tracked = !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack();
                if (!tracked)
                    foreach (var x in t.AsSpan())
                        if (IsTracked(x, memo)) { tracked = true; break; }
                if (memo is not null) memo[t] = tracked;
                return tracked;
            }
            case PyDict d:
                foreach (var (k, v) in d.Items()) if (MayBeTracked(k, memo) || MayBeTracked(v, memo)) return true;
                return false;
            case PyFrame:
                return false;
            default:
                return true;
        }
    }

    /// <summary>_PyObject_GC_MAY_BE_TRACKED as dict insertion sees it: any object of a GC type, a tuple only
    /// when it is tracked itself.</summary>
    private static bool MayBeTracked(PyObject o, Dictionary<PyObject, bool>? memo) =>
        o is PyTuple && !o.Type.IsHeapType ? IsTracked(o, memo) : IsGcType(o);

    /// <summary>tp_traverse, in CPython 3.11's visiting order for the types where it is observable.</summary>
    internal static void Referents(PyObject o, List<PyObject> into)
    {
        // subtype_traverse for instances of Python subclasses of builtins: the dict the subclass added, the
        // class, then the base type's own references (an exception's dict is the base's).
        if (o.Type.IsHeapType && o is not PyInstance)
        {
            if (o is not PyBaseException && o.Dict is { } dict) into.Add(dict);
            into.Add(o.Type);
        }
        switch (o)
        {
            case PyList l:
                for (int i = l.Count - 1; i >= 0; i--) into.Add(l[i]);
                break;
            case PyTuple t:
                for (int i = t.Count - 1; i >= 0; i--) into.Add(t[i]);
                break;
            case PyDict d:
            {
                var items = d.Items();
                bool strKeys = true;
                foreach (var (k, _) in items) if (!ReferenceEquals(k.Type, PyType.StrType)) { strKeys = false; break; }
                foreach (var (k, v) in items)
                {
                    into.Add(v);
                    if (!strKeys) into.Add(k);
                }
                break;
            }
            case PySetBase s:
            {
                var it = Ops.GetIter(s);
                while (Ops.Next(it) is { } x) into.Add(x);
                break;
            }
            case PyInstance inst:
                if (inst.Members is { } members)
                    foreach (var m in members) if (m is not null and not GcSentinel) into.Add(m);
                // 3.11 keeps an instance's attributes inline until __dict__ is asked for: the values are visited.
                if (inst.Dict is { } dict)
                    foreach (var (_, v) in dict.Items()) into.Add(v);
                break;
            case PyType t:
                into.Add(t.TypeDict);
                into.Add(PyTuple.Create(t.Mro));
                into.Add(PyTuple.Create(t.Bases));
                if (t.Base is not null) into.Add(t.Base);
                break;
            case PyFunction f:
                into.Add(f.Code); into.Add(f.Globals); into.Add(f.Builtins); into.Add(f.Module);
                if (f.Defaults is not null) into.Add(f.Defaults);
                if (f.KwDefaults is not null) into.Add(f.KwDefaults);
                into.Add(f.Doc); into.Add(f.Name);
                if (f.Closure is not null) into.Add(f.Closure);
                if (f.Annotations is not null) into.Add(f.Annotations);
                into.Add(f.QualName);
                break;
            case PyMethod m:
                into.Add(m.Func); into.Add(m.Self);
                break;
            case PyModule mod:
                into.Add(mod.ModuleDict);
                break;
            case PyCell c:
                if (c.Contents is not null) into.Add(c.Contents);
                break;
            case PyClassMethod cm:
                into.Add(cm.Func);
                break;
            case PyStaticMethod sm:
                into.Add(sm.Func);
                break;
            case PyProperty p:
                foreach (var x in (ReadOnlySpan<PyObject?>)[p.Get, p.Set, p.Delete, p.Doc, p.Name]) if (x is not null) into.Add(x);
                break;
            case PyBaseException e:
                if (e.Type.IsHeapType && e.Dict is { Count: > 0 } edict) into.Add(edict);
                into.Add(e.Args);
                foreach (var x in (ReadOnlySpan<PyObject?>)[e.Traceback, e.Context, e.Cause]) if (x is not null) into.Add(x);
                break;
            case PyWeakrefBase r:
                if (r.Callback is not null) into.Add(r.Callback);
                break;
            case PyGenericAlias ga:
                into.Add(ga.Origin);
                break;
        }
        if (o is PyInstance && o.Type.IsHeapType) into.Add(o.Type);
    }

    /// <summary>What the walk behind get_objects follows: the referents, plus frames' and generators'
    /// variables (not reported by get_referents in Krait).</summary>
    private static void WalkEdges(PyObject o, List<PyObject> into)
    {
        switch (o)
        {
            case PyFrame f:
                foreach (var x in f.Slots) if (x is not null) into.Add(x);
                into.Add(f.Globals);
                if (f.Locals is not null) into.Add(f.Locals);
                if (f.Back is not null) into.Add(f.Back);
                return;
            case PyGenBase g:
                into.Add(g.Frame);
                return;
        }
        Referents(o, into);
    }

    /// <summary>The tracked objects reachable from sys.modules, the builtins, the running frames and the
    /// objects with finalizers or weak references — what gc.get_objects() returns in Krait (CPython lists every
    /// tracked object; unreachable ones awaiting collection are not found here).</summary>
    internal static List<PyObject> ReachableTracked()
    {
        var seen = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<PyObject>();
        void Push(PyObject x) { if (seen.Add(x)) stack.Push(x); }
        Push(PythonRuntime.Modules);
        Push(PythonRuntime.Builtins);
        for (var f = ThreadState.Current.Frame; f is not null; f = f.Back) Push(f);
        foreach (var x in Finalization.LiveTracked()) Push(x);
        var result = new List<PyObject>();
        var edges = new List<PyObject>();
        var memo = new Dictionary<PyObject, bool>(ReferenceEqualityComparer.Instance);
        while (stack.Count > 0)
        {
            var o = stack.Pop();
            if (IsTracked(o, memo)) result.Add(o);
            edges.Clear();
            try { WalkEdges(o, edges); }
            catch (PythonException) { continue; }
            foreach (var e in edges) Push(e);
        }
        return result;
    }

    /// <summary>gc.get_referrers: the reachable tracked objects that refer directly to any of the arguments.</summary>
    private static List<PyObject> Referrers(ReadOnlySpan<PyObject> targets)
    {
        var want = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var t in targets) want.Add(t);
        var result = new List<PyObject>();
        var refs = new List<PyObject>();
        foreach (var o in ReachableTracked())
        {
            refs.Clear();
            try { Referents(o, refs); }
            catch (PythonException) { continue; }
            foreach (var r in refs)
                if (want.Contains(r)) { result.Add(o); break; }
        }
        return result;
    }
}
