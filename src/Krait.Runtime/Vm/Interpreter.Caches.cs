using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// Per-instruction caches for global and attribute look-ups (CPython 3.11's specialised LOAD_GLOBAL_*,
// LOAD_ATTR_*, LOAD_METHOD_*, STORE_ATTR_* without rewriting the bytecode). A cache is filled on a miss and
// used while its guard holds: dict keys versions for globals, the type's version tag for attributes (a
// class whose dict or bases change gets a new tag, and so do its subclasses). Only descriptor kinds whose
// behaviour can't change under the guard are cached: functions, builtin method descriptors and data
// descriptors, plain builtin values; anything else takes the generic path every time.
internal static partial class Interpreter
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadGlobalCached(PyFrame f, ref GlobalCache c, PyStr name)
    {
        var g = f.Globals;
        if (g.KeysVersion == c.GlobalsKeys)
        {
            if (c.BuiltinsKeys == 0) return g.EntryValue(c.Index);
            if (f.Builtins.KeysVersion == c.BuiltinsKeys) return f.Builtins.EntryValue(c.Index);
        }
        return LoadGlobalMiss(f, ref c, name);
    }

    private static PyObject? LoadGlobalMiss(PyFrame f, ref GlobalCache c, PyStr name)
    {
        var g = f.Globals;
        int ix = ReferenceEquals(g.Type, PyType.DictType) ? g.FindStrEntry(name) : -1;
        if (ix >= 0)
        {
            c = new GlobalCache { GlobalsKeys = g.KeysVersion, BuiltinsKeys = 0, Index = ix };
            return g.EntryValue(ix);
        }
        var v = g.GetItemStr(name);
        if (v is not null) return v;
        var b = f.Builtins;
        if (ReferenceEquals(g.Type, PyType.DictType) && ReferenceEquals(b.Type, PyType.DictType) && b.KeysVersion != 0)
        {
            ix = b.FindStrEntry(name);
            if (ix < 0) return null;
            c = new GlobalCache { GlobalsKeys = g.KeysVersion, BuiltinsKeys = b.KeysVersion, Index = ix };
            return b.EntryValue(ix);
        }
        return LoadBuiltin(f, name);
    }


    /// <summary>The way of <paramref name="c"/> for <paramref name="version"/>, or a null ref.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref AttrWay FindWay(ref AttrCache c, uint version)
    {
        if (c.First.TypeVersion == version) return ref c.First;
        if (c.Second.TypeVersion == version) return ref c.Second;
        if (c.Third.TypeVersion == version) return ref c.Third;
        if (c.Fourth.TypeVersion == version) return ref c.Fourth;
        return ref Unsafe.NullRef<AttrWay>();
    }

    /// <summary>No instance-dict entry shadows the class attribute. The keys version of the last dict found
    /// without the name is remembered: a method called on the same instance again costs no dict look-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NotShadowed(PyObject o, PyStr name, ref AttrWay w)
    {
        if (o is not PyInstance pi) return true;
        if (pi.Values is { } values) return values.Length == 0 || NotAmongValues(pi, values, name, ref w);
        if (pi.DictIfBuilt is not { Count: > 0 } d) return true;
        uint keys = d.KeysVersion;
        return keys == w.DictKeys || NotInDict(d, keys, name, ref w);
    }

    /// <summary>An instance without a dict doesn't have the name set. A method way keeps in its (otherwise unused)
    /// Index the count of its class's names when the name was last found not among them: while the class has no
    /// new name, a call costs no look-up.</summary>
    private static bool NotAmongValues(PyInstance pi, PyObject?[] values, PyStr name, ref AttrWay w)
    {
        var keys = pi.Type.InstanceKeys!;
        bool method = w.Kind == AttrCacheKind.Method;
        if (method && w.Index == keys.Count) return true;
        int i = keys.IndexOf(name);
        if (i >= 0) return i >= values.Length || values[i] is null;
        if (method) w.Index = keys.Count;
        return true;
    }

    private static bool NotInDict(PyDict d, uint keys, PyStr name, ref AttrWay w)
    {
        if (d.GetItemStr(name) is not null) return false;
        w.DictKeys = keys;
        return true;
    }

    /// <summary>LOAD_ATTR: the attribute, or null with the AttributeError of a missing one pending.</summary>
    private static PyObject? LoadAttrCached(PyObject o, ref AttrCache c, PyStr name)
    {
        var tp = o.Type;
        ref var w = ref FindWay(ref c, tp.VersionTag);
        if (Unsafe.IsNullRef(ref w))
        {
            // A class object's ways are keyed on the class's version, not its metatype's.
            if (o is PyType cls) return LoadClassAttrCached(cls, ref c, name);
            // A miss (a new class at this site, or the class changed): learn what the type says first and take
            // the cached path below with it, rather than a generic look-up followed by the same type look-up.
            FillAttrCache(o, ref c, name, forStore: false);
            w = ref c.First;
        }
        switch (w.Kind)
        {
            case AttrCacheKind.InstanceDict:
                if (o is not PyInstance pi) break;
                if (pi.Values is { } values)
                {
                    // w.Index: where the last instance had the name among its class's names.
                    int k = w.Index;
                    if ((uint)k < (uint)values.Length && values[k] is { } kv && ReferenceEquals(tp.InstanceKeys![k], name)) return kv;
                    if (tp.InstanceKeys is { } keys && (k = keys.IndexOf(name)) >= 0 && k < values.Length && values[k] is { } found)
                    {
                        w.Index = k;
                        return found;
                    }
                }
                else if (pi.DictIfBuilt is { } d)
                {
                    if (d.ValueIfKeyAt(w.Index, name) is { } v) return v;
                    int ix = d.FindStrEntry(name);
                    if (ix >= 0)
                    {
                        w.Index = ix;
                        return d.EntryValue(ix);
                    }
                }
                break;
            case AttrCacheKind.Method:
                if (NotShadowed(o, name, ref w))
                    return ReferenceEquals(w.Descr!.Type, PyFunction.FunctionType) ? new PyMethod(w.Descr, o) : w.Descr.Type.DescrGet!(w.Descr, o, tp);
                break;
            case AttrCacheKind.ClassValue:
                if (NotShadowed(o, name, ref w) && Unsafe.As<PyDict>(w.Descr!).ValueIfKeyAt(w.Index, name) is { } cv) return cv;
                break;
            case AttrCacheKind.DataDescriptor:
                return w.Descr!.Type.DescrGet!(w.Descr, o, tp);
            case AttrCacheKind.Module:
                if (o is PyModule m && m.Dict!.GetItemStr(name) is { } mv) return mv;
                break;
        }
        return Ops.GetAttrOrPending(o, name); // the guard holds: nothing new to learn
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadMethodCached(PyObject o, ref AttrCache c, PyStr name, out PyObject? self)
    {
        ref var w = ref FindWay(ref c, o.Type.VersionTag);
        if (!Unsafe.IsNullRef(ref w))
        {
            if (w.Kind == AttrCacheKind.Method && NotShadowed(o, name, ref w))
            {
                self = o;
                return w.Descr!;
            }
            // Nothing cacheable (super objects, types, exceptions …): the generic method look-up still avoids
            // a bound-method object where it can.
            if (w.Kind == AttrCacheKind.None) return Ops.LoadMethodOrPending(o, name, out self);
            self = null;
            return LoadAttrCached(o, ref c, name);
        }
        if (o is PyType cls) return LoadClassMethodCached(cls, ref c, name, out self);
        var m = Ops.LoadMethodOrPending(o, name, out self);
        if (m is not null) FillAttrCache(o, ref c, name, forStore: false);
        return m;
    }

    /// <summary>LOAD_METHOD on a class object: its LOAD_ATTR (type's getattr binds nothing to the class), except that
    /// a classmethod wrapping a plain function comes back unbound with the class as <paramref name="self"/>
    /// (calling them is the same call, without the bound-method object).</summary>
    private static PyObject LoadClassMethodCached(PyType cls, ref AttrCache c, PyStr name, out PyObject? self)
    {
        ref var w = ref FindWay(ref c, cls.VersionTag);
        if (!Unsafe.IsNullRef(ref w) && w.Kind == AttrCacheKind.ClassAttr && w.Index < 0 && w.DictKeys == cls.Type.VersionTag
            && w.Descr is PyClassMethod cm && ReferenceEquals(cm.Func.Type, PyFunction.FunctionType))
        {
            self = cls;
            return cm.Func;
        }
        self = null;
        return LoadClassAttrCached(cls, ref c, name);
    }

    /// <summary>LOAD_ATTR on a class object through its <see cref="AttrCacheKind.ClassAttr"/> way (type_getattro's
    /// result when the metatype has nothing of that name).</summary>
    private static PyObject LoadClassAttrCached(PyType cls, ref AttrCache c, PyStr name)
    {
        ref var w = ref FindWay(ref c, cls.VersionTag);
        if (Unsafe.IsNullRef(ref w))
        {
            FillClassAttrCache(cls, ref c, name);
            w = ref c.First;
        }
        if (w.Kind == AttrCacheKind.ClassAttr && w.DictKeys == cls.Type.VersionTag)
        {
            var a = w.Descr!;
            if (w.Index < 0) return a.Type.DescrGet is { } get ? get(a, null, cls) : a;
            if (Unsafe.As<PyDict>(a).ValueIfKeyAt(w.Index, name) is { } v) return v;
        }
        return Ops.GetAttr(cls, name);
    }

    private static void FillClassAttrCache(PyType cls, ref AttrCache c, PyStr name)
    {
        c.Fourth = c.Third;
        c.Third = c.Second;
        c.Second = c.First;
        ref var w = ref c.First;
        var meta = cls.Type;
        w = new AttrWay { TypeVersion = cls.VersionTag, DictKeys = meta.VersionTag, Index = -1 };
        if (!ReferenceEquals(meta.GetAttr, PyType.TypeGetAttr) || meta.Lookup(name) is not null) return;
        var attr = cls.Lookup(name);
        if (attr is null) return;
        if (PyType.IsPlainValue(attr))
        {
            if (ClassValueEntry(cls, name, attr, out var holder, out int ix))
            {
                w.Kind = AttrCacheKind.ClassAttr;
                w.Descr = holder;
                w.Index = ix;
            }
            return;
        }
        // A builtin descriptor's __get__ can't change; a heap type's instance may gain or lose one.
        if (attr.Type.IsHeapType) return;
        w.Kind = AttrCacheKind.ClassAttr;
        w.Descr = attr;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreAttrCached(PyObject o, ref AttrCache c, PyStr name, PyObject value)
    {
        ref var w = ref FindWay(ref c, o.Type.VersionTag);
        if (!Unsafe.IsNullRef(ref w) && w.Kind == AttrCacheKind.InstanceDict && o is PyInstance pi)
        {
            if (pi.Values is { } values)
            {
                // The name's index as last seen (an attribute set again, or the next one in the class's order).
                int k = w.Index;
                if ((uint)k < (uint)values.Length && (k == 0 || values[k - 1] is not null) && ReferenceEquals(o.Type.InstanceKeys![k], name))
                {
                    // Through a span: an array store of a PyObject subclass instance pays the covariance check.
                    new Span<PyObject?>(values)[k] = value;
                    return;
                }
                if ((k = pi.StoreValue(name, value)) >= 0)
                {
                    w.Index = k;
                    return;
                }
            }
            if (pi.DictIfBuilt is { } d)
            {
                if (!d.SetValueIfKeyAt(w.Index, name, value))
                {
                    d.SetItem(name, value);
                    w.Index = d.FindStrEntry(name);
                }
                return;
            }
        }
        Ops.SetAttr(o, name, value);
        if (Unsafe.IsNullRef(ref w)) FillAttrCache(o, ref c, name, forStore: true);
    }

    /// <summary>The type dict along <paramref name="tp"/>'s MRO that holds <paramref name="name"/> (as the very key
    /// object, which the cached read checks), and the entry index there.</summary>
    private static bool ClassValueEntry(PyType tp, PyStr name, PyObject value, out PyDict holder, out int index)
    {
        var mro = tp.Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var d = mro[i].TypeDict;
            int ix = d.FindStrEntry(name);
            if (ix < 0) continue;
            holder = d;
            index = ix;
            return ReferenceEquals(d.ValueIfKeyAt(ix, name), value);
        }
        holder = null!;
        index = -1;
        return false;
    }

    /// <summary>Records in a new first way what the type says about <paramref name="name"/> (after a
    /// successful generic access); the other ways move down one, the oldest is dropped.</summary>
    private static void FillAttrCache(PyObject o, ref AttrCache c, PyStr name, bool forStore)
    {
        var tp = o.Type;
        c.Fourth = c.Third;
        c.Third = c.Second;
        c.Second = c.First;
        ref var w = ref c.First;
        w = new AttrWay { TypeVersion = tp.VersionTag, Index = -1 };
        if (o is PyModule)
        {
            if (!forStore && ReferenceEquals(tp, PyModule.ModuleType) && tp.Lookup(name) is null) w.Kind = AttrCacheKind.Module;
            return;
        }
        // Other objects: builtin types whose instances have no dict (the guard can't see a dict of theirs).
        if (o is not PyInstance && (tp.IsHeapType || o.Dict is not null)) return;
        bool generic = forStore ? ReferenceEquals(tp.SetAttr, PyBaseObject.GenericSetAttr) : ReferenceEquals(tp.GetAttr, PyBaseObject.GenericGetAttr);
        if (!generic) return;
        var descr = tp.Lookup(name);
        if (descr is null)
        {
            if (tp.HasDict && o is PyInstance) w.Kind = AttrCacheKind.InstanceDict;
            return;
        }
        if (forStore) return;
        var dt = descr.Type;
        if (ReferenceEquals(dt, PyFunction.FunctionType) || ReferenceEquals(dt, PyType.MethodDescriptorType))
            w.Kind = AttrCacheKind.Method;
        else if (PyType.IsPlainValue(descr))
        {
            // Read through the dict entry that holds it: rebinding a plain value keeps the version tag
            // (PyType.TryRebindValue), so the value itself must not be captured.
            if (ClassValueEntry(tp, name, descr, out var holder, out int ix))
                w = new AttrWay { TypeVersion = w.TypeVersion, Kind = AttrCacheKind.ClassValue, Index = ix, Descr = holder };
            return;
        }
        else if (!dt.IsHeapType && dt.DescrGet is not null && dt.DescrSet is not null)
            w.Kind = AttrCacheKind.DataDescriptor;
        else return;
        w.Descr = descr;
    }
}
