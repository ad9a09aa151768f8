namespace Krait.Runtime.Tests;

/// <summary>Runs a program with MiniEval and with python3.11 and compares the repr of the last expression
/// (or the exception raised).</summary>
internal static class Differential
{
    public static void AssertSameRepr(string program) =>
        Assert.Equal(Oracle.ReprOfProgram(program), K.Repr(MiniEval.Eval(program)));

    public static void AssertSameError(string program) =>
        Assert.Equal(Oracle.ErrorOfProgram(program), K.Error(() => MiniEval.Eval(program)));
}
