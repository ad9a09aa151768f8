using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

/// <summary>The marshal module (Python/marshal.c): dump, dumps, load, loads and version, in CPython 3.11's
/// format, version 4 (<see cref="MarshalWriter"/>, <see cref="MarshalReader"/>).</summary>
public static class MarshalModule
{
    private const string Doc =
        "This module contains functions that can read and write Python values in\n" +
        "a binary format. The format is specific to Python, but independent of\n" +
        "machine architecture issues.\n\n" +
        "Not all Python object types are supported; in general, only objects\n" +
        "whose value is independent from a particular invocation of Python can be\n" +
        "written and read by this module. The following types are supported:\n" +
        "None, integers, floating point numbers, strings, bytes, bytearrays,\n" +
        "tuples, lists, sets, dictionaries, and code objects, where it\n" +
        "should be understood that tuples, lists and dictionaries are only\n" +
        "supported as long as the values contained therein are themselves\n" +
        "supported; and recursive lists and dictionaries should not be written\n" +
        "(they will cause infinite loops).\n\n" +
        "Variables:\n\n" +
        "version -- indicates the format that the module uses. Version 0 is the\n" +
        "    historical format, version 1 shares interned strings and version 2\n" +
        "    uses a binary format for floating point numbers.\n" +
        "    Version 3 shares common object references (New in version 3.4).\n\n" +
        "Functions:\n\n" +
        "dump() -- write value to a file\n" +
        "load() -- read value from a file\n" +
        "dumps() -- marshal value as a bytes object\n" +
        "loads() -- read value from a bytes-like object";

    /// <summary>marshal.dumps(value, version=4) in C#: the bytes CPython 3.11 writes for the value.</summary>
    public static byte[] Dumps(PyObject value, int version = MarshalFormat.Version) => MarshalWriter.Dumps(value, version);

    /// <summary>marshal.loads in C#: the value at the start of the data (extra bytes are ignored).</summary>
    public static PyObject Loads(byte[] data, int start = 0, int length = -1) => MarshalReader.Loads(data, start, length);

    public static PyModule Create()
    {
        var m = new PyModule("marshal", Doc);
        m.Add("version", PyInt.FromLong(MarshalFormat.Version));
        m.AddFunction("dump", (self, args, kw) =>
        {
            NoKeywords("marshal.dump", kw);
            ArgBinder.Positional("dump", args, null, 2, 3);
            int version = args.Length > 2 ? CInt(args[2]) : MarshalFormat.Version;
            var data = MarshalWriter.Dumps(args[0], version, FirstArgumentIsShared(args.Length));
            return Ops.CallMethod(args[1], "write", [new PyBytes(data)]);
        });
        m.AddFunction("dumps", (self, args, kw) =>
        {
            NoKeywords("marshal.dumps", kw);
            ArgBinder.Positional("dumps", args, null, 1, 2);
            int version = args.Length > 1 ? CInt(args[1]) : MarshalFormat.Version;
            return new PyBytes(MarshalWriter.Dumps(args[0], version, FirstArgumentIsShared(args.Length)));
        });
        m.AddFunction("load", (self, args, kw) =>
        {
            var file = ArgBinder.One("marshal.load", args, kw);
            // A zero-byte read first checks that the file gives bytes.
            var probe = Ops.CallMethod(file, "read", [PyInt.FromLong(0)]);
            if (probe is not PyBytes) throw PyErr.TypeError($"file.read() returned not bytes but {probe.Type.Name}");
            return MarshalReader.Load(file);
        });
        m.AddFunction("loads", (self, args, kw) =>
        {
            var data = ArgBinder.One("marshal.loads", args, kw);
            return MarshalReader.Loads(BufferBytes(data));
        });
        return m;
    }

    /// <summary>Whether the value given as the first argument of the running call is held elsewhere too, as
    /// CPython's w_ref sees it (a reference count above 1 gives it FLAG_REF). Krait has no reference counts, so
    /// it looks at the caller's instruction that pushed the value: a load (of a variable, constant, attribute or
    /// item) means another holder; a value built for the call (BUILD_LIST, an operator, a call's result …) is a
    /// temporary held by the call alone. Unknown shapes count as shared.</summary>
    private static bool FirstArgumentIsShared(int nargs)
    {
        var f = ThreadState.Current.Frame;
        if (f is null || f.Lasti < 0) return true;
        var code = f.Code.Code;
        int call = f.Lasti;
        if (2 * call >= code.Length || code[2 * call] != Op.CALL) return true;
        int precall = PreviousInstruction(code, call);
        if (precall < 0 || code[2 * precall] != Op.PRECALL) return true;
        int producer = PreviousInstruction(code, precall);
        // Skip the one-instruction loads of the later arguments (the version, the file).
        for (int k = 1; k < nargs; k++)
        {
            if (producer < 0 || !IsLoad(code[2 * producer])) return true;
            producer = PreviousInstruction(code, producer);
        }
        if (producer < 0) return true;
        return code[2 * producer] switch
        {
            Op.BUILD_TUPLE or Op.BUILD_LIST or Op.BUILD_SET or Op.BUILD_MAP or Op.BUILD_CONST_KEY_MAP or Op.BUILD_STRING
                or Op.BUILD_SLICE or Op.LIST_EXTEND or Op.SET_UPDATE or Op.DICT_UPDATE or Op.DICT_MERGE or Op.LIST_TO_TUPLE
                or Op.BINARY_OP or Op.UNARY_NEGATIVE or Op.UNARY_INVERT or Op.FORMAT_VALUE or Op.CALL => false,
            _ => true,
        };
    }

    private static bool IsLoad(byte op) =>
        op is Op.LOAD_CONST or Op.LOAD_NAME or Op.LOAD_FAST or Op.LOAD_GLOBAL or Op.LOAD_DEREF or Op.LOAD_CLASSDEREF;

    /// <summary>The code unit index of the instruction before <paramref name="index"/> (inline caches skipped).</summary>
    private static int PreviousInstruction(byte[] code, int index)
    {
        int j = index - 1;
        while (j >= 0 && code[2 * j] == Op.CACHE) j--;
        return j;
    }

    private static void NoKeywords(string fname, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{fname}() takes no keyword arguments");
    }

    /// <summary>The "i" converter: an int that fits a C int.</summary>
    private static int CInt(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (i.IsBig || i.Small > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        if (i.Small < int.MinValue) throw PyErr.OverflowError("Python int too small to convert to C int");
        return (int)i.Small;
    }

    /// <summary>The Py_buffer converter: the bytes of a bytes-like object.</summary>
    private static byte[] BufferBytes(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        string name = o.Type.Name;
        foreach (var t in o.Type.Mro)
            if (t.Name is "bytearray" or "memoryview" or "array.array")
                return ((PyBytes)Ops.Call(PyBytes.BytesType, [o])).Value;
        throw PyErr.TypeError($"a bytes-like object is required, not '{name}'");
    }
}
