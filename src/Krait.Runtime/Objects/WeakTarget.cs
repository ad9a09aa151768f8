using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>The weak references to one object (CPython's tp_weaklist): a .NET short weak handle to the object,
/// shared by all of them, and the weakref/proxy objects themselves held weakly (a dead weakref is dropped, and
/// its callback is not called, as in CPython). The list keeps CPython's order: the basic ref (no callback,
/// exact type), the basic proxy, then the others newest first — the order callbacks run in.
/// The handles are raw <see cref="GCHandle"/>s, not <c>WeakReference&lt;T&gt;</c> objects: each of those has a .NET
/// finalizer, so every weakly referenced object cost three finalizable objects (its sentinel and two
/// WeakReferences), all promoted with what they reference when they died (asyncio's <c>_all_tasks</c> WeakSet: a
/// weakref per Task). The handles are freed on the Python thread (under the GIL): a dead weakref's when the list
/// is swept, all of them when the referent's death is handled (<see cref="CallCallbacks"/>, called from
/// <see cref="Finalization.RunPending"/>) or the list is replaced (<see cref="Release"/>).</summary>
internal sealed class WeakTarget
{
    private GCHandle _handle;
    private bool _released;
    private GCHandle[] _refs = s_none;
    private int _count;
    private static readonly GCHandle[] s_none = new GCHandle[0];
    /// <summary>The list length at which dead entries are next swept (doubling: creating n weakrefs stays O(n)).</summary>
    private int _sweepAt = 8;

    internal WeakTarget(PyObject o) => _handle = GCHandle.Alloc(o, GCHandleType.Weak);

    /// <summary>The referent, or null once it is unreachable.</summary>
    internal PyObject? Target => _released ? null : (PyObject?)_handle.Target;
    internal bool IsAlive => Target is not null;

    private PyWeakrefBase? RefAt(int i) => (PyWeakrefBase?)_refs[i].Target;

    /// <summary>The live weakref and proxy objects, in list order.</summary>
    internal List<PyWeakrefBase> Live()
    {
        var list = new List<PyWeakrefBase>(_count);
        for (int i = 0; i < _count; i++)
            if (RefAt(i) is { } r && ReferenceEquals(r.Target, this)) list.Add(r);
        return list;
    }

    internal int Count
    {
        get
        {
            int n = 0;
            for (int i = 0; i < _count; i++)
                if (RefAt(i) is { } r && ReferenceEquals(r.Target, this)) n++;
            return n;
        }
    }

    /// <summary>get_basic_refs: the head if it is a plain ref without callback, and the basic proxy after it.</summary>
    internal void BasicRefs(out PyWeakref? basicRef, out PyWeakProxy? basicProxy)
    {
        basicRef = null; basicProxy = null;
        // Only the head matters here: drop dead entries there; the rest is swept as the list grows.
        while (_count > 0 && RefAt(0) is null) RemoveAt(0);
        while (_count > 1 && RefAt(1) is null) RemoveAt(1);
        int i = 0;
        if (i < _count && RefAt(i) is PyWeakref r && ReferenceEquals(r.Type, PyWeakref.ReferenceType) && r.Callback is null)
        {
            basicRef = r;
            i++;
        }
        if (i < _count && RefAt(i) is PyWeakProxy p && p.Callback is null) basicProxy = p;
    }

    /// <summary>Adds a new weakref at the head, or right after <paramref name="prev"/>.</summary>
    internal void Insert(PyWeakrefBase r, PyWeakrefBase? prev)
    {
        if (_count >= _sweepAt)
        {
            Prune();
            _sweepAt = Math.Max(8, 2 * _count);
        }
        int at = 0;
        if (prev is not null)
        {
            // The basic ref and proxy are at the head.
            for (int i = 0; i < _count && i < 2; i++)
                if (ReferenceEquals(RefAt(i), prev)) { at = i + 1; break; }
        }
        if (_count == _refs.Length)
        {
            var grown = new GCHandle[Math.Max(2, 2 * _count)];
            Array.Copy(_refs, grown, _count);
            _refs = grown;
        }
        Array.Copy(_refs, at, _refs, at + 1, _count - at);
        _refs[at] = GCHandle.Alloc(r, GCHandleType.Weak);
        _count++;
    }

    private void RemoveAt(int i)
    {
        _refs[i].Free();
        _count--;
        Array.Copy(_refs, i + 1, _refs, i, _count - i);
        _refs[_count] = default;
    }

    /// <summary>Drops the entries of weakrefs that were collected.</summary>
    private void Prune() => _count = GcHandles.FreeDead(_refs, _count);

    /// <summary>Frees the handles: the list is done with (its referent died, or a new list replaces it).</summary>
    internal void Release()
    {
        if (_released) return;
        _released = true;
        _handle.Free();
        for (int i = 0; i < _count; i++) _refs[i].Free();
        _refs = s_none;
        _count = 0;
    }

    /// <summary>PyObject_ClearWeakRefs: the referent died: every weakref is cleared (its __callback__ becomes
    /// None) and the callbacks are called in list order; an exception in one goes to sys.unraisablehook.</summary>
    internal void CallCallbacks()
    {
        var live = Live();
        Release();
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
