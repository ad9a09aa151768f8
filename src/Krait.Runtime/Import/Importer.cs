namespace Krait.Runtime;

/// <summary>The import statement's runtime (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR) and <c>builtins.__import__</c>,
/// with the semantics of CPython 3.11's import.c and importlib._bootstrap (_gcd_import, _find_and_load,
/// _handle_fromlist, _calc___package__), implemented natively.</summary>
public static partial class Importer
{
    private static readonly PyStr s_import = PyStr.Intern("__import__");
    private static readonly PyStr s_name = PyStr.Intern("__name__");
    private static readonly PyStr s_package = PyStr.Intern("__package__");
    private static readonly PyStr s_spec = PyStr.Intern("__spec__");
    private static readonly PyStr s_path = PyStr.Intern("__path__");
    private static readonly PyStr s_file = PyStr.Intern("__file__");
    private static readonly PyStr s_all = PyStr.Intern("__all__");
    private static readonly PyStr s_dict = PyStr.Intern("__dict__");
    private static readonly PyStr s_initializing = PyStr.Intern("_initializing");

    /// <summary>The interpreter's own __import__ (interp->import_func): IMPORT_NAME calls the native code directly
    /// while builtins.__import__ is still this object.</summary>
    private static PyObject? s_importFunc;

    /// <summary>IMPORT_NAME: <c>__import__(name, globals, locals, fromlist, level)</c>.</summary>
    internal static PyObject ImportName(PyFrame f, PyStr name, PyObject fromlist, PyObject level)
    {
        var import = f.Builtins.GetItemStr(s_import)
            ?? throw PyErr.New(PyExc.ImportError, "__import__ not found");
        s_importFunc ??= PythonRuntime.BuiltinsDict.GetItemStr(s_import);
        if (ReferenceEquals(import, s_importFunc))
            return ImportModuleLevel(name, f.Globals, fromlist, AsLevel(level));
        return Ops.Call(import, [name, f.Globals, f.Locals ?? PyNone.Instance, fromlist, level]);
    }

    private static int AsLevel(PyObject level)
    {
        long v = Ops.AsSsize(level);
        if (v > int.MaxValue || v < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)v;
    }

