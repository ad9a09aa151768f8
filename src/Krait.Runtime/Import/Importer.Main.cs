namespace Krait.Runtime;

// The __main__ module: its creation (pylifecycle.c add_main_module), a script's attributes (set_main_loader)
// and `-m MODULE` (runpy._run_module_as_main).
public static partial class Importer
{
    private static readonly PyStr s_main = PyStr.Intern("__main__");

    /// <summary>sys.modules['__main__'], created as CPython creates it at start-up when missing: __name__,
    /// __doc__, __package__, __loader__ (BuiltinImporter), __spec__ (None), __annotations__, __builtins__.</summary>
    public static PyModule GetOrCreateMainModule()
    {
        if (PythonRuntime.Modules.GetItem(s_main) is PyModule existing) return existing;
        var m = new PyModule("__main__");
        m.Add("__loader__", BuiltinImporter.Type);
        m.Add("__annotations__", new PyDict());
        m.Add("__builtins__", PythonRuntime.Builtins);
        PythonRuntime.Modules.SetItem(s_main, m);
        return m;
    }

    /// <summary>The __main__ module for <c>krait FILE</c>: __file__ as given, __cached__ None and a SourceFileLoader
    /// named '__main__' (pymain_run_file / set_main_loader). Returns its namespace for running the script.</summary>
    public static PyDict PrepareMainScript(string filename)
    {
        var m = GetOrCreateMainModule();
        var d = m.ModuleDict;
        if (d.GetItemStr(s_file) is null)
        {
            d.SetItem(s_file, new PyStr(filename));
            d.SetItem(s_cached, PyNone.Instance);
        }
        d.SetItem(s_loader, new PySourceFileLoader("__main__", filename));
        return d;
    }

    /// <summary><c>krait -m MODULE</c> (runpy._run_module_as_main): finds the module (a package runs its
    /// __main__ submodule), sets sys.argv[0] to its file and runs its code in __main__'s namespace with
    /// __name__ '__main__' and the module's __spec__. Errors in finding it raise SystemExit with CPython's
    /// message, <c>PROGRAM: No module named x</c>; PROGRAM is <paramref name="program"/>, else sys.executable.</summary>
    public static void RunModuleAsMain(string modName, bool alterArgv = true, string? program = null)
    {
        PyObject spec;
        PyCode code;
        try
        {
            (spec, code) = GetModuleDetails(modName);
        }
        catch (RunModuleError e)
        {
            program ??= Sys.GetOrNull("executable") is PyStr { Value.Length: > 0 } exe ? exe.Value : "/usr/bin/python3.11";
            throw new PythonException(PyErr.Make(PyExc.SystemExit, $"{program}: {e.Message}"));
        }
        var main = GetOrCreateMainModule();
        if (alterArgv && Sys.GetOrNull("argv") is PyList argv && argv.Count > 0) argv[0] = Ops.GetAttr(spec, "origin");
        var g = main.ModuleDict;
        g.SetItem(s_name, s_main);
        g.SetItem(s_file, Ops.GetAttr(spec, "origin"));
        g.SetItem(s_cached, Ops.GetAttr(spec, "cached"));
        g.SetItem(PyStr.Intern("__doc__"), PyNone.Instance);
        g.SetItem(s_loader, Ops.GetAttr(spec, "loader"));
        g.SetItem(s_package, Ops.GetAttr(spec, "parent"));
        g.SetItem(s_spec, spec);
        ExecCodeInModule(code, main);
    }

    /// <summary>runpy's _Error: reported as "PROGRAM: message" with exit status 1.</summary>
    private sealed class RunModuleError(string message) : Exception(message);

    /// <summary>runpy._get_module_details.</summary>
    private static (PyObject Spec, PyCode Code) GetModuleDetails(string modName)
    {
        if (modName.StartsWith('.')) throw new RunModuleError("Relative module names not supported");
        int dot = modName.LastIndexOf('.');
        if (dot >= 0)
        {
            string pkgName = modName[..dot];
            try
            {
                ImportModuleLevel(new PyStr(pkgName), null, null, 0);
            }
            catch (PythonException e) when (e.Value is PyImportError ie)
            {
                // A missing parent package is reported by find_spec below; other import errors propagate.
                if (ie.Name is not PyStr en || (en.Value != pkgName && !pkgName.StartsWith(en.Value + ".", StringComparison.Ordinal)))
                    throw;
            }
        }
        PyObject? spec;
        try
        {
            spec = UtilFindSpec(new PyStr(modName));
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.ImportError) || e.Value.Type.IsSubtype(PyExc.AttributeError)
            || e.Value.Type.IsSubtype(PyExc.TypeError) || e.Value.Type.IsSubtype(PyExc.ValueError))
        {
            string msg = $"Error while finding module specification for {Ops.Repr(new PyStr(modName)).Value} ({e.Value.Type.Name}: {Ops.Str(e.Value).Value})";
            if (modName.EndsWith(".py", StringComparison.Ordinal))
                msg += $". Try using '{modName[..^3]}' instead of '{modName}' as the module name.";
            throw new RunModuleError(msg);
        }
        if (spec is null) throw new RunModuleError($"No module named {modName}");
        if (Ops.GetAttr(spec, "submodule_search_locations") is not PyNone)
        {
            if (modName == "__main__" || modName.EndsWith(".__main__", StringComparison.Ordinal))
                throw new RunModuleError("Cannot use package as __main__ module");
            try
            {
                return GetModuleDetails(modName + ".__main__");
            }
            catch (RunModuleError e)
            {
                if (PythonRuntime.Modules.GetItem(new PyStr(modName)) is null) throw;
                throw new RunModuleError($"{e.Message}; {Ops.Repr(new PyStr(modName)).Value} is a package and cannot be directly executed");
            }
        }
        var loader = Ops.GetAttr(spec, "loader");
        if (loader is PyNone) throw new RunModuleError($"{Ops.Repr(new PyStr(modName)).Value} is a namespace package and cannot be executed");
        PyObject code;
        try
        {
            code = loader is PySourceFileLoader sfl ? sfl.GetCode(new PyStr(modName)) : Ops.CallMethod(loader, "get_code", [new PyStr(modName)]);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.ImportError))
        {
            throw new RunModuleError(Ops.Str(e.Value).Value);
        }
        if (code is not PyCode c) throw new RunModuleError($"No code object available for {modName}");
        return (spec, c);
    }

    /// <summary>importlib.util.find_spec(name) for an absolute name: imports the parent package first.</summary>
    private static PyObject? UtilFindSpec(PyStr fullname)
    {
        var existing = PythonRuntime.Modules.GetItem(fullname);
        if (existing is not null)
        {
            if (existing is PyNone) return null;
            var spec = Ops.GetAttr(existing, s_spec);
            if (spec is PyNone) throw PyErr.ValueError($"{fullname.Value}.__spec__ is None");
            return spec;
        }
        int dot = fullname.Value.LastIndexOf('.');
        PyObject? parentPath = null;
        if (dot >= 0)
        {
            var parentName = new PyStr(fullname.Value[..dot]);
            var parent = ImportModuleLevel(parentName, null, new PyList([s_path]), 0);
            parentPath = LookupAttr(parent, s_path)
                ?? throw ModuleNotFound($"__path__ attribute not found on {Ops.Repr(parentName).Value} while trying to find {Ops.Repr(fullname).Value}", fullname);
        }
        return FindSpec(fullname, parentPath);
    }
}
