namespace Krait.Runtime;

// sys.path and the other sys attributes of the import system, module repr.
public static partial class Importer
{
    /// <summary>Registers a native module: <c>import name</c> finds it before sys.path (BuiltinImporter), and it is
    /// listed in sys.builtin_module_names. The factory runs on each (re)import, so it usually creates a new module.</summary>
    public static void RegisterBuiltin(string name, Func<PyModule> create)
    {
        lock (s_builtinModules) s_builtinModules[name] = create;
    }

    internal static bool IsBuiltin(string name)
    {
        lock (s_builtinModules) return s_builtinModules.ContainsKey(name);
    }

    internal static Func<PyObject>? BuiltinFactory(string name)
    {
        lock (s_builtinModules) return s_builtinModules.GetValueOrDefault(name);
    }

    /// <summary>sys.builtin_module_names: the registered native modules, sorted.</summary>
    public static PyTuple BuiltinModuleNames()
    {
        string[] names;
        // CopyTo, not [.. Keys]: that spread calls System.Linq's ToArray, an assembly load at every start-up.
        lock (s_builtinModules)
        {
            names = new string[s_builtinModules.Count];
            s_builtinModules.Keys.CopyTo(names, 0);
        }
        Array.Sort(names, StringComparer.Ordinal);
        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++) items[i] = new PyStr(names[i]);
        return PyTuple.Wrap(items);
    }

    /// <summary>The standard library folder: <c>KRAIT_STDLIB</c> if set, else /usr/lib/python3.11.</summary>
    public static string StdlibPath
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("KRAIT_STDLIB");
            return string.IsNullOrEmpty(env) ? "/usr/lib/python3.11" : env.TrimEnd('/');
        }
    }

    /// <summary>The sys.path[0] CPython uses for a script: its folder, absolute, with symbolic links resolved.</summary>
    public static string ScriptDirectory(string scriptPath)
    {
        string full = Path.GetFullPath(scriptPath);
        try
        {
            if (File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target) full = target.FullName;
        }
        catch (IOException) { }
        return Path.GetDirectoryName(full) ?? "/";
    }

    /// <summary>Sets up the import system: sys.path = [<paramref name="path0"/>] + PYTHONPATH (unless -E/-I) + the
    /// standard library and its lib-dynload folder; sys.meta_path, sys.path_hooks, sys.path_importer_cache,
    /// sys.builtin_module_names; __spec__/__loader__ of sys and builtins. <paramref name="path0"/> is the script's
    /// folder (<see cref="ScriptDirectory"/>), '' for -c and the interactive prompt, the current folder for -m,
    /// or null to add none (-I, -P).</summary>
    public static void InitializePath(string? path0, bool isolated, bool ignoreEnvironment)
    {
        var path = new PyList();
        if (path0 is not null && !isolated) path.Append(new PyStr(path0));
        if (!isolated && !ignoreEnvironment && Environment.GetEnvironmentVariable("PYTHONPATH") is { Length: > 0 } pythonPath)
        {
            foreach (var part in pythonPath.Split(':'))
            {
                string entry = part.Length == 0 ? Directory.GetCurrentDirectory() : Path.GetFullPath(part);
                if (entry.Length > 1) entry = entry.TrimEnd('/');
                path.Append(new PyStr(entry));
            }
        }
        string stdlib = StdlibPath;
        path.Append(new PyStr(stdlib));
        path.Append(new PyStr(stdlib + "/lib-dynload"));

        Sys.Module.Add("path", path);
        EnsureInstalled();
    }

    private static bool s_installed;

    /// <summary>_bootstrap._install: the finders on sys.meta_path (filling the empty placeholder lists the sys
    /// module starts with), sys.builtin_module_names, and the specs of sys and builtins. Runs once, on the first
    /// import at the latest.</summary>
    public static void EnsureInstalled()
    {
        if (s_installed) return;
        s_installed = true;
        var sys = Sys.Module;
        if (sys.ModuleDict.GetItemStr(PyStr.Intern("meta_path")) is PyList { Count: 0 } metaPath)
        {
            metaPath.Append(BuiltinImporter.Type);
            metaPath.Append(PathFinder.Type);
        }
        else if (sys.ModuleDict.GetItemStr(PyStr.Intern("meta_path")) is null)
            sys.Add("meta_path", new PyList([BuiltinImporter.Type, PathFinder.Type]));
        if (sys.ModuleDict.GetItemStr(PyStr.Intern("path_hooks")) is null) sys.Add("path_hooks", new PyList());
        if (sys.ModuleDict.GetItemStr(PyStr.Intern("path_importer_cache")) is null) sys.Add("path_importer_cache", new PyDict());
        // sys lists the modules it knows of; the ones registered here (marshal …) are added to them.
        if (sys.ModuleDict.GetItemStr(PyStr.Intern("builtin_module_names")) is PyTuple known)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var n in known.AsSpan()) if (n is PyStr ns) names.Add(ns.Value);
            foreach (var n in BuiltinModuleNames().AsSpan()) names.Add(((PyStr)n).Value);
            var items = new List<PyObject>();
            foreach (var n in names) items.Add(new PyStr(n));
            sys.Add("builtin_module_names", PyTuple.Wrap([.. items]));
        }
        else sys.Add("builtin_module_names", BuiltinModuleNames());
        s_importFunc ??= PythonRuntime.BuiltinsDict.GetItemStr(s_import);
        InitBuiltinModuleAttrs(sys);
        InitBuiltinModuleAttrs(PythonRuntime.Builtins);
    }

    /// <summary>What _bootstrap._setup does for the modules that exist before the import system: a BuiltinImporter spec.</summary>
    private static void InitBuiltinModuleAttrs(PyModule m)
    {
        if (m.Name is not { } name) return;
        var spec = new PyModuleSpec(name, BuiltinImporter.Type, new PyStr("built-in"));
        InitModuleAttrs(spec, m, overrideAttrs: false);
    }

    /// <summary>module.__repr__ (importlib._bootstrap._module_repr): from the spec when there is one, else from
    /// __loader__/__file__.</summary>
    public static string ModuleRepr(PyObject module)
    {
        var loader = LookupAttr(module, s_loader);
        var spec = LookupAttr(module, s_spec);
        if (spec is not null && Ops.IsTrue(spec))
        {
            var specName = Ops.GetAttr(spec, "name");
            string name = specName is PyNone ? "'?'" : Ops.Repr(specName).Value;
            var origin = Ops.GetAttr(spec, "origin");
            if (origin is PyNone)
            {
                var specLoader = Ops.GetAttr(spec, "loader");
                return specLoader is PyNone ? $"<module {name}>" : $"<module {name} ({Ops.Repr(specLoader).Value})>";
            }
            if (Ops.IsTrue(Ops.GetAttr(spec, "has_location"))) return $"<module {name} from {Ops.Repr(origin).Value}>";
            return $"<module {Ops.Repr(specName).Value} ({Ops.Str(origin).Value})>";
        }
        if (loader is PyNamespaceLoader)
            return $"<module {Ops.Repr(Ops.GetAttr(module, s_name)).Value} (namespace)>";
        if (loader is not null && ReferenceEquals(loader, BuiltinImporter.Type))
            return $"<module {Ops.Repr(Ops.GetAttr(module, s_name)).Value} (built-in)>";
        var modName = LookupAttr(module, s_name);
        string shown = modName is null ? "'?'" : Ops.Repr(modName).Value;
        var file = LookupAttr(module, s_file);
        if (file is null)
            return loader is null || loader is PyNone ? $"<module {shown}>" : $"<module {shown} ({Ops.Repr(loader).Value})>";
        return $"<module {shown} from {Ops.Repr(file).Value}>";
    }
}
