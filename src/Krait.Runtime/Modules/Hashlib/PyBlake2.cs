using System.Buffers.Binary;

namespace Krait.Runtime;

/// <summary>_blake2.blake2b and _blake2.blake2s: types that are their own constructors, with CPython's parameter
/// checks and messages.</summary>
public sealed class PyBlake2 : PyObject
{
    private readonly Blake2 _state;

    private PyBlake2(PyType type, Blake2 state) : base(type) => _state = state;

    private static readonly string[] s_names =
    [
        "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth",
        "inner_size", "last_node", "usedforsecurity",
    ];

    public static PyModule Create()
    {
        var m = new PyModule("_blake2", "_blake2b provides BLAKE2b for hashlib\n");
        var b = PyType.NewBuiltin("_blake2.blake2b", PyType.ObjectType, TypeFlags.BaseType, t => InitType(t, true));
        var s = PyType.NewBuiltin("_blake2.blake2s", PyType.ObjectType, TypeFlags.BaseType, t => InitType(t, false));
        m.Add("blake2b", b);
        m.Add("blake2s", s);
        m.Add("BLAKE2B_SALT_SIZE", PyInt.FromLong(16));
        m.Add("BLAKE2B_PERSON_SIZE", PyInt.FromLong(16));
        m.Add("BLAKE2B_MAX_KEY_SIZE", PyInt.FromLong(64));
        m.Add("BLAKE2B_MAX_DIGEST_SIZE", PyInt.FromLong(64));
        m.Add("BLAKE2S_SALT_SIZE", PyInt.FromLong(8));
        m.Add("BLAKE2S_PERSON_SIZE", PyInt.FromLong(8));
        m.Add("BLAKE2S_MAX_KEY_SIZE", PyInt.FromLong(32));
        m.Add("BLAKE2S_MAX_DIGEST_SIZE", PyInt.FromLong(32));
        return m;
    }

    private static long Int(PyObject? o, long dflt) => o is null ? dflt : Ops.AsSsize(o);

    /// <summary>An unsigned parameter (CPython's _PyLong_UnsignedLong(Long)_Converter): "value must be positive".</summary>
    private static ulong Unsigned(PyObject? o, string name, ulong max)
    {
        if (o is null) return 0;
        var i = Ops.Index(o);
        if (i.Sign < 0) throw PyErr.ValueError("value must be positive");
        var b = i.ToBigInteger();
        if (b > max) throw PyErr.OverflowError($"{name} is too large");
        return (ulong)b;
    }

