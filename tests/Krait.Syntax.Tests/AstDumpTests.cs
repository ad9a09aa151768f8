using System.Numerics;
using Krait.Syntax.Ast;
using Assert = Xunit.Assert;
using Krait.Syntax.Text;

namespace Krait.Syntax.Tests;

public class AstDumpTests
{
    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.1, "0.1")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(double.PositiveInfinity, "inf")]
    public void FloatReprIsPythons(double value, string expected) => Assert.Equal(expected, PyRepr.Float(value));

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("'\"", "'\\'\"'")]
    [InlineData("\t\n\r\x01\x7f", "'\\t\\n\\r\\x01\\x7f'")]
    [InlineData("é\u00a0\u2028😀", "'é\\xa0\\u2028😀'")]
    public void StrReprIsPythons(string value, string expected) => Assert.Equal(expected, PyRepr.Str(value));

    [Fact]
    public void DumpOmitsAbsentOptionalFieldsAndPrintsLocations()
    {
        var c = new Constant { Value = null };
        c.SetLocation(1, 0, 1, 4);
        var e = new Expr { Value = c };
        e.SetLocation(1, 0, 1, 4);
        var m = new Module { Body = [e] };
        Assert.Equal(
            "Module(body=[Expr(value=Constant(value=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[])",
            m.Dump());
        var j = new Constant { Value = new Complex(0, 1) };
        Assert.Equal("Constant(value=1j)", j.ToString());
    }
}

public class CodePointStringTests
{
    [Fact]
    public void SurrogateEscapesThatWouldPairStayTwoCodePoints()
    {
        var value = CodePointString.Create([0xD800, 0xDC80]);
        var sb = new System.Text.StringBuilder();
        PyRepr.AppendConstant(sb, value);
        Xunit.Assert.Equal("'\\ud800\\udc80'", sb.ToString());
    }

    [Fact]
    public void OrdinaryCodePointsBecomeAString() =>
        Xunit.Assert.Equal("a\U00010080", CodePointString.Create(['a', 0x10080]));
}

public class FloatReprTests
{
    /// <summary>repr of random doubles and of every power of two (where .NET's shortest formatting
    /// can be wrong) equals python3.11's.</summary>
    [Fact]
    public void ShortestReprMatchesCPython()
    {
        var values = new List<double>();
        for (int k = -1074; k <= 1023; k++) values.Add(Math.ScaleB(1.0, k));
        var rnd = new Random(20261121);
        for (int i = 0; i < 3000; i++)
            values.Add(BitConverter.Int64BitsToDouble(rnd.NextInt64() & 0x7FEFFFFFFFFFFFFF));
        string input = string.Join("\n", values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var psi = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3.11",
            ["-c", "import sys,struct\nfor l in sys.stdin: print(repr(struct.unpack('<d', struct.pack('<q', int(l)))[0]))"])
        { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.StandardInput.Write(input);
        p.StandardInput.Close();
        var expected = p.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        p.WaitForExit();
        Xunit.Assert.Equal(values.Count, expected.Length);
        for (int i = 0; i < values.Count; i++) Xunit.Assert.Equal(expected[i], PyRepr.Float(values[i]));
    }
}
