using System.Security.Cryptography;

namespace Krait.Runtime;

/// <summary>The hash objects of _md5, _sha1, _sha256 and _sha512 (md5, sha1, sha224, sha256, sha384, sha512): one C#
/// class over System.Security.Cryptography's IncrementalHash (sha224 computed by <see cref="Sha224"/>), one Python type
/// per algorithm as in CPython.</summary>
public sealed class PyHash : PyObject
{
    /// <summary>How one algorithm is made: its Python name, sizes and a fresh incremental state.</summary>
    internal sealed record Algorithm(string Name, int DigestSize, int BlockSize, Func<IHashState> Create)
    {
        public PyType Type = null!;
    }

    /// <summary>An incremental hash that can be copied and read without being finalized.</summary>
    internal interface IHashState
    {
        void Update(ReadOnlySpan<byte> data);
        byte[] Digest();
        IHashState Copy();
    }

    private sealed class Incremental(IncrementalHash h) : IHashState
    {
        public void Update(ReadOnlySpan<byte> data) => h.AppendData(data);
        public byte[] Digest() => h.GetCurrentHash();
        public IHashState Copy() => new Incremental(h.Clone());
    }

    internal static Func<IHashState> Dotnet(HashAlgorithmName name) => () => new Incremental(IncrementalHash.CreateHash(name));

    private readonly Algorithm _alg;
    private IHashState _state;

    private PyHash(Algorithm alg, IHashState state) : base(alg.Type)
    {
        _alg = alg;
        _state = state;
    }

    /// <summary>Creates the type `<paramref name="module"/>.<paramref name="name"/>` and returns the constructor
    /// function `name(string=None, *, usedforsecurity=True)`.</summary>
    internal static PyBuiltinFunction Register(PyModule m, string module, Algorithm alg)
    {
        alg.Type = PyType.NewBuiltin($"{module}.{alg.Name}", PyType.ObjectType, TypeFlags.None, t => InitType(t, alg));
        var fn = new PyBuiltinFunction(alg.Name, (_, args, kw) =>
        {
            var v = new PyObject?[2];
            ArgBinder.Bind(alg.Name, args, kw, ["string", "usedforsecurity"], 0, 1, 0, v);
            var h = new PyHash(alg, alg.Create());
            if (v[0] is { } data) h._state.Update(GetData(data));
            return h;
        }, m) { Module = module };
        m.Add(alg.Name, fn);
        return fn;
    }

    internal static ReadOnlySpan<byte> GetData(PyObject o)
    {
        if (o is PyStr) throw PyErr.TypeError("Strings must be encoded before hashing");
        if (!Buffers.TryGet(o, out var span)) throw PyErr.TypeError("object supporting the buffer API required");
        return span;
    }

    internal static string Hex(byte[] d) => Convert.ToHexStringLower(d);

    private static void InitType(PyType t, Algorithm alg)
    {
        string n = alg.Name;
        t.New = (type, args, kw) => throw PyErr.TypeError($"cannot create '{type.Name}' instances");
        TypeBuilder.Method(t, "update", (self, args, kw) =>
        {
            var data = ArgBinder.One($"{n}.update", args, kw);
            ((PyHash)self!)._state.Update(GetData(data));
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "digest", (self, args, kw) =>
        {
            ArgBinder.None($"{n}.digest", args, kw);
            return new PyBytes(((PyHash)self!)._state.Digest());
        });
        TypeBuilder.Method(t, "hexdigest", (self, args, kw) =>
        {
            ArgBinder.None($"{n}.hexdigest", args, kw);
            return new PyStr(Hex(((PyHash)self!)._state.Digest()));
        });
        TypeBuilder.Method(t, "copy", (self, args, kw) =>
        {
            ArgBinder.None($"{n}.copy", args, kw);
            var h = (PyHash)self!;
            return new PyHash(h._alg, h._state.Copy());
        });
        TypeBuilder.GetSet(t, "name", _ => new PyStr(alg.Name), null);
        TypeBuilder.GetSet(t, "digest_size", _ => PyInt.FromLong(alg.DigestSize), null);
        TypeBuilder.GetSet(t, "block_size", _ => PyInt.FromLong(alg.BlockSize), null);
    }
}
