using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>asyncio's stock event loop as the native Future and Task see it. Every task step and every done callback
/// goes through <c>loop.call_soon(callback, arg, context=ctx)</c>; with the stock loop that is four Python frames
/// (call_soon, _check_closed, _call_soon, Handle.__init__ and its get_debug call: ~20,000 instructions, more than
/// all the rest of a task step). When the loop's class and instance dict leave BaseEventLoop's call_soon,
/// _call_soon, _check_closed and get_debug in place, base_events.events.Handle is the stock Handle, the loop is
/// open and not in debug mode and no trace or profile function is set, the same effects (a Handle appended to
/// <c>loop._ready</c>) are produced here. Anything else takes the Python call. The stock functions are recognised
/// by their code (name, file and the names they use), so a patched method is never mistaken for one.</summary>
internal static class StockLoop
{
    private static readonly PyStr s_callSoon = PyStr.Intern("call_soon"), s_callSoonImpl = PyStr.Intern("_call_soon"),
        s_checkClosed = PyStr.Intern("_check_closed"), s_getDebug = PyStr.Intern("get_debug"),
        s_closed = PyStr.Intern("_closed"), s_debug = PyStr.Intern("_debug"), s_ready = PyStr.Intern("_ready"),
        s_events = PyStr.Intern("events"), s_handle = PyStr.Intern("Handle"), s_init = PyStr.Intern("__init__"),
        s_getattribute = PyStr.Intern("__getattribute__"), s_getattr = PyStr.Intern("__getattr__");

    // The stock functions and their code objects, found once (the code is compared on each use: __code__ is writable).
    private static PyFunction? s_fnCallSoon, s_fnCallSoonImpl, s_fnCheckClosed, s_fnGetDebug, s_fnHandleInit;
    private static PyCode? s_coCallSoon, s_coCallSoonImpl, s_coCheckClosed, s_coGetDebug, s_coHandleInit;
    private static PyType? s_handleType;
    private static PyDict? s_baseEventsGlobals, s_eventsGlobals;

    // What the last validation saw. Version tags and dict versions come from global counters, so equal numbers
    // mean the very same type or dict, unchanged: no reference to the loop is kept (it must die when the program
    // drops it, for its __del__).
    private static uint s_loopTypeVersion, s_loopKeysVersion, s_handleVersion, s_baseEventsVersion, s_eventsVersion;
    private static bool s_stock;
    private static int s_iClosed, s_iDebug, s_iReady;
    // Handle's member slots.
    private static int s_mCallback, s_mArgs, s_mCancelled, s_mLoop, s_mSourceTb, s_mRepr, s_mContext;
    /// <summary>One more than the largest of the member indices.</summary>
    private static int s_memberCount;

    /// <summary>Runs the static initialisation before the hot methods are compiled: code compiled while a class is
    /// uninitialised reaches its statics through a helper call on every access (TieredCompilation=0).</summary>
    internal static void Touch() => s_stock = false;

    /// <summary>Is <paramref name="loop"/> the stock loop, with <paramref name="dict"/> its instance dict laid out
    /// as last validated?</summary>
    private static bool IsStock(PyObject loop, out PyDict? dict)
    {
        dict = loop is PyInstance ? loop.Dict : null;
        if (dict is null) return false;
        if (loop.Type.VersionTag == s_loopTypeVersion && dict.KeysVersion == s_loopKeysVersion
            && s_handleType!.VersionTag == s_handleVersion && s_baseEventsGlobals!.Version == s_baseEventsVersion
            && s_eventsGlobals!.Version == s_eventsVersion)
            return s_stock && ReferenceEquals(s_fnCallSoon!.Code, s_coCallSoon) && ReferenceEquals(s_fnCallSoonImpl!.Code, s_coCallSoonImpl)
                && ReferenceEquals(s_fnCheckClosed!.Code, s_coCheckClosed) && ReferenceEquals(s_fnGetDebug!.Code, s_coGetDebug)
                && ReferenceEquals(s_fnHandleInit!.Code, s_coHandleInit);
        return Validate(loop, dict);
    }

    /// <summary>The loop is stock, open, not in debug mode, and nothing traces the Python frames that are skipped.</summary>
    private static bool CanSkipFrames(PyObject loop, out PyDict dict)
    {
        if (!IsStock(loop, out var d)) { dict = null!; return false; }
        dict = d!;
        if (!ReferenceEquals(dict.ValueIfKeyAt(s_iClosed, s_closed), PyBool.False)
            || !ReferenceEquals(dict.ValueIfKeyAt(s_iDebug, s_debug), PyBool.False)) return false;
        var ts = ThreadState.Current;
        return ts.TraceFunc is null && ts.ProfileFunc is null;
    }

