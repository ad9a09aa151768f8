namespace Krait.Runtime;

/// <summary>The types of _sha3 (sha3_224/256/384/512, shake_128/256): each type is its own constructor, as in CPython.</summary>
public sealed class PySha3 : PyObject
{
    private readonly Keccak _k;
    private readonly Spec _spec;

    private sealed record Spec(string Name, int DigestSize, int Rate, bool Shake);

    private PySha3(PyType type, Spec spec, Keccak k) : base(type)
    {
        _spec = spec;
        _k = k;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_sha3", "");
        Add(m, new Spec("sha3_224", 28, 144, false));
        Add(m, new Spec("sha3_256", 32, 136, false));
        Add(m, new Spec("sha3_384", 48, 104, false));
        Add(m, new Spec("sha3_512", 64, 72, false));
        Add(m, new Spec("shake_128", 0, 168, true));
        Add(m, new Spec("shake_256", 0, 136, true));
        m.Add("implementation", new PyStr("tiny_sha3"));
        m.Add("keccakopt", PyInt.FromLong(0));
        return m;
    }

    private static void Add(PyModule m, Spec spec) =>
        m.Add(spec.Name, PyType.NewBuiltin("_sha3." + spec.Name, PyType.ObjectType, TypeFlags.BaseType, t => InitType(t, spec)));

    private static PySha3 Self(PyObject? o) => (PySha3)o!;

    private static long Length(PyObject o)
    {
        var i = Ops.Index(o);
        if (i.Sign < 0) throw PyErr.ValueError("value must be positive");
        if (i.IsBig || i.Small >= 1L << 29) throw PyErr.ValueError("length is too large");
        return i.Small;
    }

    private static void InitType(PyType t, Spec spec)
    {
        string n = spec.Name;
        t.New = (type, args, kw) =>
        {
            var v = new PyObject?[2];
            // CPython's clinic names every sha3 constructor sha3_224 in its messages.
            ArgBinder.Bind("sha3_224", args, kw, ["data", "usedforsecurity"], 1, 1, 0, v);
            var h = new PySha3(type, spec, new Keccak(spec.Rate, spec.Shake ? (byte)0x1F : (byte)0x06));
            if (v[0] is { } data) h._k.Update(PyHash.GetData(data));
            return h;
        };
        TypeBuilder.Method(t, "update", (self, args, kw) =>
        {
            Self(self)._k.Update(PyHash.GetData(ArgBinder.One($"{n}.update", args, kw)));
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "copy", (self, args, kw) =>
        {
            ArgBinder.None($"{n}.copy", args, kw);
            var h = Self(self);
            return new PySha3(h.Type, h._spec, h._k.Copy());
        });
        if (spec.Shake)
        {
            TypeBuilder.Method(t, "digest", (self, args, kw) => new PyBytes(Self(self)._k.Squeeze(Length(ArgBinder.One($"{n}.digest", args, kw)))));
            TypeBuilder.Method(t, "hexdigest", (self, args, kw) => new PyStr(PyHash.Hex(Self(self)._k.Squeeze(Length(ArgBinder.One($"{n}.hexdigest", args, kw))))));
        }
        else
        {
            TypeBuilder.Method(t, "digest", (self, args, kw) =>
            {
                ArgBinder.None($"{n}.digest", args, kw);
                return new PyBytes(Self(self)._k.Squeeze(spec.DigestSize));
            });
            TypeBuilder.Method(t, "hexdigest", (self, args, kw) =>
            {
                ArgBinder.None($"{n}.hexdigest", args, kw);
                return new PyStr(PyHash.Hex(Self(self)._k.Squeeze(spec.DigestSize)));
            });
        }
        TypeBuilder.GetSet(t, "name", _ => new PyStr(n), null);
        TypeBuilder.GetSet(t, "digest_size", _ => PyInt.FromLong(spec.DigestSize), null);
        TypeBuilder.GetSet(t, "block_size", _ => PyInt.FromLong(spec.Rate), null);
        TypeBuilder.GetSet(t, "_capacity_bits", _ => PyInt.FromLong(1600 - spec.Rate * 8), null);
        TypeBuilder.GetSet(t, "_rate_bits", _ => PyInt.FromLong(spec.Rate * 8), null);
        TypeBuilder.GetSet(t, "_suffix", _ => new PyBytes([spec.Shake ? (byte)0x1F : (byte)0x06]), null);
    }
}
