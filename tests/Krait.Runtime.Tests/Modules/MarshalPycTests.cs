using System.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Krait.Runtime.Tests.Modules;

/// <summary>marshal against .pyc files written by CPython 3.11 (/usr/bin/python3.11 -m py_compile): Krait reads
/// them, and the marshal data of Krait's own compilation of the same source is byte-identical.</summary>
[Collection("Importer")]
public sealed class MarshalPycTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "krait-pyc-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _output;

    public MarshalPycTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>py_compile.compile(source, cfile) under CPython 3.11; the .pyc's bytes.</summary>
    private byte[] CPythonPyc(string source)
    {
        string cfile = Path.Combine(_dir, Path.GetFileNameWithoutExtension(source) + ".pyc");
        var psi = new ProcessStartInfo("/usr/bin/python3.11") { UseShellExecute = false, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)");
        psi.ArgumentList.Add(source);
        psi.ArgumentList.Add(cfile);
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
        return File.ReadAllBytes(cfile);
    }

    /// <summary>Modules without frozenset constants of strs: CPython writes those in an order that depends on
    /// the hash seed of the process (typing, difflib, tarfile … differ from run to run).</summary>
    public static TheoryData<string> StdlibModules => new()
    {
        "heapq", "opcode", "colorsys", "stat", "keyword", "token", "__future__", "_compat_pickle", "bisect",
        "textwrap", "string", "enum", "dataclasses", "ast", "argparse", "inspect", "_pydecimal", "functools",
        "collections/__init__", "json/decoder", "asyncio/tasks", "re/_parser", "pickle",
    };

    [Theory]
    [MemberData(nameof(StdlibModules))]
    public void CPythonPycLoadsAndKraitWritesTheSameBytes(string module)
    {
        string source = $"/usr/lib/python3.11/{module}.py";
        var pyc = CPythonPyc(source);
        Assert.True(pyc.AsSpan(0, 4).SequenceEqual(BytecodeCache.Magic));
        var loaded = Assert.IsType<PyCode>(MarshalReader.Loads(pyc, 16));
        Assert.Equal(source, loaded.Filename.Value);

        var compiled = CompileService.Compile(File.ReadAllBytes(source), source, "exec");
        var ours = MarshalWriter.Dumps(compiled, 4);
        Assert.Equal(Convert.ToHexString(pyc.AsSpan(16)), Convert.ToHexString(ours));
        // The code read from CPython's file has the same fields as Krait's compilation.
        AssertSameCode(compiled, loaded);
    }

    [Theory]
    [InlineData("heapq", "nlargest(2, [3, 1, 4, 1, 5])", "[5, 4]")]
    [InlineData("colorsys", "rgb_to_hsv(0.2, 0.4, 0.4)", "(0.5, 0.5, 0.4)")]
    [InlineData("keyword", "iskeyword('while'), softkwlist", "(True, ['_', 'case', 'match'])")]
    [InlineData("token", "tok_name[NAME], EXACT_TOKEN_TYPES['**=']", "('NAME', 46)")]
    [InlineData("stat", "filemode(0o100644)", "'-rw-r--r--'")]
    [InlineData("bisect", "bisect_left([1, 2, 4], 3)", "2")]
    public void ACPythonPycRunsUnderKrait(string module, string expression, string expected)
    {
        string source = $"/usr/lib/python3.11/{module}.py";
        var code = Assert.IsType<PyCode>(MarshalReader.Loads(CPythonPyc(source), 16));
        var m = new PyModule(module);
        m.Add("__file__", new PyStr(source));
        Importer.ExecCodeInModule(code, m);
        var probe = CompileService.Compile(System.Text.Encoding.UTF8.GetBytes(expression), "<probe>", "eval");
        var result = Interpreter.RunCode(probe, m.ModuleDict, m.ModuleDict);
        Assert.Equal(expected, Ops.Repr(result).Value);
    }

    private static void AssertSameCode(PyCode a, PyCode b)
    {
        Assert.Equal(a.QualName.Value, b.QualName.Value);
        Assert.Equal(a.Code, b.Code);
        Assert.Equal(a.Source.LineTable, b.Source.LineTable);
        Assert.Equal(a.Source.ExceptionTable, b.Source.ExceptionTable);
        Assert.Equal(a.LocalsPlusKinds, b.LocalsPlusKinds);
        Assert.Equal((a.ArgCount, a.PosOnlyArgCount, a.KwOnlyArgCount, a.StackSize, a.Flags, a.FirstLineNo),
            (b.ArgCount, b.PosOnlyArgCount, b.KwOnlyArgCount, b.StackSize, b.Flags, b.FirstLineNo));
        Assert.Equal(a.Consts.Length, b.Consts.Length);
        for (int i = 0; i < a.Consts.Length; i++)
        {
            if (a.Consts[i] is PyCode ca) AssertSameCode(ca, Assert.IsType<PyCode>(b.Consts[i]));
            else Assert.Equal(Ops.Repr(a.Consts[i]).Value, Ops.Repr(b.Consts[i]).Value);
        }
    }

    /// <summary>What the bytecode cache saves: compiling a large module against reading its marshal data
    /// (best of five each, after a warm-up).</summary>
    [Fact]
    public void ReadingMarshalDataIsMuchFasterThanCompiling()
    {
        const string source = "/usr/lib/python3.11/_pydecimal.py";
        var text = File.ReadAllBytes(source);
        var data = MarshalWriter.Dumps(CompileService.Compile(text, source, "exec"), 4);
        MarshalReader.Loads(data);
        double compile = double.MaxValue, load = double.MaxValue, dump = double.MaxValue, dump2 = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            var code = CompileService.Compile(text, source, "exec");
            compile = Math.Min(compile, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            MarshalWriter.Dumps(code, 4);
            dump = Math.Min(dump, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            MarshalWriter.Dumps(code, 2);
            dump2 = Math.Min(dump2, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            MarshalReader.Loads(data);
            load = Math.Min(load, sw.Elapsed.TotalMilliseconds);
        }
        _output.WriteLine($"_pydecimal.py ({text.Length} bytes, {data.Length} bytes of marshal data): compile {compile:F1} ms, dumps {dump:F1} ms (version 2, no references: {dump2:F1} ms), loads {load:F1} ms");
        Assert.True(load * 3 < compile, $"loads {load:F1} ms, compile {compile:F1} ms");
    }
}
