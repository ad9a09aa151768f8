namespace Krait.Runtime;

/// <summary>posix.DirEntry: one entry yielded by os.scandir(), with the d_type readdir gave (so is_dir() and
/// is_file() usually need no system call) and stat results cached once fetched.</summary>
public sealed class PyDirEntry : PyObject
{
    public static readonly PyType DirEntryType = PyType.NewBuiltin("posix.DirEntry", PyType.ObjectType, 0, InitType);

    private const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;
    private const int S_IFMT = 0xF000, S_IFDIR = 0x4000, S_IFREG = 0x8000, S_IFLNK = 0xA000;

    private readonly PyObject _name, _path;
    private readonly byte[] _nameBytes;
    private readonly byte _dtype;
    private readonly ulong _ino;
    private readonly int _dirFd = -1;
    private readonly byte[] _fullPath;
    private PyObject? _stat, _lstat;

    internal PyDirEntry(PathArg dir, byte[] name, byte dtype, ulong ino) : base(DirEntryType)
    {
        _nameBytes = name;
        _dtype = dtype;
        _ino = ino;
        if (dir.HasFd)
        {
            // scandir(fd): path is the bare name, and stat() is relative to the descriptor.
            _dirFd = dir.Fd;
            _name = PathArg.Decode(name);
            _path = _name;
            _fullPath = Libc.Z(name);
            return;
        }
        var basePath = dir.Narrow is null ? "."u8.ToArray() : dir.Bytes.ToArray();
        var full = new List<byte>(basePath.Length + name.Length + 1);
        full.AddRange(basePath);
        if (basePath.Length > 0 && basePath[^1] != '/') full.Add((byte)'/');
        full.AddRange(name);
        var fullArr = full.ToArray();
        _fullPath = Libc.Z(fullArr);
        if (dir.IsBytes) { _name = new PyBytes(name); _path = new PyBytes(fullArr); }
        else { _name = PathArg.Decode(name); _path = PathArg.Decode(fullArr); }
    }

    private PyObject FetchStat(bool follow)
    {
        var buf = new byte[PosixModule.StatSize];
        int r = _dirFd >= 0
            ? Libc.FStatAt(_dirFd, _fullPath, buf, follow ? 0 : Posix.AtSymlinkNoFollow)
            : follow ? Libc.Stat(_fullPath, buf) : Libc.LStat(_fullPath, buf);
        if (r != 0) throw Posix.Error(Posix.Errno, _path);
        return PosixModule.StatResult(buf);
    }

    private bool IsSymlink() => _dtype != DT_UNKNOWN ? _dtype == DT_LNK : TestMode(false, S_IFLNK);

    private PyObject Stat(bool follow)
    {
        if (!follow) return _lstat ??= FetchStat(false);
        if (_stat is null) _stat = IsSymlink() ? FetchStat(true) : (_lstat ??= FetchStat(false));
        return _stat;
    }

    private bool TestMode(bool follow, int kind)
    {
        if (_dtype == DT_UNKNOWN || (follow && _dtype == DT_LNK))
        {
            PyObject st;
            try { st = Stat(follow); }
            catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.FileNotFoundError)) { return false; }
            long mode = ((PyInt)((PyTuple)st).Items[0]).Small;
            return (mode & S_IFMT) == kind;
        }
        return kind switch { S_IFDIR => _dtype == DT_DIR, S_IFREG => _dtype == DT_REG, _ => _dtype == DT_LNK };
    }

    private static bool Follow(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = PosixModule.Bind(name, args, kw, ["follow_symlinks"], 0, 0, 0);
        return PosixModule.Bool(a[0], true);
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => throw PyErr.TypeError("cannot create 'posix.DirEntry' instances");
        t.Repr = o => new PyStr($"<DirEntry {Ops.Repr(((PyDirEntry)o)._name).Value}>");
        TypeBuilder.GetSet(t, "name", o => ((PyDirEntry)o)._name, null);
        TypeBuilder.GetSet(t, "path", o => ((PyDirEntry)o)._path, null);
        TypeBuilder.Method(t, "inode", (self, args, kw) =>
        {
            ArgBinder.None("inode", args, kw);
            return PyInt.FromBig(((PyDirEntry)self!)._ino);
        });
        TypeBuilder.Method(t, "is_dir", (self, args, kw) => PyBool.From(((PyDirEntry)self!).TestMode(Follow("is_dir", args, kw), S_IFDIR)));
        TypeBuilder.Method(t, "is_file", (self, args, kw) => PyBool.From(((PyDirEntry)self!).TestMode(Follow("is_file", args, kw), S_IFREG)));
        TypeBuilder.Method(t, "is_symlink", (self, args, kw) =>
        {
            ArgBinder.None("is_symlink", args, kw);
            return PyBool.From(((PyDirEntry)self!).IsSymlink());
        });
        TypeBuilder.Method(t, "stat", (self, args, kw) => ((PyDirEntry)self!).Stat(Follow("stat", args, kw)));
        TypeBuilder.Method(t, "__fspath__", (self, args, kw) => { ArgBinder.None("__fspath__", args, kw); return ((PyDirEntry)self!)._path; });
        TypeBuilder.ClassMethod(t, "__class_getitem__", (cls, args, kw) =>
            new PyGenericAlias(cls!, ArgBinder.One("__class_getitem__", args, kw)));
    }
}
