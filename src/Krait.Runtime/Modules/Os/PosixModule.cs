using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>The posix module (CPython's Modules/posixmodule.c) on libc: what os, os.path, shutil, pathlib, glob
/// and tempfile are built on.</summary>
public static partial class PosixModule
{
    private const string Doc = "This module provides access to operating system functionality that is\n" +
        "standardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\n" +
        "corresponding Unix manual entries for more information on calls.";

    private static readonly string[] s_haveFunctions =
    [
        "HAVE_EVENTFD", "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT",
        "HAVE_FEXECVE", "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
        "HAVE_FUTIMES", "HAVE_FUTIMESAT", "HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_LUTIMES", "HAVE_MEMFD_CREATE",
        "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT",
        "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
    ];

    public static PyModule Create()
    {
        var m = new PyModule("posix", Doc);
        foreach (var (name, value) in PosixConstants.Posix) m.Add(name, PyInt.FromLong(value));
        var have = new PyObject[s_haveFunctions.Length];
        for (int i = 0; i < have.Length; i++) have[i] = new PyStr(s_haveFunctions[i]);
        m.Add("_have_functions", new PyList(have));
        m.Add("error", PyExc.OSError);
        m.Add("environ", BuildEnviron());
        AddStat(m);
        AddFiles(m);
        AddDirs(m);
        AddProcess(m);
        AddSpawn(m);
        AddSystem(m);
        return m;
    }

    /// <summary>Binds clinic-style arguments into slots (null = not given).</summary>
    internal static PyObject?[] Bind(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, string[] names, int posOnly, int maxPos, int required)
    {
        var slots = new PyObject?[names.Length];
        ArgBinder.Bind(name, args, kw, names, posOnly, maxPos, required, slots);
        return slots;
    }

    /// <summary>A C int argument (the "i" converter).</summary>
    internal static int Int(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (i.IsBig || i.Small > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
        if (i.Small < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
        return (int)i.Small;
    }

    internal static long Long(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (i.IsBig) throw PyErr.OverflowError("Python int too large to convert to C long");
        return i.Small;
    }

    /// <summary>A uid_t/gid_t argument: -1 means "unchanged" as in C.</summary>
    internal static uint Id(PyObject o, string what)
    {
        var i = Ops.Index(o);
        if (i.IsBig || i.Small < -1 || i.Small > uint.MaxValue - 1)
            throw PyErr.OverflowError($"{what} is {(i.Sign < 0 ? "less than minimum" : "greater than maximum")}");
        return i.Small == -1 ? uint.MaxValue : (uint)i.Small;
    }

    internal static bool Bool(PyObject? o, bool dflt) => o is null ? dflt : Ops.IsTrue(o);

    /// <summary>os.environ's source: the process environment as a dict of bytes to bytes (read from libc's
    /// <c>environ</c>, so that it holds exactly what the process was given).</summary>
    private static PyDict BuildEnviron()
    {
        var d = new PyDict();
        nint envp = 0;
        try
        {
            var lib = NativeLibrary.Load("libc.so.6");
            envp = Marshal.ReadIntPtr(NativeLibrary.GetExport(lib, "environ"));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        if (envp == 0)
        {
            foreach (System.Collections.DictionaryEntry kv in Environment.GetEnvironmentVariables())
                d.SetItem(new PyBytes(Encoding.UTF8.GetBytes((string)kv.Key)), new PyBytes(Encoding.UTF8.GetBytes((string?)kv.Value ?? "")));
            return d;
        }
        for (int i = 0; ; i++)
        {
            nint p = Marshal.ReadIntPtr(envp, i * nint.Size);
            if (p == 0) break;
            var entry = Libc.CBytes(p);
            int eq = entry.AsSpan().IndexOf((byte)'=');
            if (eq < 1) continue;
            var key = new PyBytes(entry[..eq]);
            // As CPython: the first definition of a name wins.
            if (d.GetItem(key) is null) d.SetItem(key, new PyBytes(entry[(eq + 1)..]));
        }
        return d;
    }

    private static byte[] EnvBytes(string fname, PyObject o, bool isName)
    {
        byte[] b = o switch
        {
            PyStr s => PathArg.Encode(s),
            PyBytes by => by.Value,
            _ => throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}"),
        };
        if (b.AsSpan().IndexOf((byte)0) >= 0) throw PyErr.ValueError(o is PyStr ? "embedded null character" : "embedded null byte");
        if (isName && b.AsSpan().IndexOf((byte)'=') >= 0) throw PyErr.ValueError("illegal environment variable name");
        return b;
    }

    private static PyObject FsPath(PyObject o)
    {
        if (o is PyStr or PyBytes) return o;
        var f = o.Type.Lookup(PyStr.Intern("__fspath__"));
        if (f is null || f is PyNone) throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");
        var r = Ops.Call(f, [o]);
        if (r is not PyStr and not PyBytes) throw PyErr.TypeError($"expected {o.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
        return r;
    }

    private static void AddSystem(PyModule m)
    {
        m.AddFunction("strerror", (self, args, kw) =>
        {
            ArgBinder.Positional("strerror", args, kw, 1, 1);
            return new PyStr(Posix.StrError(Int(args[0])));
        });
        m.AddFunction("fspath", (self, args, kw) => FsPath(Bind("fspath", args, kw, ["path"], 0, 1, 1)[0]!));
        m.AddFunction("putenv", (self, args, kw) =>
        {
            ArgBinder.Positional("putenv", args, kw, 2, 2);
            var name = EnvBytes("putenv", args[0], true);
            var value = EnvBytes("putenv", args[1], false);
            if (Libc.SetEnv(Libc.Z(name), Libc.Z(value), 1) != 0) throw Posix.LastError(Posix.Errno);
            return PyNone.Instance;
        });
        m.AddFunction("unsetenv", (self, args, kw) =>
        {
            ArgBinder.Positional("unsetenv", args, kw, 1, 1);
            var name = EnvBytes("unsetenv", args[0], true);
            if (Libc.UnsetEnv(Libc.Z(name)) != 0) throw Posix.LastError(Posix.Errno);
            return PyNone.Instance;
        });
        m.AddFunction("_path_normpath", (self, args, kw) =>
        {
            var a = Bind("_path_normpath", args, kw, ["path"], 0, 1, 1);
            var p = PathArg.Convert("_path_normpath", "path", a[0]);
            var r = NormPath(p.Bytes);
            return p.IsBytes ? new PyBytes(r) : PathArg.Decode(r);
        });
        AddInfo(m);
    }

    /// <summary>_Py_normpath on bytes: collapses separators and "." components and resolves ".." lexically;
    /// an empty result is returned as empty (posixpath turns it into ".").</summary>
    internal static byte[] NormPath(ReadOnlySpan<byte> path)
    {
        if (path.Length == 0) return [];
        int initial = 0;
        if (path[0] == '/') initial = path.Length > 1 && path[1] == '/' && (path.Length == 2 || path[2] != '/') ? 2 : 1;
        var comps = new List<byte[]>();
        int i = 0;
        while (i < path.Length)
        {
            int j = path[i..].IndexOf((byte)'/');
            int end = j < 0 ? path.Length : i + j;
            var c = path[i..end];
            if (c.Length == 0 || (c.Length == 1 && c[0] == '.')) { }
            else if (c.Length == 2 && c[0] == '.' && c[1] == '.' )
            {
                if ((initial == 0 && comps.Count == 0) || (comps.Count > 0 && comps[^1] is [(byte)'.', (byte)'.']))
                    comps.Add(c.ToArray());
                else if (comps.Count > 0) comps.RemoveAt(comps.Count - 1);
            }
            else comps.Add(c.ToArray());
            i = end + 1;
        }
        var outp = new List<byte>(path.Length);
        for (int k = 0; k < initial; k++) outp.Add((byte)'/');
        for (int k = 0; k < comps.Count; k++)
        {
            if (k > 0) outp.Add((byte)'/');
            outp.AddRange(comps[k]);
        }
        return outp.ToArray();
    }
}
