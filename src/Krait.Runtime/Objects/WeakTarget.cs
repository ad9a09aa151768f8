namespace Krait.Runtime;

/// <summary>The weak references to one object (CPython's tp_weaklist): a .NET short weak handle to the object,
/// shared by all of them, and the weakref/proxy objects themselves held weakly (a dead weakref is dropped, and
/// its callback is not called, as in CPython). The list keeps CPython's order: the basic ref (no callback,
/// exact type), the basic proxy, then the others newest first — the order callbacks run in.</summary>
internal sealed class WeakTarget
{
    private readonly WeakReference<PyObject> _handle;
    private readonly List<WeakReference<PyWeakrefBase>> _refs = [];
    /// <summary>The list length at which dead entries are next swept (doubling: creating n weakrefs stays O(n)).</summary>
    private int _sweepAt = 8;

    internal WeakTarget(PyObject o) => _handle = new WeakReference<PyObject>(o);

    /// <summary>The referent, or null once it is unreachable.</summary>
    internal PyObject? Target => _handle.TryGetTarget(out var o) ? o : null;
    internal bool IsAlive => _handle.TryGetTarget(out _);

    /// <summary>The live weakref and proxy objects, in list order.</summary>
    internal List<PyWeakrefBase> Live()
    {
        var list = new List<PyWeakrefBase>(_refs.Count);
        foreach (var w in _refs)
            if (w.TryGetTarget(out var r) && ReferenceEquals(r.Target, this)) list.Add(r);
        return list;
    }

    internal int Count
    {
        get
        {
            int n = 0;
            foreach (var w in _refs)
                if (w.TryGetTarget(out var r) && ReferenceEquals(r.Target, this)) n++;
            return n;
        }
    }

    /// <summary>get_basic_refs: the head if it is a plain ref without callback, and the basic proxy after it.</summary>
    internal void BasicRefs(out PyWeakref? basicRef, out PyWeakProxy? basicProxy)
    {
        basicRef = null; basicProxy = null;
        // Only the head matters here: drop dead entries there; the rest is swept as the list grows.
        while (_refs.Count > 0 && !_refs[0].TryGetTarget(out _)) _refs.RemoveAt(0);
        while (_refs.Count > 1 && !_refs[1].TryGetTarget(out _)) _refs.RemoveAt(1);
        int i = 0;
        if (i < _refs.Count && _refs[i].TryGetTarget(out var head) && head is PyWeakref r
            && ReferenceEquals(r.Type, PyWeakref.ReferenceType) && r.Callback is null)
        {
            basicRef = r;
            i++;
        }
        if (i < _refs.Count && _refs[i].TryGetTarget(out var next) && next is PyWeakProxy p && p.Callback is null)
            basicProxy = p;
    }

    /// <summary>Adds a new weakref at the head, or right after <paramref name="prev"/>.</summary>
    internal void Insert(PyWeakrefBase r, PyWeakrefBase? prev)
    {
        if (_refs.Count >= _sweepAt)
        {
            Prune();
            _sweepAt = Math.Max(8, 2 * _refs.Count);
        }
        var entry = new WeakReference<PyWeakrefBase>(r);
        if (prev is null) { _refs.Insert(0, entry); return; }
        // The basic ref and proxy are at the head.
        for (int i = 0; i < _refs.Count && i < 2; i++)
            if (_refs[i].TryGetTarget(out var x) && ReferenceEquals(x, prev)) { _refs.Insert(i + 1, entry); return; }
        _refs.Insert(0, entry);
    }

    /// <summary>Drops the entries of weakrefs that were collected.</summary>
    private void Prune() => _refs.RemoveAll(static w => !w.TryGetTarget(out _));

    /// <summary>PyObject_ClearWeakRefs: the referent died: every weakref is cleared (its __callback__ becomes
    /// None) and the callbacks are called in list order; an exception in one goes to sys.unraisablehook.</summary>
    internal void CallCallbacks()
    {
        var live = Live();
        _refs.Clear();
        var callbacks = new PyObject?[live.Count];
        for (int i = 0; i < live.Count; i++)
        {
            callbacks[i] = live[i].Callback;
            live[i].Clear();
        }
        for (int i = 0; i < live.Count; i++)
        {
            if (callbacks[i] is not { } cb) continue;
            try { Ops.Call(cb, [live[i]]); }
            catch (Exception e) when (PyErr.Reportable(e)) { SysModule.WriteUnraisable(PyErr.ToPython(e), null, cb); }
        }
    }
}
