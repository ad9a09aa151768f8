using System.Diagnostics;
using System.Text;
using Xunit;

namespace Krait.Runtime.Tests.Jit;

/// <summary>The compile thread (JitCodeQueue): a polled code object gets its compiled method installed while the
/// caller goes on; one that can't be compiled ends up marked as such.</summary>
[Collection("Importer")]
public sealed class JitCodeQueueTests
{
    private static PyModule Load(string source)
    {
        var code = CompileService.Compile(Encoding.UTF8.GetBytes(source), "<jitqueue>", "exec");
        var m = new PyModule("jitqueue_test");
        Importer.ExecCodeInModule(code, m);
        return m;
    }

    private static PyFunction Func(PyModule m, string name) => (PyFunction)m.ModuleDict.GetItemStr(PyStr.Intern(name))!;

    /// <summary>Polls as the eval loop does when the code's warmth reaches the threshold, until it answers true
    /// or <paramref name="done"/> holds.</summary>
    private static bool PollUntil(PyCode co, Func<bool> done)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (JitCodeQueue.Poll(co)) return true;
            if (done()) return false;
            Thread.Sleep(1);
        }
        throw new TimeoutException("the compile thread never answered");
    }

    [Fact]
    public void APolledCodeObjectIsCompiledInTheBackground()
    {
        var m = Load("""
            def f(n):
                t = 0
                for i in range(n):
                    try:
                        t += 10 // (i % 3)
                    except ZeroDivisionError:
                        t -= 1
                return t
            """);
        var f = Func(m, "f");
        Assert.Null(f.Code.Jit);
        Assert.True(PollUntil(f.Code, () => false));
        Assert.NotNull(f.Code.Jit);
        // The installed method runs the function (calls take it from PyCode.Jit).
        Assert.Equal(Expected(100), K.Str(Ops.Call(f, [PyInt.FromLong(100)])));
    }

    private static string Expected(int n)
    {
        long t = 0;
        for (int i = 0; i < n; i++) t += i % 3 == 0 ? -1 : 10 / (i % 3);
        return t.ToString();
    }

    [Fact]
    public void CodeThatCannotBeCompiledIsMarked()
    {
        var m = Load("""
            def g():
                r = 0
                try:
                    raise ExceptionGroup("g", [ValueError()])
                except* ValueError:
                    r = 1
                return r
            """);
        var g = Func(m, "g");
        Assert.False(PollUntil(g.Code, () => g.Code.Warmth == int.MinValue));
        Assert.Null(g.Code.Jit);
        Assert.Equal(int.MinValue, g.Code.Warmth);
        Assert.Equal("1", K.Str(Ops.Call(g, [])));
    }
}
