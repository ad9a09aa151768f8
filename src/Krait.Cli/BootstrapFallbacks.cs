using System.Text;
using Krait.Runtime;

namespace Krait.Cli;

/// <summary>Stand-ins used only while the builtins module lacks <c>print</c> or sys lacks <c>excepthook</c>
/// (they arrive with the builtins and traceback work); each is skipped once the real one exists.</summary>
internal static class BootstrapFallbacks
{
    private static readonly StreamWriter s_stdout = new(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };

    public static void Install()
    {
        var b = PythonRuntime.Builtins;
        if (b.ModuleDict.GetItemStr(PyStr.Intern("print")) is null)
        {
            b.AddFunction("print", (self, args, kw) =>
            {
                var sb = new StringBuilder();
                int n = args.Length - (kw?.Count ?? 0);
                for (int i = 0; i < n; i++)
                {
                    if (i > 0) sb.Append(' ');
                    sb.Append(Ops.Str(args[i]).Value);
                }
                sb.Append('\n');
                s_stdout.Write(sb.ToString());
                return PyNone.Instance;
            });
        }
    }

    public static void Flush() => s_stdout.Flush();

    public static void PrintException(PyBaseException exc, TextWriter w)
    {
        var sb = new StringBuilder("Traceback (most recent call last):\n");
        for (var tb = exc.Traceback as PyTraceback; tb is not null; tb = tb.Next)
        {
            var co = tb.Frame.Code;
            sb.Append($"  File \"{co.Filename.Value}\", line {tb.LineNo}, in {co.Name.Value}\n");
            try
            {
                var lines = File.ReadAllLines(co.Filename.Value);
                if (tb.LineNo >= 1 && tb.LineNo <= lines.Length) sb.Append("    ").Append(lines[tb.LineNo - 1].Trim()).Append('\n');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { }
        }
        string msg;
        try { msg = Ops.Str(exc).Value; }
        catch (PythonException) { msg = "<exception str() failed>"; }
        sb.Append(msg.Length == 0 ? exc.Type.Name : $"{exc.Type.Name}: {msg}").Append('\n');
        w.Write(sb.ToString());
        w.Flush();
    }
}