    /// <summary>loop.call_soon(func[, arg], context=ctx) done natively; false (nothing done) when the Python call is
    /// needed.</summary>
    internal static bool TryCallSoon(PyObject loop, PyObject func, PyObject? arg, PyObject ctx)
    {
        if (!CanSkipFrames(loop, out var dict)) return false;
        var ready = dict.ValueIfKeyAt(s_iReady, s_ready)!;
        var type = s_handleType!;
        var h = type.Allocate is { } alloc ? alloc(type) : new PyInstance(type);
        var m = PyMemberDescriptor.MembersOf(h);
        if (m.Length < s_memberCount) return false;
        // Handle.__init__'s stores, with loop.get_debug() false. Through a byref: an element store into a
        // PyObject?[] costs a covariance check (~30 instructions) each.
        ref var m0 = ref MemoryMarshal.GetArrayDataReference(m);
        Unsafe.Add(ref m0, s_mContext) = ctx;
        Unsafe.Add(ref m0, s_mLoop) = loop;
        Unsafe.Add(ref m0, s_mCallback) = func;
        Unsafe.Add(ref m0, s_mArgs) = arg is null ? PyTuple.Empty : new PyTuple([arg]);
        Unsafe.Add(ref m0, s_mCancelled) = PyBool.False;
        Unsafe.Add(ref m0, s_mRepr) = PyNone.Instance;
        Unsafe.Add(ref m0, s_mSourceTb) = PyNone.Instance;
        // _source_traceback is None: _call_soon and call_soon leave it; then self._ready.append(handle).
        if (ready is PyDeque dq && ReferenceEquals(dq.Type, PyDeque.DequeType)) dq.Append(h);
        else Ops.CallMethod(ready, "append", [h]);
        return true;
    }

    /// <summary>loop.get_debug() of the stock loop (its <c>_debug</c>), or null when the Python call is needed.</summary>
    internal static bool? TryGetDebug(PyObject loop)
    {
        if (!IsStock(loop, out var dict)) return null;
        var ts = ThreadState.Current;
        if (ts.TraceFunc is not null || ts.ProfileFunc is not null) return null;
        var v = dict!.ValueIfKeyAt(s_iDebug, s_debug)!;
        if (ReferenceEquals(v, PyBool.False)) return false;
        if (ReferenceEquals(v, PyBool.True)) return true;
        return null;
    }

    private static bool Validate(PyObject loop, PyDict dict)
    {
        s_stock = false;
        if (!FindStock()) return false;
        var lt = loop.Type;
        s_loopTypeVersion = lt.VersionTag;
        s_loopKeysVersion = dict.KeysVersion;
        s_handleVersion = s_handleType!.VersionTag;
        s_baseEventsVersion = s_baseEventsGlobals!.Version;
        s_eventsVersion = s_eventsGlobals!.Version;
        // A keys version of 0 is any empty dict's: never cache it.
        if (s_loopKeysVersion == 0) return false;
        if (!ReferenceEquals(lt.Lookup(s_callSoon), s_fnCallSoon) || !ReferenceEquals(lt.Lookup(s_callSoonImpl), s_fnCallSoonImpl)
            || !ReferenceEquals(lt.Lookup(s_checkClosed), s_fnCheckClosed) || !ReferenceEquals(lt.Lookup(s_getDebug), s_fnGetDebug))
            return false;
        // Plain attribute access: the instance dict holds _closed, _debug and _ready and nothing shadows the methods.
        if (lt.Lookup(s_getattr) is not null || !ReferenceEquals(lt.Lookup(s_getattribute), PyType.ObjectType.Lookup(s_getattribute))
            || !ReferenceEquals(lt.GetAttr, PyType.ObjectType.GetAttr)
            || lt.Lookup(s_closed) is not null || lt.Lookup(s_debug) is not null || lt.Lookup(s_ready) is not null)
            return false;
        if (dict.FindStrEntry(s_callSoon) >= 0 || dict.FindStrEntry(s_callSoonImpl) >= 0
            || dict.FindStrEntry(s_checkClosed) >= 0 || dict.FindStrEntry(s_getDebug) >= 0)
            return false;
        s_iClosed = dict.FindStrEntry(s_closed);
        s_iDebug = dict.FindStrEntry(s_debug);
        s_iReady = dict.FindStrEntry(s_ready);
        if (s_iClosed < 0 || s_iDebug < 0 || s_iReady < 0) return false;
        // events.Handle(...) in _call_soon: a module global, then the module's attribute.
        if (s_baseEventsGlobals.GetItemStr(s_events) is not PyModule ev || !ReferenceEquals(ev.Type, PyModule.ModuleType)
            || !ReferenceEquals(ev.ModuleDict, s_eventsGlobals) || !ReferenceEquals(s_eventsGlobals.GetItemStr(s_handle), s_handleType))
            return false;
        if (!HandleIsStock()) return false;
        s_stock = true;
        return true;
    }

