using System.Text;

namespace Krait.Runtime.Tests.Objects;

/// <summary>Long random sequences of inserts and deletes on sets and dicts, replayed by python3.11: the
/// printed order must match exactly (it depends on probing, dummies and resizing).</summary>
public class HashTableStressTests
{
    private static (List<(bool Add, long Key)> Ops, string Python) Script(int seed, int count, int keyRange, string kind)
    {
        var rng = new Random(seed);
        var ops = new List<(bool, long)>();
        var py = new StringBuilder(kind == "set" ? "s = set()\n" : "s = {}\n");
        for (int i = 0; i < count; i++)
        {
            bool add = rng.Next(3) != 0;
            long key = rng.Next(keyRange) * (rng.Next(4) == 0 ? 1024L : 1L) - keyRange / 4;
            ops.Add((add, key));
            if (kind == "set") py.Append(add ? $"s.add({key})\n" : $"s.discard({key})\n");
            else py.Append(add ? $"s[{key}] = {i}\n" : $"s.pop({key}, None)\n");
        }
        py.Append("print(repr(s))");
        return (ops, py.ToString());
    }

    [Theory]
    [InlineData(1, 200, 64)]
    [InlineData(2, 2000, 500)]
    [InlineData(3, 5000, 100000)]
    [InlineData(4, 3000, 40)]
    public void SetOrderMatchesCPython(int seed, int count, int keyRange)
    {
        var (ops, py) = Script(seed, count, keyRange, "set");
        var s = new PySet();
        foreach (var (add, key) in ops)
        {
            if (add) s.Add(PyInt.FromLong(key));
            else s.Discard(PyInt.FromLong(key));
        }
        Assert.Equal(Oracle.Run(py), K.Repr(s));
    }

    [Theory]
    [InlineData(5, 300, 64)]
    [InlineData(6, 4000, 1000)]
    public void DictOrderMatchesCPython(int seed, int count, int keyRange)
    {
        var (ops, py) = Script(seed, count, keyRange, "dict");
        var d = new PyDict();
        int i = 0;
        foreach (var (add, key) in ops)
        {
            if (add) d.SetItem(PyInt.FromLong(key), PyInt.FromLong(i));
            else d.Pop(PyInt.FromLong(key));
            i++;
        }
        Assert.Equal(Oracle.Run(py), K.Repr(d));
    }

    [Fact]
    public void SetOfTuplesAndFloatsMatchesCPython()
    {
        var s = new PySet();
        var py = new StringBuilder("s = set()\n");
        for (int a = 0; a < 12; a++)
            for (int b = 0; b < 5; b++)
            {
                s.Add(K.Tuple(K.Int(a), K.Float(b + 0.5)));
                py.Append($"s.add(({a}, {b + 0.5}))\n");
            }
        py.Append("print(repr(s))");
        Assert.Equal(Oracle.Run(py.ToString()), K.Repr(s));
    }

    [Fact]
    public void DictVersionsTrackMutations()
    {
        var d = new PyDict();
        d.SetItem(K.Str("a"), K.Int(1));
        uint keys = d.KeysVersion, v = d.Version;
        d.SetItem(K.Str("a"), K.Int(2));
        Assert.Equal(keys, d.KeysVersion);
        Assert.NotEqual(v, d.Version);
        d.SetItem(K.Str("b"), K.Int(3));
        Assert.NotEqual(keys, d.KeysVersion);
    }
}
