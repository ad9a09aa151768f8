namespace Krait.Runtime;

/// <summary>_thread.lock (LockType), what threading.Lock() returns.</summary>
public sealed class PyLock : PyObject
{
    public static readonly PyType LockType = PyType.NewBuiltin("_thread.lock", PyType.ObjectType, TypeFlags.None, InitType);

    internal readonly ParkingLock Core = new();

    public PyLock() : base(LockType) { }

    /// <summary>TIMEOUT_MAX in nanoseconds (PY_TIMEOUT_MAX: the largest _PyTime_t, in whole microseconds).</summary>
    internal const long TimeoutMaxNs = long.MaxValue / 1000 * 1000;

    /// <summary>lock_acquire_parse_args: (blocking=True, timeout=-1) to a nanosecond timeout, -1 for "forever".</summary>
    internal static long ParseAcquireArgs(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = [null, null];
        ArgBinder.Bind("acquire", args, kw, ["blocking", "timeout"], 0, 2, 0, v);
        bool blocking = true;
        if (v[0] is { } b)
        {
            var bi = Ops.Index(b);
            if (!bi.TryGetLong(out _)) throw PyErr.OverflowError("Python int too large to convert to C long");
            blocking = bi.Sign != 0;
        }
        long timeout = -1_000_000_000;
        if (v[1] is { } t) timeout = PyTimeArg.FromSeconds(t, PyTimeArg.Round.Up);
        if (!blocking && timeout != -1_000_000_000) throw PyErr.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1_000_000_000) throw PyErr.ValueError("timeout value must be positive");
        if (!blocking) return 0;
        if (timeout == -1_000_000_000) return -1;
        if (timeout > TimeoutMaxNs) throw PyErr.OverflowError("timeout value is too large");
        return timeout;
    }

    private static PyLock Self(PyObject? o) => (PyLock)o!;

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => throw PyErr.TypeError("cannot create '_thread.lock' instances");
        t.Repr = o => new PyStr($"<{(Self(o).Core.Locked ? "locked" : "unlocked")} _thread.lock object at 0x{Ops.Id(o):x}>");
        BuiltinFn acquire = (self, args, kw) => PyBool.From(Self(self).Core.Acquire(ParseAcquireArgs(args, kw)));
        BuiltinFn release = (self, args, kw) =>
        {
            ArgBinder.None("lock.release", args, kw);
            var l = Self(self);
            if (!l.Core.Locked) throw PyErr.RuntimeError("release unlocked lock");
            l.Core.Release();
            return PyNone.Instance;
        };
        BuiltinFn locked = (self, args, kw) =>
        {
            ArgBinder.None("lock.locked", args, kw);
            return PyBool.From(Self(self).Core.Locked);
        };
        TypeBuilder.Method(t, "acquire_lock", acquire);
        TypeBuilder.Method(t, "acquire", acquire);
        TypeBuilder.Method(t, "release_lock", release);
        TypeBuilder.Method(t, "release", release);
        TypeBuilder.Method(t, "__enter__", acquire);
        TypeBuilder.Method(t, "__exit__", (self, args, kw) =>
        {
            var l = Self(self);
            if (!l.Core.Locked) throw PyErr.RuntimeError("release unlocked lock");
            l.Core.Release();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "locked_lock", locked);
        TypeBuilder.Method(t, "locked", locked);
        TypeBuilder.Method(t, "_at_fork_reinit", (self, args, kw) =>
        {
            ArgBinder.None("lock._at_fork_reinit", args, kw);
            Self(self).Core.Reinit();
            return PyNone.Instance;
        });
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(Doc));
    }

    private const string Doc = "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.";
}
