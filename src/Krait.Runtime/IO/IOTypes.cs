using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>Helpers shared by the _io types: io.UnsupportedOperation, OSError from errno, argument converters,
/// and calls to stream methods that skip Python dispatch for Krait's own exact types.</summary>
internal static partial class IOTypes
{
    public const int DefaultBufferSize = 8192;

    private static PyType? s_unsupported;

    /// <summary>io.UnsupportedOperation (a subclass of OSError and ValueError, created on first use). CPython makes
    /// it with type(), so it is a heap type: io.py sets its __module__.</summary>
    public static PyType UnsupportedOperation
    {
        get
        {
            if (s_unsupported is null)
            {
                var ns = new PyDict();
                ns.SetItem(PyStr.Intern("__module__"), new PyStr("io"));
                s_unsupported = (PyType)Ops.Call(PyType.TypeType, [new PyStr("UnsupportedOperation"),
                    PyTuple.Create([PyExc.OSError, PyExc.ValueError]), ns]);
            }
            return s_unsupported;
        }
    }

    public static PythonException Unsupported(string message) => PyErr.New(UnsupportedOperation, message);

    public static PythonException ClosedFile() => PyErr.ValueError("I/O operation on closed file.");

    /// <summary>PyErr_SetFromErrno(OSError): OSError(errno, strerror) made into its subclass by the constructor.</summary>
    public static PythonException OSErrorFromErrno(int errno, PyObject? filename = null)
    {
        var args = filename is null
            ? new PyObject[] { PyInt.FromLong(errno), new PyStr(StrError(errno)) }
            : [PyInt.FromLong(errno), new PyStr(StrError(errno)), filename];
        return new PythonException((PyBaseException)Ops.Call(PyExc.OSError, args));
    }

    public static PythonException LastErrno(PyObject? filename = null) => OSErrorFromErrno(Marshal.GetLastPInvokeError(), filename);

    public static string StrError(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    public static bool IsATty(int fd)
    {
        try { return Libc.IsATty(fd) == 1; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    /// <summary>_Py_convert_optional_to_ssize_t: None or an index, -1 meaning "all".</summary>
    public static long OptSize(PyObject? o)
    {
        if (o is null || o is PyNone) return -1;
        if (o.Type.Index is null) throw PyErr.TypeError($"argument should be integer or None, not '{o.Type.Name}'");
        return Ops.AsSsize(o, PyExc.OverflowError);
    }

    /// <summary>A Py_ssize_t argument ("'str' object cannot be interpreted as an integer").</summary>
    public static long Ssize(PyObject o) => Ops.AsSsize(o, PyExc.OverflowError);

    /// <summary>The bytes of a bytes-like argument (the buffer protocol), copied.</summary>
    public static byte[] BytesLike(PyObject o) => o is PyBytes b ? b.Value : Buffers.ToArray(o);

    /// <summary>A writable buffer argument (readinto): its memory, exported until <see cref="IPyBuffer.ReleaseBuffer"/>.</summary>
    public static PyBufferInfo WritableBuffer(PyObject o, string fname)
    {
        if (o is IPyBuffer b)
        {
            try { return b.GetBuffer(true); }
            catch (PythonException e) when (e.Value.Type == PyExc.BufferError && o is PyBytes or PyMemoryView) { }
        }
        throw PyErr.TypeError($"{fname}() argument must be read-write bytes-like object, not {o.Type.Name}");
    }

    public static bool IsTrue(PyObject o) => Ops.IsTrue(o);

    /// <summary>The `closed` attribute of any stream, as a bool.</summary>
    public static bool Closed(PyObject o) => o is PyIOBase io && io.HasNativeClosed ? io.NativeClosed : Ops.IsTrue(Ops.GetAttr(o, "closed"));

    /// <summary>The name part of a dotted builtin type name (_PyType_Name).</summary>
    public static string ShortName(PyType t) { string n = t.Name; int i = n.LastIndexOf('.'); return i < 0 ? n : n[(i + 1)..]; }

    /// <summary>sizehint-like int from an object with __index__ (seek/truncate offsets may be big: OverflowError).</summary>
    public static long Offset(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("an integer is required");
        return Ops.AsSsize(o, PyExc.OverflowError);
    }
}

internal static partial class IOTypes
{
    /// <summary>repr(value) inside the repr of <paramref name="self"/>: "reentrant call inside X.__repr__" on recursion.</summary>
    public static string GuardedRepr(PyObject self, PyObject value)
    {
        if (Ops.ReprEnter(self)) throw PyErr.RuntimeError($"reentrant call inside {self.Type.Name}.__repr__");
        try { return Ops.Repr(value).Value; }
        finally { Ops.ReprLeave(self); }
    }
}

internal static partial class IOTypes
{
    public static PyObject Import(string name) => Importer.ImportModuleLevel(new PyStr(name), null, null, 0);
}
