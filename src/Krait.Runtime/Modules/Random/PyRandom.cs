using System.Numerics;

namespace Krait.Runtime;

/// <summary>_random.Random: the Mersenne Twister MT19937 seeded as CPython seeds it (init_by_array over the
/// 32-bit words of abs(seed)), so random.py on top of it gives CPython's exact sequences.</summary>
public sealed class PyRandom : PyObject
{
    public static readonly PyType RandomType = PyType.NewBuiltin("_random.Random", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private const int N = 624, M = 397;
    private const uint MatrixA = 0x9908b0dfU, UpperMask = 0x80000000U, LowerMask = 0x7fffffffU;

    private readonly uint[] _mt = new uint[N];
    private int _index;
    private PyDict? _dict;

    private PyRandom(PyType type) : base(type) { }

    public override PyDict? Dict
    {
        get => Type.IsHeapType ? _dict ??= new PyDict() : null;
        set
        {
            if (!Type.IsHeapType) base.Dict = value;
            _dict = value;
        }
    }

    private void InitGenrand(uint s)
    {
        var mt = _mt;
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    private void InitByArray(ReadOnlySpan<uint> key)
    {
        var mt = _mt;
        InitGenrand(19650218U);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000U;
    }

    internal uint NextUInt32()
    {
        var mt = _mt;
        uint y;
        if (_index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            _index = 0;
        }
        y = mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    internal double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private void Seed(PyObject? arg)
    {
        if (arg is null || arg is PyNone)
        {
            // No seed: 624 words from the OS's random source, as CPython's random_seed_urandom.
            var bytes = new byte[N * 4];
            System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
            var words = new uint[N];
            for (int i = 0; i < N; i++) words[i] = BitConverter.ToUInt32(bytes, i * 4);
            InitByArray(words);
            return;
        }
        BigInteger n;
        if (arg is PyInt pi) n = BigInteger.Abs(pi.ToBigInteger());
        else n = new BigInteger((ulong)Ops.Hash(arg)); // (size_t)hash
        // The 32-bit words of n, least significant first; at least one.
        byte[] le = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int count = Math.Max(1, (le.Length + 3) / 4);
        var key = new uint[count];
        for (int i = 0; i < le.Length; i++) key[i / 4] |= (uint)le[i] << (8 * (i % 4));
        InitByArray(key);
    }

    private PyObject GetRandBits(long k)
    {
        if (k < 0) throw PyErr.ValueError("number of bits must be non-negative");
        if (k == 0) return PyInt.FromLong(0);
        if (k <= 32) return PyInt.FromLong(NextUInt32() >> (int)(32 - k));
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4 + 1]; // a trailing zero byte keeps the value unsigned
        for (long i = 0; i < words; i++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32) r >>= (int)(32 - k);
            BitConverter.TryWriteBytes(bytes.AsSpan((int)(i * 4), 4), r);
        }
        return PyInt.FromBig(new BigInteger(bytes));
    }

    private PyObject GetState()
    {
        var items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) items[i] = PyInt.FromLong(_mt[i]);
        items[N] = PyInt.FromLong(_index);
        return PyTuple.Wrap(items);
    }

    private void SetState(PyObject state)
    {
        if (state is not PyTuple t) throw PyErr.TypeError("state vector must be a tuple");
        if (t.Count != N + 1) throw PyErr.ValueError("state vector is the wrong size");
        var mt = new uint[N];
        for (int i = 0; i < N; i++) mt[i] = (uint)AsUnsignedLong(t[i]);
        long index = AsLong(t[N]);
        if (index < 0 || index > N) throw PyErr.ValueError("invalid state");
        _index = (int)index;
        mt.CopyTo(_mt, 0);
    }

    private static ulong AsUnsignedLong(PyObject o)
    {
        if (o is not PyInt i) throw PyErr.TypeError("an integer is required");
        if (i.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
        var b = i.ToBigInteger();
        if (b > ulong.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C unsigned long");
        return (ulong)b;
    }

    private static long AsLong(PyObject o)
    {
        var i = o as PyInt ?? Ops.Index(o);
        if (i.IsBig) throw PyErr.OverflowError("Python int too large to convert to C long");
        return i.Small;
    }

    private static PyRandom Self(PyObject? o) => (PyRandom)o!;

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) => new PyRandom(type);
        t.Init = (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (nkw > 0 && (ReferenceEquals(self.Type, RandomType) || self.Type.Init == RandomType.Init))
                throw PyErr.TypeError("Random() takes no keyword arguments");
            int npos = args.Length - nkw;
            if (npos > 1) throw PyErr.TypeError("Random() requires 0 or 1 argument");
            Self(self).Seed(npos == 1 ? args[0] : null);
        };
        TypeBuilder.Method(t, "random", (self, args, kw) =>
        {
            ArgBinder.None("Random.random", args, kw);
            return new PyFloat(Self(self).NextDouble());
        });
        TypeBuilder.Method(t, "seed", (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("Random.seed() takes no keyword arguments");
            if (args.Length > 1) throw PyErr.TypeError($"seed expected at most 1 argument, got {args.Length}");
            Self(self).Seed(args.Length == 1 ? args[0] : null);
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "getstate", (self, args, kw) =>
        {
            ArgBinder.None("Random.getstate", args, kw);
            return Self(self).GetState();
        });
        TypeBuilder.Method(t, "setstate", (self, args, kw) =>
        {
            Self(self).SetState(ArgBinder.One("Random.setstate", args, kw));
            return PyNone.Instance;
        });
        TypeBuilder.Method(t, "getrandbits", (self, args, kw) =>
        {
            var k = ArgBinder.One("Random.getrandbits", args, kw);
            var ki = Ops.Index(k);
            if (ki.IsBig) throw PyErr.OverflowError("Python int too large to convert to C int");
            if (ki.Small > int.MaxValue || ki.Small < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
            return Self(self).GetRandBits(ki.Small);
        });
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("Random() -> create a random number generator with its own internal state."));
    }
}
