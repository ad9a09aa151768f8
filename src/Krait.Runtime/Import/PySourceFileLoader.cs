namespace Krait.Runtime;

/// <summary>_frozen_importlib_external.SourceFileLoader: loads a module from a .py file. Its <c>name</c> and
/// <c>path</c> live in the instance dict, as in CPython; equality and hash are by class and dict.</summary>
public sealed class PySourceFileLoader : PyObject
{
    public static readonly PyType SourceFileLoaderType = PyType.NewBuiltin("_frozen_importlib_external.SourceFileLoader", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyDict _dict = new();

    public PySourceFileLoader(PyType type) : base(type) { }

    public PySourceFileLoader(string name, string path) : base(SourceFileLoaderType)
    {
        _dict.SetItem(PyStr.Intern("name"), new PyStr(name));
        _dict.SetItem(PyStr.Intern("path"), new PyStr(path));
    }

    public override PyDict? Dict { get => _dict; set => _dict = value ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"); }

    private PyObject LoaderName => Ops.GetAttr(this, "name");
    private string LoaderPath => Ops.Str(Ops.GetAttr(this, "path")).Value;

    /// <summary>_check_name: a loader only handles the module it was created for.</summary>
    private void CheckName(PyObject? name)
    {
        if (name is null || name is PyNone) return;
        var own = LoaderName;
        if (!Ops.RichCompareBool(own, name, CompareOp.Eq))
        {
            var e = (PyImportError)PyErr.Make(PyExc.ImportError, $"loader for {Ops.Str(own).Value} cannot handle {Ops.Str(name).Value}");
            e.Name = name;
            throw new PythonException(e);
        }
    }

    public string GetFilename(PyObject? fullname)
    {
        CheckName(fullname);
        return LoaderPath;
    }

    /// <summary>get_code: the module's code, from the bytecode cache when it is valid, else compiled from the
    /// source file (and cached: <see cref="BytecodeCache"/>).</summary>
    public PyCode GetCode(PyObject? fullname) => BytecodeCache.GetCode(GetFilename(fullname));

    /// <summary>exec_module: runs the module's code in its namespace.</summary>
    public void ExecModule(PyObject module)
    {
        string path = GetFilename(Ops.GetAttr(module, "__name__"));
        var code = BytecodeCache.GetCode(path);
        try { Importer.ExecCodeInModule(code, module); }
        catch (PythonException)
        {
            BytecodeCache.ExecFailed(path, code);
            throw;
        }
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PySourceFileLoader(type);
        t.Init = (self, args, kw) =>
        {
            var a = ImportArgs.Bind("FileLoader.__init__", args, kw, ["fullname", "path"], 2);
            var l = (PySourceFileLoader)self;
            l._dict.SetItem(PyStr.Intern("name"), a[0]!);
            l._dict.SetItem(PyStr.Intern("path"), a[1]!);
        };
        t.Repr = o => new PyStr($"<_frozen_importlib_external.{o.Type.Name[(o.Type.Name.LastIndexOf('.') + 1)..]} object at 0x{Ops.Id(o):x}>");
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
            bool eq = ReferenceEquals(a.Type, b.Type) && Ops.RichCompareBool(a.Dict!, b.Dict ?? (PyObject)PyNone.Instance, CompareOp.Eq);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = o => Ops.Hash(Ops.GetAttr(o, "name")) ^ Ops.Hash(Ops.GetAttr(o, "path"));
        TypeBuilder.GetSet(t, "__dict__", o => ((PySourceFileLoader)o)._dict, (o, v) => o.Dict = v as PyDict ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"));
        TypeBuilder.Method(t, "get_filename", (self, args, kw) =>
        {
            var a = ImportArgs.Bind("get_filename", args, kw, ["name"], 0);
            return new PyStr(((PySourceFileLoader)self!).GetFilename(a[0]));
        });
        TypeBuilder.Method(t, "get_data", (self, args, kw) =>
        {
            var a = ImportArgs.Bind("get_data", args, kw, ["path"], 1);
            return new PyBytes(ImportPaths.ReadFile(Ops.Str(a[0]!).Value));
        });
        TypeBuilder.Method(t, "get_source", (self, args, kw) =>
        {
            var a = ImportArgs.Bind("get_source", args, kw, ["fullname"], 1);
            string path = ((PySourceFileLoader)self!).GetFilename(a[0]);
            var data = ImportPaths.ReadFile(path);
            return new PyStr(Krait.Syntax.Text.SourceText.FromBytes(data, path).Text);
        });
        TypeBuilder.Method(t, "get_code", (self, args, kw) =>
        {
            var a = ImportArgs.Bind("get_code", args, kw, ["fullname"], 1);
            return ((PySourceFileLoader)self!).GetCode(a[0]);
        });
        TypeBuilder.Method(t, "is_package", (self, args, kw) =>
        {
            var a = ImportArgs.Bind("is_package", args, kw, ["fullname"], 1);
            string file = Path.GetFileName(((PySourceFileLoader)self!).GetFilename(a[0]));
            int dot = file.IndexOf('.');
            string stem = dot < 0 ? file : file[..dot];
            int fdot = Ops.Str(a[0]!).Value.LastIndexOf('.');
            string tail = Ops.Str(a[0]!).Value[(fdot + 1)..];
            return PyBool.From(stem == "__init__" && tail != "__init__");
        });
        TypeBuilder.Method(t, "create_module", (self, args, kw) =>
        {
            ImportArgs.Bind("create_module", args, kw, ["spec"], 1);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "exec_module", (self, args, kw) =>
        {
            var a = ImportArgs.Bind("exec_module", args, kw, ["module"], 1);
            ((PySourceFileLoader)self!).ExecModule(a[0]!);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "path_stats", (self, args, kw) =>
        {
            var a = ImportArgs.Bind("path_stats", args, kw, ["path"], 1);
            var info = new FileInfo(Ops.Str(a[0]!).Value);
            if (!info.Exists) throw PyErr.New(PyExc.FileNotFoundError, $"[Errno 2] No such file or directory: {Ops.Repr(a[0]!).Value}");
            var d = new PyDict();
            d.SetItem(new PyStr("mtime"), new PyFloat((info.LastWriteTimeUtc - DateTime.UnixEpoch).TotalSeconds));
            d.SetItem(new PyStr("size"), PyInt.FromLong(info.Length));
            return d;
        });
    }
}
