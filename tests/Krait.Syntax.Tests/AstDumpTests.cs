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