    /// <summary>Handle(...) runs object.__new__ and the stock Handle.__init__, which stores into its slots.</summary>
    private static bool HandleIsStock()
    {
        var t = s_handleType!;
        if (!ReferenceEquals(t.Type, PyType.TypeType) || (t.Flags & TypeFlags.IsAbstract) != 0
            || !ReferenceEquals(t.Lookup(s_init), s_fnHandleInit)
            || !ReferenceEquals(t.New, PyType.ObjectType.New) || !ReferenceEquals(t.SetAttr, PyType.ObjectType.SetAttr))
            return false;
        return Member(t, "_callback", out s_mCallback) && Member(t, "_args", out s_mArgs) && Member(t, "_cancelled", out s_mCancelled)
            && Member(t, "_loop", out s_mLoop) && Member(t, "_source_traceback", out s_mSourceTb) && Member(t, "_repr", out s_mRepr)
            && Member(t, "_context", out s_mContext)
            && (s_memberCount = 1 + Math.Max(Math.Max(Math.Max(s_mCallback, s_mArgs), Math.Max(s_mCancelled, s_mLoop)),
                Math.Max(Math.Max(s_mSourceTb, s_mRepr), s_mContext))) > 0;
    }

    private static bool Member(PyType t, string name, out int index)
    {
        index = -1;
        if (t.Lookup(PyStr.Intern(name)) is not PyMemberDescriptor d || !ReferenceEquals(d.Owner, t) || d.Index < 0) return false;
        index = d.Index;
        return true;
    }

    /// <summary>Finds BaseEventLoop's methods and events.Handle in sys.modules (once), checking they are the stock
    /// code.</summary>
    private static bool FindStock()
    {
        if (s_fnCallSoon is not null) return true;
        if (PythonRuntime.Modules.GetItem(new PyStr("asyncio.base_events")) is not PyModule be
            || PythonRuntime.Modules.GetItem(new PyStr("asyncio.events")) is not PyModule ev
            || be.ModuleDict.GetItemStr(PyStr.Intern("BaseEventLoop")) is not PyType bel
            || ev.ModuleDict.GetItemStr(s_handle) is not PyType handle)
            return false;
        var d = bel.TypeDict;
        if (StockFunction(d.GetItemStr(s_callSoon), "base_events.py", "BaseEventLoop.call_soon",
                ["_check_closed", "_debug", "_check_thread", "_check_callback", "_call_soon", "_source_traceback"]) is not { } callSoon
            || StockFunction(d.GetItemStr(s_callSoonImpl), "base_events.py", "BaseEventLoop._call_soon",
                ["events", "Handle", "_source_traceback", "_ready", "append"]) is not { } callSoonImpl
            || StockFunction(d.GetItemStr(s_checkClosed), "base_events.py", "BaseEventLoop._check_closed", ["_closed", "RuntimeError"]) is not { } checkClosed
            || StockFunction(d.GetItemStr(s_getDebug), "base_events.py", "BaseEventLoop.get_debug", ["_debug"]) is not { } getDebug
            || StockFunction(handle.TypeDict.GetItemStr(s_init), "events.py", "Handle.__init__",
                ["contextvars", "copy_context", "_context", "_loop", "_callback", "_args", "_cancelled", "_repr", "get_debug",
                 "format_helpers", "extract_stack", "sys", "_getframe", "_source_traceback"]) is not { } handleInit)
            return false;
        if (!ReferenceEquals(callSoonImpl.Globals, be.ModuleDict)) return false;
        s_baseEventsGlobals = be.ModuleDict;
        s_eventsGlobals = ev.ModuleDict;
        s_handleType = handle;
        s_fnCallSoonImpl = callSoonImpl; s_coCallSoonImpl = callSoonImpl.Code;
        s_fnCheckClosed = checkClosed; s_coCheckClosed = checkClosed.Code;
        s_fnGetDebug = getDebug; s_coGetDebug = getDebug.Code;
        s_fnHandleInit = handleInit; s_coHandleInit = handleInit.Code;
        s_coCallSoon = callSoon.Code;
        s_fnCallSoon = callSoon;
        return true;
    }

    private static PyFunction? StockFunction(PyObject? o, string file, string qualname, string[] names)
    {
        if (o is not PyFunction f || !ReferenceEquals(f.Type, PyFunction.FunctionType)) return null;
        var co = f.Code;
        if (co.QualName.Value != qualname || !co.Filename.Value.EndsWith("/asyncio/" + file, StringComparison.Ordinal)
            || co.Names.Length != names.Length)
            return null;
        for (int i = 0; i < names.Length; i++)
            if (co.Names[i].Value != names[i]) return null;
        return f;
    }
}
