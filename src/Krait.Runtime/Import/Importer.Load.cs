namespace Krait.Runtime;

// Finding and loading (importlib._bootstrap._find_and_load, _find_spec, _load_unlocked, module_from_spec).
public static partial class Importer
{
    private static readonly PyStr s_loader = PyStr.Intern("__loader__");
    private static readonly PyStr s_cached = PyStr.Intern("__cached__");
    private static readonly PyStr s_builtinsName = PyStr.Intern("__builtins__");

    /// <summary>_find_and_load: sys.modules first (None there halts the import), else find and load.</summary>
    private static PyObject FindAndLoad(PyStr name)
    {
        EnsureInstalled();
        var module = PythonRuntime.Modules.GetItem(name);
        if (module is null) return FindAndLoadUnlocked(name);
        if (module is PyNone) throw ModuleNotFound($"import of {name.Value} halted; None in sys.modules", name);
        return module;
    }

    internal static PythonException ModuleNotFound(string message, PyStr name)
    {
        var e = (PyImportError)PyErr.Make(PyExc.ModuleNotFoundError, message);
        e.Name = name;
        return new PythonException(e);
    }

    private static PyObject FindAndLoadUnlocked(PyStr name)
    {
        PyObject? path = null;
        string n = name.Value;
        int dot = n.LastIndexOf('.');
        PyStr? parent = null;
        PyObject? parentSpec = null;
        PyStr? child = null;
        // name.rpartition('.')[0]: a leading dot ('.', '.foo') leaves no parent, and the name is looked up as it is.
        if (dot > 0)
        {
            parent = new PyStr(n[..dot]);
            if (PythonRuntime.Modules.GetItem(parent) is null) ImportModuleLevel(parent, null, null, 0);
            // The parent's import may have imported this module as a side effect.
            if (PythonRuntime.Modules.GetItem(name) is { } already) return already;
            var parentModule = PythonRuntime.Modules.GetItem(parent) ?? throw PyErr.KeyError(parent);
            path = LookupAttr(parentModule, s_path);
            if (path is null)
            {
                // importlib raises it "from None" inside its except AttributeError.
                var e = ModuleNotFound($"No module named {Ops.Repr(name).Value}; {Ops.Repr(parent).Value} is not a package", name);
                e.Value.SuppressContext = true;
                throw e;
            }
            parentSpec = Ops.GetAttr(parentModule, s_spec);
            child = new PyStr(n[(dot + 1)..]);
        }
        var spec = FindSpec(name, path) ?? throw ModuleNotFound($"No module named {Ops.Repr(name).Value}", name);
        PyObject module;
        PyObject? uninitialized = parentSpec is not null && Ops.IsTrue(parentSpec)
            ? Ops.GetAttr(parentSpec, "_uninitialized_submodules") : null;
        if (uninitialized is not null) Ops.CallMethod(uninitialized, "append", [child!]);
        try
        {
            module = LoadUnlocked(spec);
        }
        finally
        {
            if (uninitialized is not null) Ops.CallMethod(uninitialized, "pop", []);
        }
        if (parent is not null)
        {
            var parentModule = PythonRuntime.Modules.GetItem(parent) ?? throw PyErr.KeyError(parent);
            try
            {
                Ops.SetAttr(parentModule, child!, module);
            }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError))
            {
                // CPython warns (ImportWarning, ignored by default): "Cannot set an attribute on … for child module …".
            }
        }
        return module;
    }

    /// <summary>_find_spec: asks each finder on sys.meta_path; the native BuiltinImporter and PathFinder are
    /// answered without a call.</summary>
    internal static PyObject? FindSpec(PyStr name, PyObject? path)
    {
        var metaPath = Sys.GetOrNull("meta_path");
        if (metaPath is PyNone) throw PyErr.New(PyExc.ImportError, "sys.meta_path is None, Python is likely shutting down");
        if (metaPath is null) return BuiltinImporter.FindSpec(name, path) ?? PathFinder.FindSpec(name, path);
        bool isReload = PythonRuntime.Modules.GetItem(name) is not null;
        var it = Ops.GetIter(metaPath);
        while (Ops.Next(it) is { } finder)
        {
            PyObject? spec;
            if (ReferenceEquals(finder, BuiltinImporter.Type)) spec = BuiltinImporter.FindSpec(name, path);
            else if (ReferenceEquals(finder, PathFinder.Type)) spec = PathFinder.FindSpec(name, path);
            else
            {
                var findSpec = LookupAttr(finder, PyStr.Intern("find_spec"));
                if (findSpec is null)
                {
                    spec = FindSpecLegacy(finder, name, path);
                }
                else
                {
                    spec = Ops.Call(findSpec, [name, path ?? PyNone.Instance, PyNone.Instance]);
                    if (spec is PyNone) spec = null;
                }
            }
            if (spec is null) continue;
            // The finder may have imported the module itself: its own spec wins.
            if (!isReload && PythonRuntime.Modules.GetItem(name) is { } module)
            {
                var own = LookupAttr(module, s_spec);
                return own is null || own is PyNone ? spec : own;
            }
            return spec;
        }
        return null;
    }

    /// <summary>_find_spec_legacy: a finder with only find_module() (CPython also warns, ImportWarning); its loader
    /// gets a spec as spec_from_loader makes one.</summary>
    private static PyObject? FindSpecLegacy(PyObject finder, PyStr name, PyObject? path)
    {
        var findModule = LookupAttr(finder, PyStr.Intern("find_module"));
        if (findModule is null) return null;
        var loader = Ops.Call(findModule, [name, path ?? PyNone.Instance]);
        if (loader is PyNone) return null;
        var origin = LookupAttr(loader, PyStr.Intern("_ORIGIN"));
        bool isPackage = false;
        if (LookupAttr(loader, PyStr.Intern("is_package")) is { } isPkg)
        {
            try
            {
                isPackage = Ops.IsTrue(Ops.Call(isPkg, [name]));
            }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.ImportError))
            {
            }
        }
        return new PyModuleSpec(name.Value, loader, origin is PyNone ? null : origin, isPackage);
    }

    /// <summary>_load_unlocked: creates the module, registers it in sys.modules, runs it; on failure removes it
    /// from sys.modules. Returns what sys.modules holds afterwards (a module may replace itself).</summary>
    internal static PyObject LoadUnlocked(PyObject spec)
    {
        var specName = Ops.GetAttr(spec, "name");
        var loader = Ops.GetAttr(spec, "loader");
        if (loader is not PyNone && LookupAttr(loader, PyStr.Intern("exec_module")) is null)
            return LoadBackwardCompatible(spec, specName, loader);

        var module = ModuleFromSpec(spec);
        Ops.SetAttr(spec, s_initializing, PyBool.True);
        try
        {
            PythonRuntime.Modules.SetItem(specName, module);
            try
            {
                loader = Ops.GetAttr(spec, "loader");
                if (loader is PyNone)
                {
                    if (Ops.GetAttr(spec, "submodule_search_locations") is PyNone)
                    {
                        var e = (PyImportError)PyErr.Make(PyExc.ImportError, "missing loader");
                        e.Name = specName;
                        throw new PythonException(e);
                    }
                }
                else if (loader is PySourceFileLoader sfl) sfl.ExecModule(module);
                else if (loader is PyNamespaceLoader || ReferenceEquals(loader, BuiltinImporter.Type)) { }
                else Ops.CallMethod(loader, "exec_module", [module]);
            }
            catch
            {
                PythonRuntime.Modules.DelItem(specName);
                throw;
            }
            // Move the module to the end of sys.modules (it may have replaced itself there).
            module = PythonRuntime.Modules.Pop(specName) ?? throw PyErr.KeyError(specName);
            PythonRuntime.Modules.SetItem(specName, module);
            if (StartupTrace.Enabled) StartupTrace.Mark($"import {specName}");
        }
        finally
        {
            Ops.SetAttr(spec, s_initializing, PyBool.False);
        }
        return module;
    }

    /// <summary>_load_backward_compatible: a loader with only load_module().</summary>
    private static PyObject LoadBackwardCompatible(PyObject spec, PyObject specName, PyObject loader)
    {
        Ops.CallMethod(loader, "load_module", [specName]);
        var module = PythonRuntime.Modules.Pop(specName) ?? throw PyErr.KeyError(specName);
        PythonRuntime.Modules.SetItem(specName, module);
        TrySet(module, s_loader, loader, onlyIfNone: true);
        if (LookupAttr(module, s_package) is null or PyNone)
        {
            var pkg = LookupAttr(module, s_path) is null ? Ops.GetAttr(spec, "parent") : Ops.GetAttr(module, s_name);
            TrySet(module, s_package, pkg, onlyIfNone: false);
        }
        TrySet(module, s_spec, spec, onlyIfNone: true);
        return module;
    }

    /// <summary>module_from_spec: loader.create_module(spec) or a new module, then _init_module_attrs.</summary>
    internal static PyObject ModuleFromSpec(PyObject spec)
    {
        PyObject? module = null;
        var loader = Ops.GetAttr(spec, "loader");
        if (loader is PySourceFileLoader or PyNamespaceLoader or PyNone) { }
        else if (ReferenceEquals(loader, BuiltinImporter.Type)) module = BuiltinImporter.CreateModule(spec);
        else if (LookupAttr(loader, PyStr.Intern("create_module")) is { } create)
        {
            module = Ops.Call(create, [spec]);
            if (module is PyNone) module = null;
        }
        else if (LookupAttr(loader, PyStr.Intern("exec_module")) is not null)
            throw PyErr.New(PyExc.ImportError, "loaders that define exec_module() must also define create_module()");
        module ??= new PyModule(Ops.Str(Ops.GetAttr(spec, "name")).Value);
        InitModuleAttrs(spec, module, overrideAttrs: false);
        return module;
    }

    /// <summary>_init_module_attrs: __name__, __loader__, __package__, __spec__, __path__, __file__, __cached__.</summary>
    internal static void InitModuleAttrs(PyObject spec, PyObject module, bool overrideAttrs)
    {
        if (overrideAttrs || LookupAttr(module, s_name) is null or PyNone)
            TrySet(module, s_name, Ops.GetAttr(spec, "name"), false);
        if (overrideAttrs || LookupAttr(module, s_loader) is null or PyNone)
        {
            var loader = Ops.GetAttr(spec, "loader");
            if (loader is PyNone)
            {
                var locations = Ops.GetAttr(spec, "submodule_search_locations");
                if (locations is not PyNone)
                {
                    // A namespace package gets a NamespaceLoader, and __file__ = None.
                    loader = new PyNamespaceLoader(locations);
                    Ops.SetAttr(spec, PyStr.Intern("loader"), loader);
                    TrySet(module, s_file, PyNone.Instance, false);
                }
            }
            TrySet(module, s_loader, loader, false);
        }
        if (overrideAttrs || LookupAttr(module, s_package) is null or PyNone)
            TrySet(module, s_package, Ops.GetAttr(spec, "parent"), false);
        TrySet(module, s_spec, spec, false);
        if (overrideAttrs || LookupAttr(module, s_path) is null or PyNone)
        {
            var locations = Ops.GetAttr(spec, "submodule_search_locations");
            if (locations is not PyNone) TrySet(module, s_path, locations, false);
        }
        if (Ops.IsTrue(Ops.GetAttr(spec, "has_location")))
        {
            if (overrideAttrs || LookupAttr(module, s_file) is null or PyNone)
                TrySet(module, s_file, Ops.GetAttr(spec, "origin"), false);
            if (overrideAttrs || LookupAttr(module, s_cached) is null or PyNone)
            {
                var cached = Ops.GetAttr(spec, "cached");
                if (cached is not PyNone) TrySet(module, s_cached, cached, false);
            }
        }
    }

    /// <summary>Sets a module attribute, ignoring objects that refuse attributes (AttributeError).</summary>
    private static void TrySet(PyObject module, PyStr name, PyObject value, bool onlyIfNone)
    {
        if (onlyIfNone && LookupAttr(module, name) is not (null or PyNone)) return;
        try
        {
            Ops.SetAttr(module, name, value);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError))
        {
        }
    }

    /// <summary>Runs module code in the module's namespace as exec() does (adding __builtins__ when missing).</summary>
    internal static void ExecCodeInModule(PyCode code, PyObject module)
    {
        var dict = module is PyModule m ? m.ModuleDict : Ops.GetAttr(module, s_dict) as PyDict
            ?? throw PyErr.TypeError("exec() globals must be a dict");
        if (dict.GetItemStr(s_builtinsName) is null)
            dict.SetItem(s_builtinsName, ThreadState.Current.Frame?.Builtins ?? PythonRuntime.BuiltinsDict);
        Interpreter.RunCode(code, dict, dict);
    }
}
