using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>posix.ScandirIterator: the iterator os.scandir() returns, over an open DIR*; a context manager
/// whose close() (or exhaustion) releases the directory.</summary>
public sealed class PyScandirIterator : PyObject
{
    public static readonly PyType ScandirIteratorType = PyType.NewBuiltin("posix.ScandirIterator", PyType.ObjectType, 0, InitType);

    private nint _dir;
    private readonly PathArg _path;

    internal PyScandirIterator(nint dir, PathArg path) : base(ScandirIteratorType) { _dir = dir; _path = path; }

    ~PyScandirIterator() { if (_dir != 0) Libc.CloseDir(_dir); }

    private void Close()
    {
        if (_dir == 0) return;
        var d = _dir;
        _dir = 0;
        Libc.CloseDir(d);
        GC.SuppressFinalize(this);
    }

    private PyObject? Next()
    {
        while (_dir != 0)
        {
            Marshal.SetLastPInvokeError(0);
            nint ent = Libc.ReadDir(_dir);
            if (ent == 0)
            {
                int e = Marshal.GetLastPInvokeError();
                Close();
                if (e != 0) throw Posix.Error(e, _path.HasFd ? null : _path.Object);
                return null;
            }
            var name = DirEntryName(ent, out byte dtype, out ulong ino);
            if (name is [(byte)'.'] or [(byte)'.', (byte)'.']) continue;
            return new PyDirEntry(_path, name, dtype, ino);
        }
        return null;
    }

    /// <summary>The name, d_type and d_ino of a struct dirent (x86-64 glibc layout).</summary>
    internal static byte[] DirEntryName(nint ent, out byte dtype, out ulong ino)
    {
        ino = (ulong)Marshal.ReadInt64(ent, 0);
        dtype = Marshal.ReadByte(ent, 18);
        return Libc.CBytes(ent + 19);
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyScandirIterator)o).Next();
        t.New = (type, args, kw) => throw PyErr.TypeError("cannot create 'posix.ScandirIterator' instances");
        TypeBuilder.Method(t, "close", (self, args, kw) =>
        {
            ArgBinder.None("close", args, kw);
            ((PyScandirIterator)self!).Close();
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "__enter__", (self, args, kw) => { ArgBinder.None("__enter__", args, kw); return self!; });
        TypeBuilder.Method(t, "__exit__", (self, args, kw) =>
        {
            ((PyScandirIterator)self!).Close();
            return PyNone.Instance;
        });
    }
}
