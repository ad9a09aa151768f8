namespace Krait.Runtime;

/// <summary>The _imp module (CPython's Python/import.c): the native half of importlib. Krait has no frozen modules
/// and no C extension modules, so those parts answer as CPython does when it has none: not frozen, no suffixes,
/// ImportError for a dynamic load.</summary>
public static class ImpModule
{
    // The import lock (_PyImport_AcquireLock): reentrant, per thread; waiting for it releases the GIL.
    private static readonly object s_lock = new();
    private static ThreadState? s_owner;
    private static int s_count;

    public static PyModule Create()
    {
        var m = new PyModule("_imp", "(Extremely) low-level import machinery bits as used by importlib and imp.");
        m.Add("check_hash_based_pycs", new PyStr("default"));
        m.AddFunction("lock_held", (self, args, kw) =>
        {
            ArgBinder.Positional("lock_held", args, kw, 0, 0);
            lock (s_lock) return PyBool.From(s_owner is not null);
        });
        m.AddFunction("acquire_lock", (self, args, kw) =>
        {
            ArgBinder.Positional("acquire_lock", args, kw, 0, 0);
            AcquireLock();
            return PyNone.Instance;
        });
        m.AddFunction("release_lock", (self, args, kw) =>
        {
            ArgBinder.Positional("release_lock", args, kw, 0, 0);
            if (!ReleaseLock()) throw new PythonException(PyErr.Make(PyExc.RuntimeError, "not holding the import lock"));
            return PyNone.Instance;
        });
        m.AddFunction("is_builtin", (self, args, kw) =>
        {
            ArgBinder.Positional("is_builtin", args, kw, 1, 1);
            var name = Name("is_builtin", args[0]);
            if (!Importer.IsBuiltin(name)) return PyInt.FromLong(0);
            // -1: a module that can't be initialised twice (sys, builtins).
            return PyInt.FromLong(name is "sys" or "builtins" ? -1 : 1);
        });
        m.AddFunction("create_builtin", (self, args, kw) =>
        {
            ArgBinder.Positional("create_builtin", args, kw, 1, 1);
            var spec = args[0];
            var name = Ops.GetAttr(spec, "name") as PyStr
                ?? throw PyErr.TypeError($"name must be string, not {Ops.GetAttr(spec, "name").Type.Name}");
            // An already imported built-in module is returned as is (sys, builtins and friends exist once).
            if (Sys.Module.ModuleDict.GetItemStr(PyStr.Intern("modules")) is PyDict modules
                && modules.GetItemStr(name) is { } existing && Importer.IsBuiltin(name.Value)
                && name.Value is "sys" or "builtins")
                return existing;
            return BuiltinImporter.CreateModule(spec);
        });
        m.AddFunction("exec_builtin", (self, args, kw) =>
        {
            ArgBinder.Positional("exec_builtin", args, kw, 1, 1);
            return PyInt.FromLong(0);
        });
        m.AddFunction("exec_dynamic", (self, args, kw) =>
        {
            ArgBinder.Positional("exec_dynamic", args, kw, 1, 1);
            return PyInt.FromLong(0);
        });
        m.AddFunction("create_dynamic", (self, args, kw) =>
        {
            ArgBinder.Positional("create_dynamic", args, kw, 1, 2);
            var name = Ops.Str(Ops.GetAttr(args[0], "name")).Value;
            throw new PythonException(PyErr.Make(PyExc.ImportError, $"Krait cannot load C extension modules ('{name}')"));
        });
        m.AddFunction("extension_suffixes", (self, args, kw) =>
        {
            ArgBinder.Positional("extension_suffixes", args, kw, 0, 0);
            return new PyList();
        });
        m.AddFunction("is_frozen", (self, args, kw) =>
        {
            ArgBinder.Positional("is_frozen", args, kw, 1, 1);
            Name("is_frozen", args[0]);
            return PyBool.False;
        });
        m.AddFunction("is_frozen_package", (self, args, kw) =>
        {
            ArgBinder.Positional("is_frozen_package", args, kw, 1, 1);
            throw NotFrozen(Name("is_frozen_package", args[0]));
        });
        m.AddFunction("find_frozen", (self, args, kw) =>
        {
            var a = new PyObject?[2];
            ArgBinder.Bind("find_frozen", args, kw, ["name", "withdata"], 1, 1, 1, a);
            Name("find_frozen", a[0]!);
            return PyNone.Instance;
        });
        m.AddFunction("get_frozen_object", (self, args, kw) =>
        {
            ArgBinder.Positional("get_frozen_object", args, kw, 1, 2);
            throw NotFrozen(Name("get_frozen_object", args[0]));
        });
        m.AddFunction("init_frozen", (self, args, kw) =>
        {
            ArgBinder.Positional("init_frozen", args, kw, 1, 1);
            Name("init_frozen", args[0]);
            return PyNone.Instance;
        });
        m.AddFunction("_frozen_module_names", (self, args, kw) =>
        {
            ArgBinder.Positional("_frozen_module_names", args, kw, 0, 0);
            return PyTuple.Empty;
        });
        m.AddFunction("_override_frozen_modules_for_tests", (self, args, kw) =>
        {
            ArgBinder.Positional("_override_frozen_modules_for_tests", args, kw, 1, 1);
            return PyNone.Instance;
        });
        m.AddFunction("_fix_co_filename", (self, args, kw) =>
        {
            ArgBinder.Positional("_fix_co_filename", args, kw, 2, 2);
            if (args[0] is not PyCode) throw PyErr.TypeError($"_fix_co_filename() argument 1 must be code, not {args[0].Type.Name}");
            if (args[1] is not PyStr) throw PyErr.TypeError($"_fix_co_filename() argument 2 must be str, not {args[1].Type.Name}");
            // Krait's code objects keep the file name they were compiled with; the importer compiles with the path.
            return PyNone.Instance;
        });
        m.AddFunction("source_hash", (self, args, kw) =>
        {
            var a = new PyObject?[2];
            ArgBinder.Bind("source_hash", args, kw, ["key", "source"], 0, 2, 2, a);
            long key = Ops.AsSsize(a[0]!);
            var data = Buffers.Get(a[1]!);
            ulong h = SipHash13.Hash((ulong)key, 0, data);
            return new PyBytes(BitConverter.GetBytes(h));
        });
        return m;
    }

    private static string Name(string fn, PyObject o) =>
        o is PyStr s ? s.Value : throw PyErr.TypeError($"{fn}() argument must be str, not {o.Type.Name}");

    private static PythonException NotFrozen(string name)
    {
        var e = (PyImportError)PyErr.Make(PyExc.ImportError, $"No such frozen object named '{name}'");
        e.Name = new PyStr(name);
        return new PythonException(e);
    }

    private static void AcquireLock()
    {
        var me = ThreadState.Current;
        while (true)
        {
            lock (s_lock)
            {
                if (s_owner is null || ReferenceEquals(s_owner, me))
                {
                    s_owner = me;
                    s_count++;
                    return;
                }
            }
            using (Gil.Release()) Thread.Sleep(1);
        }
    }

    private static bool ReleaseLock()
    {
        lock (s_lock)
        {
            if (!ReferenceEquals(s_owner, ThreadState.Current)) return false;
            if (--s_count == 0) s_owner = null;
            return true;
        }
    }
}