    /// <summary>builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0).</summary>
    internal static PyObject ImportFunction(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ImportArgs.Bind("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 1);
        int level = a[4] is { } lv ? AsLevel(lv) : 0;
        return ImportModuleLevel(a[0]!, a[1], a[3], level);
    }

    /// <summary>PyImport_ImportModuleLevelObject: the whole of <c>__import__</c>.</summary>
    public static PyObject ImportModuleLevel(PyObject nameObj, PyObject? globals, PyObject? fromlist, int level)
    {
        if (nameObj is not PyStr name) throw PyErr.TypeError("module name must be a string");
        if (level < 0) throw PyErr.ValueError("level must be >= 0");
        PyStr absName;
        if (level > 0) absName = ResolveName(name, globals, level);
        else
        {
            if (name.Value.Length == 0) throw PyErr.ValueError("Empty module name");
            absName = name;
        }

        var mod = PythonRuntime.Modules.GetItem(absName);
        if (mod is null || mod is PyNone) mod = FindAndLoad(absName);

        bool hasFrom = fromlist is not null && fromlist is not PyNone && Ops.IsTrue(fromlist);
        if (!hasFrom)
        {
            string n = name.Value;
            if (level == 0 || n.Length > 0)
            {
                int dot = n.IndexOf('.');
                if (dot < 0) return mod;
                if (level == 0) return ImportModuleLevel(new PyStr(n[..dot]), null, null, 0);
                int cutOff = n.Length - dot;
                var toReturn = new PyStr(absName.Value[..(absName.Value.Length - cutOff)]);
                return PythonRuntime.Modules.GetItem(toReturn)
                    ?? throw PyErr.New(PyExc.KeyError, $"{Ops.Repr(toReturn).Value} not in sys.modules as expected");
            }
            return mod;
        }
        if (LookupAttr(mod, s_path) is not null) return HandleFromlist(mod, fromlist!, recursive: false);
        return mod;
    }

    /// <summary>resolve_name (import.c): the absolute name of a relative import from the package that
    /// <paramref name="globals"/> belongs to (its __package__, else __spec__.parent, else __name__/__path__).</summary>
    private static PyStr ResolveName(PyStr name, PyObject? globals, int level)
    {
        if (globals is null) throw PyErr.New(PyExc.KeyError, "'__name__' not in globals");
        if (globals is not PyDict g) throw PyErr.TypeError("globals must be a dict");
        var package = g.GetItem(s_package);
        if (package is PyNone) package = null;
        var spec = g.GetItem(s_spec);
        string pkg;
        if (package is not null)
        {
            if (package is not PyStr ps) throw PyErr.TypeError("package must be a string");
            // A __package__ that differs from __spec__.parent is an ImportWarning (ignored by default) in CPython.
            if (spec is not null && spec is not PyNone) Ops.GetAttr(spec, "parent");
            pkg = ps.Value;
        }
        else if (spec is not null && spec is not PyNone)
        {
            if (Ops.GetAttr(spec, "parent") is not PyStr parent) throw PyErr.TypeError("__spec__.parent must be a string");
            pkg = parent.Value;
        }
        else
        {
            // CPython warns (ImportWarning, ignored by default) and falls back on __name__ and __path__.
            var modName = g.GetItem(s_name) ?? throw PyErr.New(PyExc.KeyError, "'__name__' not in globals");
            if (modName is not PyStr mn) throw PyErr.TypeError("__name__ must be a string");
            pkg = mn.Value;
            if (g.GetItem(s_path) is null)
            {
                int dot = pkg.LastIndexOf('.');
                if (dot < 0) throw NoParent();
                pkg = pkg[..dot];
            }
        }
        int lastDot = pkg.Length;
        if (lastDot == 0) throw NoParent();
        for (int up = 1; up < level; up++)
        {
            lastDot = lastDot == 0 ? -1 : pkg.LastIndexOf('.', lastDot - 1);
            if (lastDot < 0) throw PyErr.New(PyExc.ImportError, "attempted relative import beyond top-level package");
        }
        string b = pkg[..lastDot];
        return new PyStr(name.Value.Length == 0 ? b : b + "." + name.Value);
    }

    private static PythonException NoParent() => PyErr.New(PyExc.ImportError, "attempted relative import with no known parent package");

    /// <summary>_handle_fromlist: imports the submodules a from-import names that the package lacks as attributes
    /// (and, for '*', those in its __all__).</summary>
    private static PyObject HandleFromlist(PyObject module, PyObject fromlist, bool recursive)
    {
        var it = Ops.GetIter(fromlist);
        while (Ops.Next(it) is { } x)
        {
            if (x is not PyStr xs)
            {
                string where = recursive ? Ops.Str(Ops.GetAttr(module, s_name)).Value + ".__all__" : "``from list''";
                throw PyErr.TypeError($"Item in {where} must be str, not {x.Type.Name}");
            }
            if (xs.Value == "*")
            {
                if (!recursive && LookupAttr(module, s_all) is { } all) HandleFromlist(module, all, recursive: true);
            }
            else if (LookupAttr(module, xs) is null)
            {
                var fromName = new PyStr(Ops.Str(Ops.GetAttr(module, s_name)).Value + "." + xs.Value);
                try
                {
                    ImportModuleLevel(fromName, null, null, 0);
                }
                catch (PythonException e) when (e.Value is PyImportError ie && ie.Type.IsSubtype(PyExc.ModuleNotFoundError)
                    && ie.Name is PyStr en && en.Value == fromName.Value && PythonRuntime.Modules.GetItem(fromName) is not PyNone)
                {
                    // Backwards compatibility: a fromlist entry that is no module is left to IMPORT_FROM.
                }
            }
        }
        return module;
    }

    /// <summary>IMPORT_FROM: <c>from module import name</c>, falling back on sys.modules for circular relative imports.</summary>
    internal static PyObject ImportFrom(PyObject module, PyStr name)
    {
        var v = LookupAttr(module, name);
        if (v is not null) return v;
        PyObject? pkgName = LookupAttr(module, s_name);
        if (pkgName is PyStr pn)
        {
            var sub = PythonRuntime.Modules.GetItem(new PyStr(pn.Value + "." + name.Value));
            if (sub is not null) return sub;
        }
        else pkgName = null;

        string shownName = pkgName is null ? "'<unknown module name>'" : Ops.Repr(pkgName).Value;
        PyImportError e;
        if (module is not PyModule m || m.ModuleDict.GetItem(s_file) is not PyStr path)
        {
            e = (PyImportError)PyErr.Make(PyExc.ImportError, $"cannot import name {Ops.Repr(name).Value} from {shownName} (unknown location)");
            e.Name = pkgName ?? PyNone.Instance;
        }
        else
        {
            var spec = LookupAttr(module, s_spec);
            string msg = IsInitializingSpec(spec)
                ? $"cannot import name {Ops.Repr(name).Value} from partially initialized module {shownName} (most likely due to a circular import) ({path.Value})"
                : $"cannot import name {Ops.Repr(name).Value} from {shownName} ({path.Value})";
            e = (PyImportError)PyErr.Make(PyExc.ImportError, msg);
            e.Name = pkgName ?? PyNone.Instance;
            e.Path = path;
        }
        throw new PythonException(e);
    }

    /// <summary>_PyObject_LookupAttr / hasattr: the attribute, or null when getting it raises AttributeError.</summary>
    internal static PyObject? LookupAttr(PyObject o, PyStr name)
    {
        try
        {
            return Ops.TryGetAttr(o, name);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError))
        {
            return null;
        }
    }

