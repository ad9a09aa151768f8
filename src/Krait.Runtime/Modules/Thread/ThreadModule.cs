namespace Krait.Runtime;

/// <summary>The _thread module (CPython's Modules/_threadmodule.c): real .NET threads that take turns on the
/// GIL (<see cref="Gil"/>), locks, thread-local data.</summary>
public static partial class ThreadModule
{
    /// <summary>_count(): threads started by start_new_thread still running.</summary>
    private static int s_count;
    /// <summary>stack_size(): 0 means the default.</summary>
    private static long s_stackSize;
    /// <summary>The .NET stack of a new thread: Python calls recurse on it, so as large as the main thread's.</summary>
    private const int DefaultStackBytes = 256 * 1024 * 1024;

    private static PyType? s_exceptHookArgsType;

    public static PyModule Create()
    {
        var m = new PyModule("_thread", "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.");
        m.Add("LockType", PyLock.LockType);
        m.Add("RLock", PyRLock.RLockType);
        m.Add("_local", PyThreadLocal.LocalType);
        m.Add("error", PyExc.RuntimeError);
        m.Add("TIMEOUT_MAX", new PyFloat(Math.Floor(PyLock.TimeoutMaxNs / 1000 * 1e-6)));
        m.Add("_ExceptHookArgs", ExceptHookArgsType);

        BuiltinFn allocate = (self, args, kw) =>
        {
            ArgBinder.None("_thread.allocate_lock", args, kw);
            return new PyLock();
        };
        m.AddFunction("allocate_lock", allocate);
        m.AddFunction("allocate", allocate);
        m.AddFunction("get_ident", (self, args, kw) =>
        {
            ArgBinder.None("_thread.get_ident", args, kw);
            return PyInt.FromLong(ThreadState.Current.Ident);
        });
        m.AddFunction("get_native_id", (self, args, kw) =>
        {
            ArgBinder.None("_thread.get_native_id", args, kw);
            return PyInt.FromLong(ThreadState.Current.NativeId);
        });
        m.AddFunction("_count", (self, args, kw) =>
        {
            ArgBinder.None("_thread._count", args, kw);
            return PyInt.FromLong(Volatile.Read(ref s_count));
        });
        m.AddFunction("stack_size", StackSize);
        BuiltinFn start = StartNewThread;
        m.AddFunction("start_new_thread", start);
        m.AddFunction("start_new", start);
        BuiltinFn exit = (self, args, kw) =>
        {
            ArgBinder.None("_thread.exit", args, kw);
            throw PyErr.New(PyExc.SystemExit);
        };
        m.AddFunction("exit", exit);
        m.AddFunction("exit_thread", exit);
        m.AddFunction("interrupt_main", InterruptMain);
        m.AddFunction("_set_sentinel", (self, args, kw) =>
        {
            ArgBinder.None("_thread._set_sentinel", args, kw);
            var lk = new PyLock();
            ThreadState.Current.Sentinels.Add(lk);
            return lk;
        });
        m.AddFunction("_excepthook", ExceptHook);
        return m;
    }

    private static PyObject StackSize(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgBinder.Positional("stack_size", args, kw, 0, 1);
        if (kw is { Count: > 0 }) throw PyErr.TypeError("stack_size() takes no keyword arguments");
        if (args.Length > 1) throw PyErr.TypeError($"stack_size() takes at most 1 argument ({args.Length} given)");
        long old = s_stackSize;
        if (args.Length == 1)
        {
            long size = Ops.AsSsize(args[0], PyExc.OverflowError);
            if (size < 0) throw PyErr.ValueError("size must be 0 or a positive value");
            if (size != 0 && size < 32768) throw PyErr.ValueError($"size not valid: {size} bytes");
            s_stackSize = size;
        }
        return PyInt.FromLong(old);
    }

