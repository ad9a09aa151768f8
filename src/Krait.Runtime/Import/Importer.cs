namespace Krait.Runtime;

/// <summary>The import statement's runtime (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR).</summary>
public static partial class Importer
{
    /// <summary>IMPORT_NAME: <c>__import__(name, globals, locals, fromlist, level)</c>.</summary>
    internal static PyObject ImportName(PyFrame f, PyStr name, PyObject fromlist, PyObject level)
    {
        var import = f.Builtins.GetItemStr(PyStr.Intern("__import__"))
            ?? throw PyErr.New(PyExc.ImportError, "__import__ not found");
        return Ops.Call(import, [name, f.Globals, f.Locals ?? PyNone.Instance, fromlist, level]);
    }

    /// <summary>IMPORT_FROM: <c>from module import name</c>.</summary>
    internal static PyObject ImportFrom(PyObject module, PyStr name)
    {
        var v = Ops.TryGetAttr(module, name);
        if (v is not null) return v;
        var modName = Ops.TryGetAttr(module, PyStr.Intern("__name__")) as PyStr;
        if (modName is not null && PythonRuntime.Modules.GetItem(new PyStr($"{modName.Value}.{name.Value}")) is { } sub) return sub;
        string mn = modName?.Value ?? "<unknown module name>";
        var e = (PyImportError)PyErr.Make(PyExc.ImportError, $"cannot import name '{name.Value}' from '{mn}' (unknown location)");
        e.Name = (PyObject?)modName ?? PyNone.Instance;
        throw new PythonException(e);
    }

    /// <summary>IMPORT_STAR: binds the module's public names (its __all__, else names not starting with '_').</summary>
    internal static void ImportStar(PyFrame f, PyObject module)
    {
        var locals = f.Locals ?? throw PyErr.SystemError("no locals found during 'import *'");
        var all = Ops.TryGetAttr(module, PyStr.Intern("__all__"));
        bool skipPrivate = all is null;
        if (all is null)
        {
            var dict = Ops.TryGetAttr(module, PyStr.Intern("__dict__"))
                ?? throw PyErr.New(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
            all = Ops.Call(Ops.GetAttr(dict, "keys"), []);
        }
        var it = Ops.GetIter(all);
        while (Ops.Next(it) is { } nameObj)
        {
            if (nameObj is not PyStr name)
            {
                string what = skipPrivate ? "Key in " + Ops.Str(Ops.GetAttr(module, "__name__")).Value + ".__dict__" : Ops.Str(Ops.GetAttr(module, "__name__")).Value + ".__all__";
                throw PyErr.TypeError($"{(skipPrivate ? what : "Item in " + what)} must be str, not {nameObj.Type.Name}");
            }
            if (skipPrivate && name.Value.StartsWith('_')) continue;
            var value = Ops.GetAttr(module, name);
            if (locals is PyDict d && ReferenceEquals(d.Type, PyType.DictType)) d.SetItem(name, value);
            else Ops.SetItem(locals, name, value);
        }
    }

    /// <summary>builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0).</summary>
    internal static PyObject ImportFunction(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length == 0 || args[0] is not PyStr name) throw PyErr.TypeError("__import__() missing required argument 'name' (pos 1)");
        var existing = PythonRuntime.Modules.GetItem(name);
        if (existing is not null && existing is not PyNone) return existing;
        var e = (PyImportError)PyErr.Make(PyExc.ModuleNotFoundError, $"No module named {Ops.Repr(name).Value}");
        e.Name = name;
        throw new PythonException(e);
    }
}