    /// <summary>_PyModuleSpec_IsInitializing: <c>getattr(spec, '_initializing', False)</c> is true.</summary>
    public static bool IsInitializingSpec(PyObject? spec)
    {
        if (spec is null || spec is PyNone) return false;
        try
        {
            return LookupAttr(spec, s_initializing) is { } v && Ops.IsTrue(v);
        }
        catch (PythonException)
        {
            return false;
        }
    }

    /// <summary>The AttributeError message of a module attribute look-up that failed (module_getattro): it names
    /// a circular import when the module is still initialising or the attribute is a submodule being imported.</summary>
    public static string ModuleAttributeErrorMessage(string moduleName, PyObject? spec, PyStr name)
    {
        if (IsInitializingSpec(spec))
            return $"partially initialized module '{moduleName}' has no attribute '{name.Value}' (most likely due to a circular import)";
        if (IsUninitializedSubmodule(spec, name))
            return $"cannot access submodule '{name.Value}' of module '{moduleName}' (most likely due to a circular import)";
        return $"module '{moduleName}' has no attribute '{name.Value}'";
    }

    private static bool IsUninitializedSubmodule(PyObject? spec, PyStr name)
    {
        if (spec is null || spec is PyNone) return false;
        try
        {
            return LookupAttr(spec, PyStr.Intern("_uninitialized_submodules")) is { } subs && Ops.Contains(subs, name);
        }
        catch (PythonException)
        {
            return false;
        }
    }

    /// <summary>IMPORT_STAR: binds the module's public names (its __all__, else names not starting with '_').</summary>
    internal static void ImportStar(PyFrame f, PyObject module)
    {
        var locals = f.Locals ?? throw PyErr.SystemError("no locals found during 'import *'");
        ImportAllFrom(locals, module);
    }

    /// <summary>import_all_from (ceval.c): __all__ is read as a sequence (index until IndexError).</summary>
    public static void ImportAllFrom(PyObject locals, PyObject module)
    {
        var all = LookupAttr(module, s_all);
        bool skipPrivate = false;
        if (all is null)
        {
            var dict = LookupAttr(module, s_dict)
                ?? throw PyErr.New(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
            all = dict is PyDict d ? new PyList(KeysOf(d)) : new PyList(PyTuple.FromIterable(Ops.CallMethod(dict, "keys", [])).Items);
            skipPrivate = true;
        }
        for (long pos = 0; ; pos++)
        {
            PyObject nameObj;
            if (all is PyList list && ReferenceEquals(list.Type, PyType.ListType))
            {
                if (pos >= list.Count) break;
                nameObj = list[(int)pos];
            }
            else if (all is PyTuple tuple && ReferenceEquals(tuple.Type, PyType.TupleType))
            {
                if (pos >= tuple.Count) break;
                nameObj = tuple[(int)pos];
            }
            else
            {
                try
                {
                    nameObj = SequenceItem(all, pos);
                }
                catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.IndexError))
                {
                    break;
                }
            }
            if (nameObj is not PyStr name)
            {
                var modName = Ops.GetAttr(module, s_name);
                if (modName is not PyStr mn) throw PyErr.TypeError($"module __name__ must be a string, not {modName.Type.Name}");
                throw PyErr.TypeError($"{(skipPrivate ? "Key" : "Item")} in {mn.Value}.{(skipPrivate ? "__dict__" : "__all__")} must be str, not {nameObj.Type.Name}");
            }
            if (skipPrivate && name.Value.Length > 0 && name.Value[0] == '_') continue;
            var value = Ops.GetAttr(module, name);
            if (locals is PyDict ld && ReferenceEquals(ld.Type, PyType.DictType)) ld.SetItem(name, value);
            else Ops.SetItem(locals, name, value);
        }
    }

    /// <summary>PySequence_GetItem's errors for objects that are not sequences.</summary>
    private static PyObject SequenceItem(PyObject seq, long pos)
    {
        if (seq.Type.GetItem is null) throw PyErr.TypeError($"'{seq.Type.Name}' object does not support indexing");
        if (seq.Type.IsSubtype(PyType.DictType)) throw PyErr.TypeError($"'{seq.Type.Name}' object is not a sequence");
        return Ops.GetItem(seq, PyInt.FromLong(pos));
    }

    private static PyObject[] KeysOf(PyDict d)
    {
        var keys = new List<PyObject>();
        int pos = 0;
        while (d.Next(ref pos, out var k, out _)) keys.Add(k);
        return keys.ToArray();
    }
}
