using System.Numerics;
using System.Text;
using System.Text.Json;
using Krait.TestSupport;
using TsOracle = Krait.TestSupport.Oracle;

namespace Krait.Runtime.Tests.Formatting;

/// <summary>Many deterministic (value, spec) pairs — ints small and huge, floats including ±0, inf,
/// nan, subnormals, ties and random bit patterns, strs and complexes — formatted by Krait and by
/// CPython 3.11 (format_oracle.py, one process for every case not cached yet), compared exactly,
/// results and error messages alike.</summary>
public class FormatPropertyTests
{
    private static string Script => Path.Combine(Repo.Root, "tests", "Krait.Runtime.Tests", "Formatting", "format_oracle.py");

    private static readonly object Gate = new();
    private static Dictionary<string, string>? s_cache;

    private static Dictionary<string, string> Verdicts(List<string> lines)
    {
        lock (Gate)
        {
            string cacheFile = TsOracle.CacheFile("format-oracle", Script);
            s_cache ??= TsOracle.LoadCache(cacheFile, ParseLine);
            var missing = new List<string>();
            var seen = new HashSet<string>();
            foreach (var l in lines)
                if (!s_cache.ContainsKey(l) && seen.Add(l)) missing.Add(l);
            if (missing.Count > 0)
            {
                var output = TsOracle.RunScript(Script, [], missing);
                foreach (var o in output)
                {
                    var (k, v) = ParseLine(o);
                    s_cache[k] = v;
                }
                TsOracle.AppendCache(cacheFile, output);
            }
            return s_cache;
        }
    }

    private static (string, string) ParseLine(string line)
    {
        using var doc = JsonDocument.Parse(line);
        return (doc.RootElement.GetProperty("key").GetString()!, doc.RootElement.GetProperty("r").GetString()!);
    }

    // ---- values ----

    private abstract record Val
    {
        public abstract string Json { get; }
        public abstract PyObject Make();
    }

    private sealed record IntVal(BigInteger V) : Val
    {
        public override string Json => $"[\"i\", \"{V}\"]";
        public override PyObject Make() => PyInt.FromBig(V);
    }

    private sealed record BoolVal(bool V) : Val
    {
        public override string Json => $"[\"b\", {(V ? 1 : 0)}]";
        public override PyObject Make() => PyBool.From(V);
    }

    private sealed record FloatVal(double V) : Val
    {
        public override string Json => $"[\"f\", {BitConverter.DoubleToInt64Bits(V)}]";
        public override PyObject Make() => new PyFloat(V);
    }

    private sealed record ComplexVal(double Re, double Im) : Val
    {
        public override string Json => $"[\"c\", {BitConverter.DoubleToInt64Bits(Re)}, {BitConverter.DoubleToInt64Bits(Im)}]";
        public override PyObject Make() => new PyComplex(Re, Im);
    }

    private sealed record StrVal(string V) : Val
    {
        public override string Json => $"[\"s\", {JsonSerializer.Serialize(V)}]";
        public override PyObject Make() => new PyStr(V);
    }

    private sealed record TupleVal(Val[] Items) : Val
    {
        public override string Json => "[\"t\", [" + string.Join(", ", Items.Select(i => i.Json)) + "]]";
        public override PyObject Make() => PyTuple.Create(Items.Select(i => i.Make()).ToArray());
    }

    private sealed record DictVal((string Key, Val Value)[] Items) : Val
    {
        public override string Json => "[\"d\", [" + string.Join(", ", Items.Select(i => $"[{JsonSerializer.Serialize(i.Key)}, {i.Value.Json}]")) + "]]";
        public override PyObject Make()
        {
            var d = new PyDict();
            foreach (var (k, v) in Items) d.SetItem(new PyStr(k), v.Make());
            return d;
        }
    }

    private sealed record Case(string Op, Val Value, string Spec)
    {
        public string Line => $"{{\"op\": \"{Op}\", \"v\": {Value.Json}, \"s\": {JsonSerializer.Serialize(Spec)}}}";
    }

