namespace Krait.Runtime;

/// <summary>_thread.RLock: a reentrant lock owned by the thread that acquired it (threading.RLock's C version).</summary>
public sealed class PyRLock : PyObject
{
    public static readonly PyType RLockType = PyType.NewBuiltin("_thread.RLock", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private readonly ParkingLock _core = new();
    private long _owner;
    private long _count;
    private PyDict? _dict;

    public PyRLock(PyType type) : base(type) { }

    public override PyDict? Dict
    {
        get => Type.IsHeapType ? _dict ??= new PyDict() : null;
        set
        {
            if (!Type.IsHeapType) base.Dict = value;
            _dict = value;
        }
    }

    private bool OwnedByCurrent(long me) => _count > 0 && _owner == me;

    private static PyRLock Self(PyObject? o) => (PyRLock)o!;

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyRLock(type);
        t.Repr = o =>
        {
            var r = Self(o);
            return new PyStr($"<{(r._count > 0 ? "locked" : "unlocked")} {r.Type.Name} object owner={r._owner} count={r._count} at 0x{Ops.Id(o):x}>");
        };
        BuiltinFn acquire = (self, args, kw) =>
        {
            var r = Self(self);
            long timeout = PyLock.ParseAcquireArgs(args, kw);
            long me = ThreadState.Current.Ident;
            if (r._count > 0 && r._owner == me)
            {
                if (r._count == long.MaxValue) throw PyErr.OverflowError("Internal lock count overflowed");
                r._count++;
                return PyType.TrueValue;
            }
            if (!r._core.Acquire(timeout)) return PyType.FalseValue;
            r._owner = me;
            r._count = 1;
            return PyType.TrueValue;
        };
        BuiltinFn release = (self, args, kw) =>
        {
            var r = Self(self);
            if (!r.OwnedByCurrent(ThreadState.Current.Ident)) throw PyErr.RuntimeError("cannot release un-acquired lock");
            if (--r._count == 0)
            {
                r._owner = 0;
                r._core.Release();
            }
            return PyNone.Instance;
        };
        TypeBuilder.Method(t, "acquire", acquire);
        TypeBuilder.Method(t, "release", (self, args, kw) =>
        {
            ArgBinder.None("RLock.release", args, kw);
            return release(self, args, kw);
        });
        TypeBuilder.Method(t, "__enter__", acquire);
        TypeBuilder.Method(t, "__exit__", release);
        TypeBuilder.Method(t, "_acquire_restore", (self, args, kw) =>
        {
            if (kw is { Count: > 0 }) throw PyErr.TypeError("_acquire_restore() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"_acquire_restore() takes exactly 1 argument ({args.Length} given)");
            var state = args[0];
            // The "(kk)" format: any sequence of two ints.
            if (state is PyStr or PyBytes or PyByteArray || state.Type.GetItem is null || state.Type.Len is null)
                throw PyErr.TypeError($"_acquire_restore() argument 1 must be 2-item sequence, not {state.Type.Name}");
            long n = Ops.Len(state);
            if (n != 2) throw PyErr.TypeError($"_acquire_restore() argument 1 must be sequence of length 2, not {n}");
            long count = UnsignedLong(Ops.GetItem(state, PyInt.FromLong(0)), 0), owner = UnsignedLong(Ops.GetItem(state, PyInt.FromLong(1)), 1);
            var r = Self(self);
            if (!r._core.TryAcquire()) r._core.Acquire(-1);
            r._owner = owner;
            r._count = count;
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "_release_save", (self, args, kw) =>
        {
            ArgBinder.None("RLock._release_save", args, kw);
            var r = Self(self);
            if (r._count == 0) throw PyErr.RuntimeError("cannot release un-acquired lock");
            var res = PyTuple.Pair(PyInt.FromLong(r._count), PyInt.FromLong(r._owner));
            r._count = 0;
            r._owner = 0;
            r._core.Release();
            return res;
        });
        TypeBuilder.Method(t, "_is_owned", (self, args, kw) =>
        {
            ArgBinder.None("RLock._is_owned", args, kw);
            return PyBool.From(Self(self).OwnedByCurrent(ThreadState.Current.Ident));
        });
        TypeBuilder.Method(t, "_at_fork_reinit", (self, args, kw) =>
        {
            ArgBinder.None("RLock._at_fork_reinit", args, kw);
            var r = Self(self);
            r._core.Reinit();
            r._owner = 0;
            r._count = 0;
            return PyNone.Instance;
        });
    }

    /// <summary>The "k" converter of _acquire_restore's "(kk)" format.</summary>
    private static long UnsignedLong(PyObject o, int item)
    {
        if (o is not PyInt i) throw PyErr.TypeError($"_acquire_restore() argument 1, item {item} must be int, not {o.Type.Name}");
        return i.TryGetLong(out long v) ? v : (long)(ulong)(i.ToBigInteger() & ulong.MaxValue);
    }
}
