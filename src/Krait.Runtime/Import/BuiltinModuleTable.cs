namespace Krait.Runtime;

// The native modules `import` finds before sys.path (and sys.builtin_module_names lists).
// One entry a line: this file merges by union (.gitattributes), so branches that each add a module never conflict.
public static partial class Importer
{
    private static readonly Dictionary<string, Func<PyObject>> s_builtinModules = new(StringComparer.Ordinal)
    {
        ["sys"] = () => Sys.Module,
        ["builtins"] = () => PythonRuntime.Builtins,
        ["_warnings"] = () => WarningsModule.Module,
        ["gc"] = GcModule.Create,
        ["_weakref"] = WeakrefModule.Create,
        ["marshal"] = MarshalModule.Create,
        ["itertools"] = ItertoolsModule.Create,
        ["_imp"] = ImpModule.Create,
        ["_ast"] = AstModule.Create,
        ["_opcode"] = OpcodeModule.Create,
        ["_symtable"] = SymtableModule.Create,
        ["_operator"] = OperatorModule.Create,
        ["_functools"] = FunctoolsModule.Create,
        ["_collections"] = CollectionsModule.Create,
        ["_string"] = StringModule.Create,
        ["_codecs"] = CodecsModule.Create,
        ["math"] = MathModule.Create,
        ["_random"] = RandomModule.Create,
        ["_md5"] = HashModules.CreateMd5,
        ["_sha1"] = HashModules.CreateSha1,
        ["_sha256"] = HashModules.CreateSha256,
        ["_sha512"] = HashModules.CreateSha512,
        ["_struct"] = StructModule.Create,
        ["_sha3"] = PySha3.Create,
        ["_blake2"] = PyBlake2.Create,
        ["cmath"] = CmathModule.Create,
        ["_bisect"] = BisectModule.Create,
        ["_heapq"] = HeapqModule.Create,
        ["_sre"] = SreModule.Create,
        ["_thread"] = ThreadModule.Create,
        ["time"] = TimeModule.Create,
        ["_contextvars"] = ContextvarsModule.Create,
        ["posix"] = PosixModule.Create,
        ["errno"] = ErrnoModule.Create,
        ["_stat"] = StatModule.Create,
        ["_signal"] = SignalModule.Create,
        ["pwd"] = PwdModule.Create,
        ["grp"] = GrpModule.Create,
        ["_locale"] = LocaleModule.Create,
        ["atexit"] = AtexitModule.Create,
        ["_io"] = () => IOModule.Module,
        ["select"] = SelectModule.Create,
        ["_socket"] = SocketModule.Create,
    };
}
