using Xunit;

namespace Krait.Runtime.Tests.Import;

/// <summary>What the snippets cannot reach: <c>-m</c> (runpy._run_module_as_main) and the importer's C# API.
/// The expected messages are python3.11's for the same layouts (see the comments).</summary>
[Collection("Importer")]
public sealed class ImporterTests : IDisposable
{
    private readonly string _dir;

    public ImporterTests()
    {
        _dir = Path.Combine(Path.GetTempPath(), "krait-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        Sys.Module.Add("path", new PyList([new PyStr(_dir)]));
        Sys.Module.Add("argv", new PyList([new PyStr("-m")]));
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string ExitMessage(Action run)
    {
        try { run(); }
        catch (PythonException e) when (e.Value is PySystemExit se) { return Ops.Str(se.Code).Value; }
        return "no SystemExit";
    }

    private static string Unique(string stem) => stem + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public void MissingModuleIsReportedAsRunpyDoes()
    {
        string name = Unique("kr_missing_");
        // python3.11 -m kr_missing_x → "/usr/bin/python3.11: No module named kr_missing_x", exit status 1
        Assert.Equal($"/usr/bin/python3.11: No module named {name}", ExitMessage(() => Importer.RunModuleAsMain(name, program: "/usr/bin/python3.11")));
        Assert.Equal("prog: Relative module names not supported", ExitMessage(() => Importer.RunModuleAsMain(".x", program: "prog")));
        Assert.Equal($"prog: Error while finding module specification for '{name}.y' (ModuleNotFoundError: No module named '{name}')",
            ExitMessage(() => Importer.RunModuleAsMain(name + ".y", program: "prog")));
    }

    [Fact]
    public void PackageWithoutMainCannotBeExecuted()
    {
        string pkg = Unique("kr_pkg_");
        Write($"{pkg}/__init__.py", "");
        Assert.Equal($"prog: No module named {pkg}.__main__; '{pkg}' is a package and cannot be directly executed",
            ExitMessage(() => Importer.RunModuleAsMain(pkg, program: "prog")));
        Write($"{pkg}/mod.py", "");
        Assert.Equal($"prog: Error while finding module specification for '{pkg}.mod.py' (ModuleNotFoundError: __path__ attribute not found on '{pkg}.mod' while trying to find '{pkg}.mod.py'). Try using '{pkg}.mod' instead of '{pkg}.mod.py' as the module name.",
            ExitMessage(() => Importer.RunModuleAsMain(pkg + ".mod.py", program: "prog")));
    }

    [Fact]
    public void PackageRunsItsMainSubmoduleAsMain()
    {
        string pkg = Unique("kr_run_");
        Write($"{pkg}/__init__.py", "initialised = True\n");
        string main = Write($"{pkg}/__main__.py", "seen = (__name__, __package__, __spec__.name, __file__)\n");
        Importer.RunModuleAsMain(pkg, program: "prog");
        var g = ((PyModule)PythonRuntime.Modules.GetItem(new PyStr("__main__"))!).ModuleDict;
        Assert.Equal($"('__main__', '{pkg}', '{pkg}.__main__', '{main}')", Ops.Repr(g.GetItemStr(new PyStr("seen"))!).Value);
        Assert.Equal(main, Ops.Str(((PyList)Sys.GetOrNull("argv")!)[0]).Value);
        Assert.NotNull(PythonRuntime.Modules.GetItem(new PyStr(pkg)));
    }

    [Fact]
    public void ImportFindsSourceModulesAndPackages()
    {
        string mod = Unique("kr_mod_"), pkg = Unique("kr_p_");
        Write($"{mod}.py", "x = 41 + 1\n");
        Write($"{pkg}/__init__.py", "");
        Write($"{pkg}/sub.py", "from . import sibling\ny = sibling.z\n");
        Write($"{pkg}/sibling.py", "z = 'zed'\n");
        var m = Importer.ImportModuleLevel(new PyStr(mod), null, null, 0);
        Assert.Equal("42", Ops.Repr(Ops.GetAttr(m, "x")).Value);
        var top = Importer.ImportModuleLevel(new PyStr(pkg + ".sub"), null, null, 0);
        Assert.Equal(pkg, Ops.Str(Ops.GetAttr(top, "__name__")).Value);
        Assert.Equal("'zed'", Ops.Repr(Ops.GetAttr(Ops.GetAttr(top, "sub"), "y")).Value);
        var spec = Ops.GetAttr(m, "__spec__");
        Assert.Equal($"{_dir}/__pycache__/{mod}.krait-311.pyc", Ops.Str(Ops.GetAttr(spec, "cached")).Value);
    }

    [Fact]
    public void RegisteredBuiltinModulesAreFoundFirst()
    {
        string name = Unique("kr_native_");
        Importer.RegisterBuiltin(name, () =>
        {
            var m = new PyModule(name);
            m.Add("value", new PyStr("native"));
            return m;
        });
        Write($"{name}.py", "value = 'source'\n");
        var mod = Importer.ImportModuleLevel(new PyStr(name), null, null, 0);
        Assert.Equal("native", Ops.Str(Ops.GetAttr(mod, "value")).Value);
        Assert.Equal($"<module '{name}' (built-in)>", Importer.ModuleRepr(mod));
        Assert.Contains(name, Importer.BuiltinModuleNames().Items.Select(o => ((PyStr)o).Value));
    }
}
