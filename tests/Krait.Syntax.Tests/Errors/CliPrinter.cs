using System.Reflection;
using Krait.Syntax.Tests.Parity;

namespace Krait.Syntax.Tests.Errors;

/// <summary>Krait.Cli's SyntaxErrorPrinter.Format, loaded from the built CLI assembly (the test
/// project does not reference the CLI project).</summary>
internal static class CliPrinter
{
    private static readonly Lazy<Func<PythonSyntaxError, string>> FormatFn = new(Load);

    public static string Format(PythonSyntaxError e) => FormatFn.Value(e);

    /// <summary>The newest built CLI file <paramref name="name"/> (krait.dll, or the krait launcher).</summary>
    public static string BuiltCli(string name)
    {
        string? found = null;
        foreach (var config in new[] { "Release", "Debug" })
        {
            string p = Path.Combine(CPythonOracle.RepoRoot, "src", "Krait.Cli", "bin", config, "net10.0", name);
            if (File.Exists(p) && (found is null || File.GetLastWriteTimeUtc(p) > File.GetLastWriteTimeUtc(found))) found = p;
        }
        return found ?? throw new InvalidOperationException($"{name} not built: build Krait.slnx first");
    }

    private static Func<PythonSyntaxError, string> Load()
    {
        var asm = Assembly.LoadFrom(BuiltCli("krait.dll"));
        var type = asm.GetType("Krait.Cli.SyntaxErrorPrinter", throwOnError: true)!;
        var m = type.GetMethod("Format", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        return m.CreateDelegate<Func<PythonSyntaxError, string>>();
    }
}