    private static List<Val> Ints(Random rng)
    {
        var list = new List<Val>();
        foreach (var v in new BigInteger[] { 0, 1, -1, 7, -42, 65, 255, 1000, 1234, -98765, 1234567, 0x10FFFF, 0x110000,
                     int.MaxValue, 1L << 53, (1L << 53) + 1, long.MaxValue, long.MinValue, BigInteger.Pow(2, 64), BigInteger.Pow(10, 20),
                     -BigInteger.Pow(10, 25) + 7, BigInteger.Pow(3, 100), -BigInteger.Pow(7, 200) })
            list.Add(new IntVal(v));
        for (int i = 0; i < 12; i++)
        {
            var bytes = new byte[rng.Next(1, 20)];
            rng.NextBytes(bytes);
            list.Add(new IntVal(new BigInteger(bytes)));
        }
        list.Add(new BoolVal(true));
        list.Add(new BoolVal(false));
        return list;
    }

    private static List<Val> Floats(Random rng)
    {
        var list = new List<Val>();
        foreach (var v in new[] { 0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.1, 1.0 / 3, 2.0 / 3, 123.456, -0.0004,
                     9.995, 0.0005, 1e16, 1e22, 1e-5, 1e-7, 1234567.0, 123456789.0, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
                     1.7976931348623157e308, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 0.999999, 9.9999995,
                     99.5, 1e15 + 0.3, 4.35, 0.045, 1e100 })
            list.Add(new FloatVal(v));
        for (int i = 0; i < 14; i++)
        {
            long bits = rng.NextInt64();
            double d = BitConverter.Int64BitsToDouble(bits);
            if (double.IsFinite(d)) list.Add(new FloatVal(d));
        }
        for (int i = 0; i < 10; i++)
            list.Add(new FloatVal((rng.Next(-200000, 200000) + 0.5) / Math.Pow(10, rng.Next(0, 8))));
        for (int i = 0; i < 6; i++)
            list.Add(new FloatVal(rng.NextDouble() * Math.Pow(10, rng.Next(-30, 30))));
        return list;
    }

    private static readonly string[] Aligns = ["", "", "<", ">", "^", "=", "*<", "*^", "0=", "x>", "é=", "0<"];
    private static readonly string[] Signs = ["", "", "+", "-", " "];
    private static readonly string[] Widths = ["", "", "", "1", "5", "12", "20", "0", "00", "08"];
    private static readonly string[] Groupings = ["", "", "", ",", "_"];
    private static readonly string[] Precisions = ["", "", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".30"];