    private static PyObject New(PyType type, bool isB, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        string fname = isB ? "blake2b" : "blake2s";
        var v = new PyObject?[s_names.Length];
        ArgBinder.Bind(fname, args, kw, s_names, 1, 1, 0, v);
        int maxDigest = isB ? 64 : 32, saltSize = isB ? 16 : 8, personSize = isB ? 16 : 8;
        long digestSize = Int(v[1], maxDigest);
        if (digestSize <= 0 || digestSize > maxDigest) throw PyErr.ValueError($"digest_size must be between 1 and {maxDigest} bytes");
        var key = v[2] is null ? [] : Buffers.Get(v[2]!);
        if (key.Length > maxDigest) throw PyErr.ValueError($"maximum key length is {maxDigest} bytes");
        var salt = v[3] is null ? [] : Buffers.Get(v[3]!);
        if (salt.Length > saltSize) throw PyErr.ValueError($"maximum salt length is {saltSize} bytes");
        var person = v[4] is null ? [] : Buffers.Get(v[4]!);
        if (person.Length > personSize) throw PyErr.ValueError($"maximum person length is {personSize} bytes");
        long fanout = Int(v[5], 1);
        if (fanout < 0 || fanout > 255) throw PyErr.ValueError("fanout must be between 0 and 255");
        long depth = Int(v[6], 1);
        if (depth <= 0 || depth > 255) throw PyErr.ValueError("depth must be between 1 and 255");
        ulong leafSize = Unsigned(v[7], "leaf_size", uint.MaxValue);
        ulong nodeOffset = Unsigned(v[8], "node_offset", isB ? ulong.MaxValue : (1UL << 48) - 1);
        long nodeDepth = Int(v[9], 0);
        if (nodeDepth < 0 || nodeDepth > 255) throw PyErr.ValueError("node_depth must be between 0 and 255");
        long innerSize = Int(v[10], 0);
        if (innerSize < 0 || innerSize > maxDigest) throw PyErr.ValueError($"inner_size must be between 0 and is {maxDigest}");
        bool lastNode = v[11] is not null && Ops.IsTrue(v[11]!);

        Span<byte> p = stackalloc byte[isB ? 64 : 32];
        p.Clear();
        p[0] = (byte)digestSize;
        p[1] = (byte)key.Length;
        p[2] = (byte)fanout;
        p[3] = (byte)depth;
        BinaryPrimitives.WriteUInt32LittleEndian(p[4..], (uint)leafSize);
        if (isB)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(p[8..], nodeOffset);
            p[16] = (byte)nodeDepth;
            p[17] = (byte)innerSize;
            salt.CopyTo(p[32..]);
            person.CopyTo(p[48..]);
        }
        else
        {
            for (int i = 0; i < 6; i++) p[8 + i] = (byte)(nodeOffset >> (8 * i));
            p[14] = (byte)nodeDepth;
            p[15] = (byte)innerSize;
            salt.CopyTo(p[16..]);
            person.CopyTo(p[24..]);
        }
        var h = new PyBlake2(type, Blake2.Create(isB, p, key, lastNode));
        if (v[0] is { } data) h._state.Update(PyHash.GetData(data));
        return h;
    }

    private static PyBlake2 Self(PyObject? o) => (PyBlake2)o!;

    private static void InitType(PyType t, bool isB)
    {
        string n = isB ? "blake2b" : "blake2s";
        t.New = (type, args, kw) => New(type, isB, args, kw);
        TypeBuilder.Method(t, "update", (self, args, kw) =>
        {
            Self(self)._state.Update(PyHash.GetData(ArgBinder.One($"{n}.update", args, kw)));
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "copy", (self, args, kw) =>
        {
            ArgBinder.None($"{n}.copy", args, kw);
            return new PyBlake2(self!.Type, Self(self)._state.Copy());
        });
        TypeBuilder.Method(t, "digest", (self, args, kw) =>
        {
            ArgBinder.None($"{n}.digest", args, kw);
            return new PyBytes(Self(self)._state.Digest());
        });
        TypeBuilder.Method(t, "hexdigest", (self, args, kw) =>
        {
            ArgBinder.None($"{n}.hexdigest", args, kw);
            return new PyStr(PyHash.Hex(Self(self)._state.Digest()));
        });
        TypeBuilder.GetSet(t, "name", _ => new PyStr(n), null);
        TypeBuilder.GetSet(t, "digest_size", o => PyInt.FromLong(Self(o)._state.DigestSize), null);
        TypeBuilder.GetSet(t, "block_size", _ => PyInt.FromLong(isB ? 128 : 64), null);
        t.TypeDict.SetItem(PyStr.Intern("SALT_SIZE"), PyInt.FromLong(isB ? 16 : 8));
        t.TypeDict.SetItem(PyStr.Intern("PERSON_SIZE"), PyInt.FromLong(isB ? 16 : 8));
        t.TypeDict.SetItem(PyStr.Intern("MAX_KEY_SIZE"), PyInt.FromLong(isB ? 64 : 32));
        t.TypeDict.SetItem(PyStr.Intern("MAX_DIGEST_SIZE"), PyInt.FromLong(isB ? 64 : 32));
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(isB ? "Return a new BLAKE2b hash object." : "Return a new BLAKE2s hash object."));
    }
}
