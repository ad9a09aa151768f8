using System.Text;
using Xunit;

namespace Krait.Runtime.Tests.Robustness;

/// <summary>Programs CPython 3.11 itself crashes on (so no differential snippet can hold them): foreign bytecode,
/// recursion through C# code on a small stack after sys.setrecursionlimit(10**6). Krait must end each in a Python
/// exception.</summary>
[Collection("Importer")]
public sealed class CrashProofTests
{
    private static string Run(string source)
    {
        var code = CompileService.Compile(Encoding.UTF8.GetBytes(source), "<robust>", "exec");
        var m = new PyModule("robust_test");
        Importer.ExecCodeInModule(code, m);
        return Ops.Str(m.ModuleDict.GetItemStr(PyStr.Intern("result"))!).Value;
    }

    [Theory]
    [InlineData(254)]  // not an opcode
    [InlineData(255)]  // DO_TRACING, without a trace function
    [InlineData(3)]    // a Krait superinstruction number
    [InlineData(86)]   // YIELD_VALUE in a function called inline
    [InlineData(0)]    // CACHE
    public void ForeignBytecodeRaisesSystemError(int opcode)
    {
        string result = Run($$"""
            def f(a, b):
                x = a + b
                return (x, a, b)
            c = bytearray(f.__code__.co_code)
            c[-4] = {{opcode}}
            g = type(f)(f.__code__.replace(co_code=bytes(c)), {})
            try:
                result = g(1, 2)
            except SystemError as e:
                result = "SystemError"
            """);
        Assert.Equal("SystemError", result);
    }

    [Fact]
    public void ACorruptExceptionTableDoesNotBreakTheFrameChain()
    {
        string result = Run("""
            def f(a):
                try:
                    return 1 / a
                except ZeroDivisionError:
                    return "caught"
            t = bytearray(f.__code__.co_exceptiontable)
            t[-1] = 0x3f   # depth far beyond co_stacksize
            g = type(f)(f.__code__.replace(co_exceptiontable=bytes(t)), {})
            try:
                g(0)
                result = "no error"
            except ZeroDivisionError:
                result = "propagated"
            except SystemError:
                result = "SystemError"
            result = (result, f(0))
            """);
        Assert.Contains(result, new[] { "('no error', 'caught')", "('propagated', 'caught')", "('SystemError', 'caught')", "('caught', 'caught')" });
    }

    [Fact]
    public void RecursionThroughCSharpOnASmallStackEndsInRecursionError()
    {
        int saved = PythonRuntime.RecursionLimit;
        string? result = null;
        Exception? failure = null;
        // 4 MB: far less than 10**6 levels need; the stack probe must stop it, not the limit.
        var thread = new Thread(() =>
        {
            try
            {
                result = Run("""
                    import sys
                    sys.setrecursionlimit(10**6)
                    class Init:
                        def __init__(self): Init()
                    class Prop:
                        @property
                        def p(self): return self.p
                    class Repr:
                        def __repr__(self): return repr(self)
                    def key(k): return sorted([1, 2], key=key)
                    out = []
                    for f in (Init, lambda: Prop().p, lambda: repr(Repr()), lambda: key(0)):
                        try:
                            f()
                            out.append("completed")
                        except RecursionError:
                            out.append("RecursionError")
                    result = out
                    """);
            }
            catch (Exception e) { failure = e; }
        }, 4 * 1024 * 1024);
        thread.Start();
        thread.Join();
        PythonRuntime.RecursionLimit = saved;
        Assert.Null(failure);
        Assert.Equal("['RecursionError', 'RecursionError', 'RecursionError', 'RecursionError']", result);
    }
}