    private static string RandomSpec(Random rng, string types)
    {
        var sb = new StringBuilder();
        sb.Append(Pick(rng, Aligns)).Append(Pick(rng, Signs));
        if (rng.Next(12) == 0) sb.Append('z');
        if (rng.Next(5) == 0) sb.Append('#');
        sb.Append(Pick(rng, Widths)).Append(Pick(rng, Groupings)).Append(Pick(rng, Precisions));
        int t = rng.Next(types.Length + 2);
        if (t < types.Length) sb.Append(types[t]);
        return sb.ToString();
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    private static List<Case> FormatCases()
    {
        var rng = new Random(20261121);
        var cases = new List<Case>();
        var ints = Ints(rng);
        var floats = Floats(rng);
        string intTypes = "bcdoxXneEfFgG%ds";
        string floatTypes = "eEfFgGn%eEfFgGd";
        foreach (var v in ints)
            for (int i = 0; i < 45; i++) cases.Add(new Case("fmt", v, RandomSpec(rng, intTypes)));
        foreach (var v in floats)
            for (int i = 0; i < 40; i++) cases.Add(new Case("fmt", v, RandomSpec(rng, floatTypes)));
        foreach (var s in new[] { "", "a", "hello", "héllo wörld", "😀x😀", "tab\there" })
            for (int i = 0; i < 40; i++) cases.Add(new Case("fmt", new StrVal(s), RandomSpec(rng, "ssd")));
        var complexes = new[] { (1.0, 2.0), (0.0, 1.0), (-0.0, 1.0), (0.0, -0.0), (1.5, -2.5), (1e20, 1e-20), (double.NaN, double.PositiveInfinity), (-3.25, 0.0), (123456.789, -0.001) };
        foreach (var (re, im) in complexes)
            for (int i = 0; i < 30; i++) cases.Add(new Case("fmt", new ComplexVal(re, im), RandomSpec(rng, "eEfFgGn%")));
        // Every float with the exact-rounding-sensitive fixed and exponent forms at many precisions.
        foreach (var v in floats)
            foreach (var p in new[] { 0, 1, 2, 5, 12, 16, 17, 20, 40 })
                foreach (var t in "efg")
                    cases.Add(new Case("fmt", v, $".{p}{t}"));
        // Neighbours of powers of ten, where a log10 estimate of the exponent is one off.
        for (int k = -320; k <= 308; k += 7)
        {
            double p10 = double.Parse($"1e{k}", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var v in new[] { Math.BitDecrement(p10), p10, Math.BitIncrement(p10) })
                foreach (var spec in new[] { ".17g", ".16e", ".1e", ".0e", ".3g", "", ".15" })
                    cases.Add(new Case("fmt", new FloatVal(v), spec));
        }
        return cases;
    }

    private static readonly string[] PctFlags = ["", "", "-", "+", " ", "#", "0", "-0", "+0", "#0", " 0", "-#"];
    private static readonly string[] PctWidths = ["", "", "1", "6", "12", "*"];
    private static readonly string[] PctPrecisions = ["", "", ".0", ".2", ".5", ".17", ".*"];

    private static List<Case> PercentCases()
    {
        var rng = new Random(4242);
        var cases = new List<Case>();
        var values = new List<Val>();
        values.AddRange(Ints(rng));
        values.AddRange(Floats(rng));
        values.AddRange([new StrVal("x"), new StrVal("héllo"), new StrVal("")]);
        string convs = "sradiuoxXeEfFgGc";
        foreach (var v in values)
        {
            for (int i = 0; i < 30; i++)
            {
                string w = Pick(rng, PctWidths), p = Pick(rng, PctPrecisions);
                var args = new List<Val>();
                if (w == "*") args.Add(new IntVal(rng.Next(-10, 15)));
                if (p == ".*") args.Add(new IntVal(rng.Next(-2, 12)));
                args.Add(v);
                string fmt = "<%" + Pick(rng, PctFlags) + w + p + convs[rng.Next(convs.Length)] + ">";
                cases.Add(new Case("pct", args.Count == 1 && v is not TupleVal ? v : new TupleVal([.. args]), fmt));
            }
        }
        return cases;
    }

    private static string Krait(Case c)
    {
        try
        {
            var v = c.Value.Make();
            var r = c.Op switch
            {
                "fmt" => Ops.Format(v, new PyStr(c.Spec)),
                "pct" => Ops.BinaryOp(new PyStr(c.Spec), v, NumberOp.Remainder),
                _ => Ops.Call(Ops.GetAttr(new PyStr(c.Spec), "format"),
                    [.. ((PyTuple)v).AsSpan(), new PyFloat(1.5), new PyStr("nm")], PyTuple.Create([new PyStr("x"), new PyStr("name")])),
            };
            return Ops.Repr(r).Value;
        }
        catch (PythonException e)
        {
            return "!" + e.Value.Type.Name + ": " + Ops.Str(e.Value).Value;
        }
    }

    private static void Check(List<Case> cases)
    {
        var verdicts = Verdicts(cases.Select(c => c.Line).ToList());
        var failures = new List<string>();
        foreach (var c in cases)
        {
            string expected = verdicts[c.Line], actual = Krait(c);
            if (expected != actual) failures.Add($"{c.Line}\n    expected {expected}\n    actual   {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} differ:\n" + string.Join("\n", failures.Take(40)));
    }

    // Random strings over the spec alphabet: mostly parse errors, whose order and wording must match.
    private static List<Case> GarbageSpecCases()
    {
        var rng = new Random(777);
        const string alphabet = "<>=^+- z#00123456789,_.,_.bcdeEfFgGnosxX%é";
        Val[] values = [new IntVal(-1234), new IntVal(BigInteger.Pow(10, 30)), new FloatVal(-1234.5678), new FloatVal(double.NaN),
            new StrVal("text"), new ComplexVal(1.5, -2), new BoolVal(true)];
        var cases = new List<Case>();
        for (int i = 0; i < 2500; i++)
        {
            var sb = new StringBuilder();
            int n = rng.Next(1, 9);
            for (int j = 0; j < n; j++) sb.Append(alphabet[rng.Next(alphabet.Length)]);
            cases.Add(new Case("fmt", values[rng.Next(values.Length)], sb.ToString()));
        }
        return cases;
    }

    private static readonly string[] FormatPieces = ["ab", " ", "{", "}", "{{", "}}", "{}", "{0}", "{1}", "{2}", "{x}", "{name}",
        "{0[0]}", "{0!r}", "{!s}", "{!a}", "{0!x}", "{:>6}", "{0:^{1}}", "{:{}}", "{x:.2f}", "{x:{}}", "{0.real}", "{0.nope}",
        "{name[1]}", "{name[9]}", "{!r:*^9}", "{0:{x}}", "{:{:{}}}", "{0[}", "{", "}", "{:,}", "{1:_x}", "{0!}", "{!r", "{ 0}", "{00}"];

    private static List<Case> StrFormatCases()
    {
        var rng = new Random(99);
        Val[][] argSets = [[], [new StrVal("abc")], [new IntVal(42), new IntVal(7)], [new FloatVal(3.14159), new StrVal("é"), new IntVal(12)],
            [new TupleVal([new IntVal(1), new IntVal(2)]), new IntVal(10), new StrVal(">")]];
        var cases = new List<Case>();
        for (int i = 0; i < 2000; i++)
        {
            var sb = new StringBuilder();
            int n = rng.Next(1, 5);
            for (int j = 0; j < n; j++) sb.Append(FormatPieces[rng.Next(FormatPieces.Length)]);
            cases.Add(new Case("sf", new TupleVal(argSets[rng.Next(argSets.Length)]), sb.ToString()));
        }
        return cases;
    }

    private static List<Case> GarbagePercentCases()
    {
        var rng = new Random(31337);
        const string alphabet = "%%%%-+ #0*.123456789(a)(b)sdrxXeEfgcl%iou";
        Val[] args = [new IntVal(-42), new FloatVal(2.5), new StrVal("s"), new TupleVal([new IntVal(5), new FloatVal(-1.25), new StrVal("t"), new IntVal(3)]),
            new TupleVal([new IntVal(8), new IntVal(3)]), new DictVal([("a", new IntVal(17)), ("b", new FloatVal(0.125))]), new TupleVal([])];
        var cases = new List<Case>();
        for (int i = 0; i < 2500; i++)
        {
            var sb = new StringBuilder("<");
            int n = rng.Next(1, 8);
            for (int j = 0; j < n; j++) sb.Append(alphabet[rng.Next(alphabet.Length)]);
            cases.Add(new Case("pct", args[rng.Next(args.Length)], sb.ToString()));
        }
        return cases;
    }

    [Fact]
    public void FormatSpecsMatchCPython() => Check(FormatCases());

    [Fact]
    public void GarbageSpecsFailLikeCPython() => Check(GarbageSpecCases());

    [Fact]
    public void StrFormatMatchesCPython() => Check(StrFormatCases());

    [Fact]
    public void GarbagePercentFormatsFailLikeCPython() => Check(GarbagePercentCases());

    [Fact]
    public void PercentFormatsMatchCPython() => Check(PercentCases());
}
