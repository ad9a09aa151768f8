using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime;

/// <summary>A converted path argument (Modules/posixmodule.c path_t): the object as given (for error messages
/// and OSError.filename), its bytes in the filesystem encoding (UTF-8 with surrogateescape) NUL-terminated,
/// or a file descriptor when the function accepts one.</summary>
internal sealed class PathArg
{
    public PyObject Object = PyNone.Instance;
    public byte[]? Narrow;
    public int Fd = -1;
    public bool IsBytes, HasFd;
    public bool IsNone => Narrow is null && !HasFd;

    /// <summary>The path without the terminating NUL.</summary>
    public ReadOnlySpan<byte> Bytes => Narrow is null ? default : Narrow.AsSpan(0, Narrow.Length - 1);

    public static PathArg Convert(string func, string arg, PyObject? o, bool allowFd = false, bool nullable = false)
    {
        var p = new PathArg();
        if (o is null || (nullable && o is PyNone)) return p;
        p.Object = o;
        if (allowFd && o is not PyStr and not PyBytes && o.Type.Index is not null && o.Type.Lookup(PyStr.Intern("__fspath__")) is null)
        {
            p.Fd = FdArg(o);
            p.HasFd = true;
            return p;
        }
        PyObject v = o;
        if (o is not PyStr and not PyBytes)
        {
            var fspath = o.Type.Lookup(PyStr.Intern("__fspath__"));
            if (fspath is not null)
            {
                v = Ops.Call(fspath, [o]);
                if (v is not PyStr and not PyBytes)
                    throw PyErr.TypeError($"expected {o.Type.Name}.__fspath__() to return str or bytes, not {v.Type.Name}");
            }
            else if (o is IPyBuffer && o is not PyStr)
            {
                WarningsModule.Warn(PyExc.DeprecationWarning, $"{func}: {arg} should be {Allowed(allowFd, nullable)}, not {o.Type.Name}");
                v = PyBytes.FromSpan(((IPyBuffer)o).AsReadOnlySpan());
            }
            else throw PyErr.TypeError($"{func}: {arg} should be {Allowed(allowFd, nullable)}, not {o.Type.Name}");
        }
        if (v is PyStr s)
        {
            var b = Encode(s);
            // PyUnicode_FSConverter's wording for a str; path_converter's for bytes.
            if (b.AsSpan().IndexOf((byte)0) >= 0) throw PyErr.ValueError("embedded null byte");
            p.Narrow = Libc.Z(b);
        }
        else
        {
            var b = ((PyBytes)v).Value;
            if (b.AsSpan().IndexOf((byte)0) >= 0) throw PyErr.ValueError($"{func}: embedded null character in {arg}");
            p.Narrow = Libc.Z(b);
            p.IsBytes = true;
        }
        return p;
    }

    private static string Allowed(bool allowFd, bool nullable) => (allowFd, nullable) switch
    {
        (true, true) => "string, bytes, os.PathLike, integer or None",
        (true, false) => "string, bytes, os.PathLike or integer",
        (false, true) => "string, bytes, os.PathLike or None",
        _ => "string, bytes or os.PathLike",
    };

    /// <summary>A file descriptor argument (fildes converter): an int that fits a C int.</summary>
    public static int FdArg(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("argument should be integer or None, not float");
        var i = Ops.Index(o);
        if (i.IsBig || i.Small > int.MaxValue) throw PyErr.OverflowError("fd is greater than maximum");
        if (i.Small < int.MinValue) throw PyErr.OverflowError("fd is less than minimum");
        return (int)i.Small;
    }

    /// <summary>os.fsencode of a str: UTF-8 with surrogateescape.</summary>
    public static byte[] Encode(PyStr s) => Utf8Codec.Encode(s, "surrogateescape");

    /// <summary>os.fsdecode of raw bytes. ASCII is widened as latin-1 (the same characters): .NET's ASCII and UTF-8
    /// decoders' first use costs ~16 M instructions (type loads of their vectorised paths), paid at every start-up
    /// by site's os.listdir until then.</summary>
    public static PyStr Decode(ReadOnlySpan<byte> b) =>
        Latin1Codec.FirstNonAscii(b) < 0 ? new PyStr(Latin1Codec.DecodeLatin1(b)) : Codecs.Decode(b, "utf-8", "surrogateescape");

    /// <summary><see cref="Decode"/> as a .NET string.</summary>
    internal static string DecodeString(ReadOnlySpan<byte> b) =>
        Latin1Codec.FirstNonAscii(b) < 0 ? Latin1Codec.DecodeLatin1(b) : Codecs.DecodeString(b, "utf-8", "surrogateescape");

    /// <summary>A name returned by the OS, as str or bytes to match the argument's type.</summary>
    public PyObject Result(ReadOnlySpan<byte> b) => IsBytes ? PyBytes.FromSpan(b) : Decode(b);

    /// <summary>dir_fd converter: None → AT_FDCWD.</summary>
    public static int DirFd(PyObject? o)
    {
        if (o is null or PyNone) return Posix.AtFdCwd;
        if (o.Type.Index is null) throw PyErr.TypeError($"argument should be integer or None, not {o.Type.Name}");
        return FdArg(o);
    }
}

/// <summary>OSError construction from errno, with CPython's filename conventions.</summary>
internal static class Posix
{
    internal const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100, AtRemoveDir = 0x200, AtEaccess = 0x200, AtSymlinkFollow = 0x400;

    internal static int Errno => Marshal.GetLastPInvokeError();

    public static string StrError(int errno) => Utf8Codec.DecodeReplacing(Libc.CBytes(Libc.StrError(errno)));

    public static PythonException Error(int errno) =>
        new((PyBaseException)Ops.Call(PyExc.OSError, [PyInt.FromLong(errno), new PyStr(StrError(errno))]));

    public static PythonException Error(int errno, PyObject? filename, PyObject? filename2 = null)
    {
        if (filename is null or PyNone && filename2 is null) return Error(errno);
        return new((PyBaseException)Ops.Call(PyExc.OSError,
            [PyInt.FromLong(errno), new PyStr(StrError(errno)), filename ?? PyNone.Instance, PyNone.Instance, filename2 ?? PyNone.Instance]));
    }

    /// <summary>The OSError for the errno left by the last call, naming the path argument.</summary>
    public static PythonException LastError(PathArg? p = null, PathArg? p2 = null)
    {
        int e = Errno;
        if (e == 4) SignalModule.CheckSignals();
        return Error(e, p?.Object, p2?.Object);
    }

    public static PythonException LastError(int errno) { if (errno == 4) SignalModule.CheckSignals(); return Error(errno); }
}
