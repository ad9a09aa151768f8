using Krait.Syntax.Parser;

namespace Krait.Syntax.Tests.Parity;

/// <summary>Krait's outcome for source bytes, as <c>ast.parse</c> + <c>ast.dump</c>: the dump or
/// the error. Runs on a thread with a large stack (as the CLI does), and turns any other .NET
/// exception into a result the tests report instead of crashing the run.</summary>
internal static class KraitAst
{
    public sealed record Outcome(string? Dump, ErrorTuple? Error, Exception? Crash);

    public static Outcome Parse(byte[] data, string path, int stackMb = 256)
    {
        Outcome? result = null;
        var t = new Thread(() =>
        {
            try
            {
                var m = PythonParser.ParseAst(data, path);
                result = new Outcome(m.Dump(includeAttributes: true), null, null);
            }
            catch (PythonSyntaxError e)
            {
                result = new Outcome(null, ErrorTuple.From(e), null);
            }
            catch (Exception e)
            {
                result = new Outcome(null, null, e);
            }
        }, stackMb * 1024 * 1024);
        t.Start();
        t.Join();
        return result!;
    }
}
