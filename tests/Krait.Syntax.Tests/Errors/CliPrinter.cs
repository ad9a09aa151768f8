using System.Reflection;
using Krait.Syntax.Tests.Parity;

namespace Krait.Syntax.Tests.Errors;

/// <summary>Krait.Cli's SyntaxErrorPrinter.Format, loaded from the built CLI assembly (the test
/// project does not reference the CLI project).</summary>
internal static class CliPrinter
{
    private static readonly Lazy<Func<PythonSyntaxError, string>> FormatFn = new(Load);

    public static string Format(PythonSyntaxError e) => FormatFn.Value(e);

    private static Func<PythonSyntaxError, string> Load()
    {
        string? dll = null;
        foreach (var config in new[] { "Release", "Debug" })
        {
            string p = Path.Combine(CPythonOracle.RepoRoot, "src", "Krait.Cli", "bin", config, "net10.0", "krait.dll");
            if (File.Exists(p) && (dll is null || File.GetLastWriteTimeUtc(p) > File.GetLastWriteTimeUtc(dll))) dll = p;
        }
        if (dll is null) throw new InvalidOperationException("krait.dll not built: build Krait.slnx first");
        var asm = Assembly.LoadFrom(dll);
        var type = asm.GetType("Krait.Cli.SyntaxErrorPrinter", throwOnError: true)!;
        var m = type.GetMethod("Format", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        return m.CreateDelegate<Func<PythonSyntaxError, string>>();
    }
}
