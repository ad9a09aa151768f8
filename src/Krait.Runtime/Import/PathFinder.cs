namespace Krait.Runtime;

/// <summary>_frozen_importlib_external.PathFinder: the meta-path finder for sys.path and package __path__
/// entries (source files, packages with __init__.py, namespace packages). Used as a class, never instantiated.</summary>
public static class PathFinder
{
    public static readonly PyType Type = PyType.NewBuiltin("_frozen_importlib_external.PathFinder", PyType.ObjectType, TypeFlags.BaseType, InitType);

    /// <summary>PathFinder.find_spec(fullname, path=None): a spec, or null.</summary>
    public static PyObject? FindSpec(PyStr fullname, PyObject? path)
    {
        if (path is null || path is PyNone)
        {
            path = Sys.GetOrNull("path");
            if (path is null || path is PyNone) return null;
        }
        string name = fullname.Value;
        string tail = name[(name.LastIndexOf('.') + 1)..];
        List<PyObject>? portions = null;
        var it = Ops.GetIter(path);
        while (Ops.Next(it) is { } entry)
        {
            string? folder = ImportPaths.EntryFolder(entry);
            if (folder is null) continue;
            var (origin, isPackage, portion) = ImportPaths.FindInFolder(folder, tail);
            if (origin is not null)
            {
                var spec = new PyModuleSpec(name, new PySourceFileLoader(name, origin), new PyStr(origin), isPackage);
                spec.HasLocation = true;
                if (isPackage) ((PyList)spec.SubmoduleSearchLocations).Append(new PyStr(origin[..origin.LastIndexOf('/')]));
                return spec;
            }
            if (portion is not null) (portions ??= []).Add(new PyStr(portion));
        }
        if (portions is null) return null;
        var ns = new PyModuleSpec(name, PyNone.Instance);
        ns.SubmoduleSearchLocations = new PyNamespacePath(fullname, new PyList(portions.ToArray()));
        return ns;
    }

    private static void InitType(PyType t)
    {
        TypeBuilder.ClassMethod(t, "find_spec", (cls, args, kw) =>
        {
            var a = ImportArgs.Bind("find_spec", args, kw, ["fullname", "path", "target"], 1);
            if (a[0] is not PyStr name) throw PyErr.TypeError($"expected str, not {a[0]!.Type.Name}");
            return FindSpec(name, a[1]) ?? PyNone.Instance;
        });
        TypeBuilder.ClassMethod(t, "invalidate_caches", (cls, args, kw) =>
        {
            TypeBuilder.ExactArgs("invalidate_caches", args, kw, 0);
            return PyNone.Instance;
        });
    }
}
