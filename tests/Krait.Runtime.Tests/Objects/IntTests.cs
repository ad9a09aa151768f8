namespace Krait.Runtime.Tests.Objects;

public class IntTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("-2")]
    [InlineData("0")]
    [InlineData("2**61 - 1")]
    [InlineData("2**61")]
    [InlineData("-2**61")]
    [InlineData("2**62 + 12345")]
    [InlineData("2**63 - 1")]
    [InlineData("-2**63")]
    [InlineData("2**64 + 7")]
    [InlineData("-(2**100) - 3")]
    [InlineData("10**30")]
    public void HashMatchesCPython(string expr)
    {
        var v = Eval(expr);
        Assert.Equal(Oracle.Repr($"hash({expr})"), Ops.Hash(v).ToString());
    }

    [Fact]
    public void EqualNumbersHashAlike()
    {
        Assert.Equal(Ops.Hash(K.Int(1)), Ops.Hash(K.Float(1.0)));
        Assert.Equal(Ops.Hash(K.Int(-7)), Ops.Hash(K.Float(-7.0)));
        Assert.Equal(Ops.Hash(K.Big("1267650600228229401496703205376")), Ops.Hash(K.Float(1267650600228229401496703205376.0)));
        Assert.Equal(Ops.Hash(PyBool.True), Ops.Hash(K.Int(1)));
    }

    [Fact]
    public void SmallIntsAreCached()
    {
        Assert.Same(K.Int(-5), K.Int(-5));
        Assert.Same(K.Int(256), K.Int(256));
        Assert.NotSame(K.Int(257), K.Int(257));
        Assert.NotSame(K.Int(-6), K.Int(-6));
        Assert.Same(K.Int(100), Ops.BinaryOp(K.Int(50), K.Int(50), NumberOp.Add));
    }

    // Builds an int from a small arithmetic expression the way Python evaluates it, through Ops.
    internal static PyObject Eval(string expr) => MiniEval.Eval(expr);

    [Theory]
    [InlineData("9223372036854775807 + 1")]
    [InlineData("-9223372036854775808 - 1")]
    [InlineData("3037000500 * 3037000500")]
    [InlineData("-9223372036854775808 // -1")]
    [InlineData("7 // -2")]
    [InlineData("-7 // 2")]
    [InlineData("-7 % 3")]
    [InlineData("7 % -3")]
    [InlineData("-9223372036854775808 % -1")]
    [InlineData("divmod(-7, 2)")]
    [InlineData("1 / 3")]
    [InlineData("10**20 / 3")]
    [InlineData("2 ** -1")]
    [InlineData("2 ** 100")]
    [InlineData("(-3) ** 41")]
    [InlineData("1 << 100")]
    [InlineData("-1 >> 100")]
    [InlineData("-(2**70) >> 3")]
    [InlineData("~5")]
    [InlineData("~(2**70)")]
    [InlineData("-6 & 13")]
    [InlineData("-(2**70) | 5")]
    [InlineData("(2**70) ^ -1")]
    [InlineData("True + True")]
    [InlineData("True & False")]
    [InlineData("True | 2")]
    [InlineData("-True")]
    [InlineData("abs(-(2**63))")]
    [InlineData("2**63 == 2**63")]
    [InlineData("2**63 < 2**64")]
    [InlineData("1 == 1.0")]
    [InlineData("2**53 + 1 == float(2**53 + 1)")]
    [InlineData("2**53 + 1 > float(2**53)")]
    [InlineData("10**400 > 1e308")]
    [InlineData("int('  -1_000_000  ')")]
    [InlineData("int('0x1F', 16)")]
    [InlineData("int('z', 36)")]
    [InlineData("int('0b101', 0)")]
    [InlineData("int(-3.9)")]
    [InlineData("int(1e30)")]
    public void ArithmeticMatchesCPython(string expr) => Assert.Equal(Oracle.Repr(expr), K.Repr(Eval(expr)));

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("1 // 0")]
    [InlineData("1 % 0")]
    [InlineData("divmod(1, 0)")]
    [InlineData("0 ** -1")]
    [InlineData("1 << -1")]
    [InlineData("int('12a')")]
    [InlineData("int('010', 0)")]
    [InlineData("int('1', 99)")]
    [InlineData("int(float('nan'))")]
    [InlineData("int(float('inf'))")]
    [InlineData("int(None)")]
    [InlineData("float(10**400)")]
    [InlineData("str(10**5000)")]
    public void ErrorsMatchCPython(string expr) => Assert.Equal(Oracle.Error(expr), K.Error(() => MiniEval.Eval(expr)));
}