    private static PyObject StartNewThread(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Count: > 0 }) throw PyErr.TypeError("start_new_thread() takes no keyword arguments");
        ArgBinder.Positional("start_new_thread", args, kw, 2, 3);
        var func = args[0];
        if (func.Type.Call is null) throw PyErr.TypeError("first arg must be callable");
        if (args[1] is not PyTuple fargs) throw PyErr.TypeError("2nd arg must be a tuple");
        PyDict? fkw = null;
        if (args.Length == 3)
        {
            if (args[2] is PyDict d) fkw = d;
            else throw PyErr.TypeError("optional 3rd arg must be a dictionary");
        }
        // Build the call now, on the caller's thread, so the new one only calls.
        PyObject[] callArgs;
        PyTuple? kwnames = null;
        if (fkw is null || fkw.Count == 0) callArgs = fargs.AsSpan().ToArray();
        else
        {
            var items = fkw.Items();
            callArgs = new PyObject[fargs.Count + items.Count];
            var names = new PyObject[items.Count];
            for (int i = 0; i < fargs.Count; i++) callArgs[i] = fargs[i];
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i].Key is not PyStr) throw PyErr.TypeError("keywords must be strings");
                names[i] = items[i].Key;
                callArgs[fargs.Count + i] = items[i].Value;
            }
            kwnames = PyTuple.Create(names);
        }
        Gil.Enable();
        long stack = s_stackSize == 0 ? DefaultStackBytes : Math.Max(s_stackSize, DefaultStackBytes);
        var thread = new Thread(() => Bootstrap(func, callArgs, kwnames), (int)Math.Min(stack, int.MaxValue))
        {
            IsBackground = true,
        };
        Interlocked.Increment(ref s_count);
        try { thread.Start(); }
        catch (OutOfMemoryException)
        {
            Interlocked.Decrement(ref s_count);
            throw PyErr.RuntimeError("can't start new thread");
        }
        return PyInt.FromLong(thread.ManagedThreadId);
    }

    /// <summary>thread_run: the body of a thread start_new_thread started.</summary>
    private static void Bootstrap(PyObject func, PyObject[] args, PyTuple? kwnames)
    {
        var ts = ThreadState.Current;
        Gil.Acquire(ts);
        try
        {
            try { Ops.Call(func, args, kwnames); }
            catch (PythonException e) when (!Ops.IsInstance(e.Value, PyExc.SystemExit))
            {
                SysModule.WriteUnraisable(e.Value, "Exception ignored in thread started by", func);
            }
            catch (PythonException) { }
        }
        catch (Exception e) when (e is not PythonException && PyErr.Reportable(e))
        {
            // A defect in the runtime (or the stack or memory running out outside Python code): reported as the
            // Python exception it stands for, never as a .NET stack trace, and the process goes on.
            try { SysModule.WriteUnraisable(PyErr.ToPython(e), "Exception ignored in thread started by", func); }
            catch (Exception) { }
        }
        finally
        {
            ts.Finish();
            Interlocked.Decrement(ref s_count);
            Gil.Drop(ts);
        }
    }

    /// <summary>wait_for_thread_shutdown (Py_FinalizeEx): when threading was imported, its _shutdown() joins the
    /// non-daemon threads. Afterwards daemon threads never take the GIL again.</summary>
    public static void WaitForThreadShutdown()
    {
        if (PythonRuntime.Modules.GetItemStr(PyStr.Intern("threading")) is { } threading)
        {
            try { Ops.CallMethod(threading, "_shutdown", []); }
            catch (PythonException e) { SysModule.WriteUnraisable(e.Value, null, threading); }
        }
        Gil.Finalizing = true;
    }

    private static PyObject InterruptMain(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Count: > 0 }) throw PyErr.TypeError("interrupt_main() takes no keyword arguments");
        if (args.Length > 1) throw PyErr.TypeError($"signum() takes at most 1 argument ({args.Length} given)");
        long signum = 2;
        if (args.Length == 1)
        {
            var i = Ops.Index(args[0]);
            if (!i.TryGetLong(out signum) || signum < int.MinValue || signum > int.MaxValue)
                throw PyErr.OverflowError(i.Sign < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        }
        if (signum < 1 || signum >= 65) throw PyErr.ValueError("signal number out of range");
        Interpreter.TripSignal((int)signum);
        return PyNone.Instance;
    }

    /// <summary>_thread._ExceptHookArgs: what threading.excepthook receives.</summary>
    internal static PyType ExceptHookArgsType =>
        s_exceptHookArgsType ??= PyStructSeq.NewType("_thread._ExceptHookArgs", ["exc_type", "exc_value", "exc_traceback", "thread"],
            allowNew: true, "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.");

    /// <summary>_thread._excepthook (threading.excepthook's default): "Exception in thread NAME:" and the traceback.</summary>
    private static PyObject ExceptHook(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ArgBinder.One("_thread._excepthook", args, kw);
        if (!ReferenceEquals(a.Type, ExceptHookArgsType))
            throw PyErr.TypeError("_thread.excepthook argument type must be ExceptHookArgs");
        var t = (PyTuple)a;
        var excType = t[0];
        if (ReferenceEquals(excType, PyExc.SystemExit)) return PyNone.Instance;
        var value = t[1];
        var tb = t[2];
        var thread = t[3];
        var file = Sys.GetOrNull("stderr");
        if (file is null or PyNone)
        {
            if (thread is PyNone) return PyNone.Instance;
            file = Ops.TryGetAttr(thread, PyStr.Intern("_stderr"));
            if (file is null or PyNone) return PyNone.Instance;
        }
        Ops.CallMethod(file, "write", [new PyStr("Exception in thread ")]);
        PyObject? name = thread is PyNone ? null : Ops.TryGetAttr(thread, PyStr.Intern("name"));
        Ops.CallMethod(file, "write", [name is null ? new PyStr(ThreadState.Current.Ident.ToString()) : Ops.Str(name)]);
        Ops.CallMethod(file, "write", [new PyStr(":\n")]);
        Ops.CallMethod(file, "flush", []);
        if (value is PyBaseException exc)
        {
            if (tb is PyTraceback && exc.Traceback is null) exc.Traceback = tb;
            ExceptionPrinter.Print(exc, file);
        }
        else ExceptionPrinter.Display(value, tb);
        return PyNone.Instance;
    }
}
