namespace Krait.Runtime;

// Version, platform, numeric-limit and configuration attributes of sys.
public static partial class SysModule
{
    public const int Major = 3, Minor = 11, Micro = 2;
    /// <summary>Krait's own version (reported in sys.implementation.version's place for Krait).</summary>
    public const string KraitVersion = "0.1.0";
    public const long HexVersion = (Major << 24) | (Minor << 16) | (Micro << 8) | (0xF << 4);

    private static PyType? s_versionInfoType, s_flagsType;

    private static readonly string[] s_flagFields =
    [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
        "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    ];

    /// <summary>"3.11.2 (Krait 0.1.0, Nov 21 2026, 17:00:00) [.NET 10.0.0]": the shape of CPython's sys.version,
    /// which platform._sys_version parses.</summary>
    public static string VersionString
    {
        get
        {
            // Formatted by hand: DateTime.ToString's formatting machinery costs ~2 ms of start-up (culture data, ICU, a
            // method compiled by the JIT), and an interpolated string with ints and a Version ~4 M instructions.
            var when = BuildTime();
            string date = s_months[when.Month - 1] + " " + (when.Day < 10 ? " " + (char)('0' + when.Day) : Two(when.Day)) + " "
                + Two(when.Year / 100) + Two(when.Year % 100) + ", " + Two(when.Hour) + ":" + Two(when.Minute) + ":" + Two(when.Second);
            var net = Environment.Version;
            string netVersion = N(net.Major) + "." + N(net.Minor) + (net.Build >= 0 ? "." + N(net.Build) : "")
                + (net.Revision >= 0 ? "." + N(net.Revision) : "");
            return N(Major) + "." + N(Minor) + "." + N(Micro) + " (Krait " + KraitVersion + ", " + date + ") [.NET "
                + netVersion + "]";
        }
    }

    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // No int.ToString: any culture-aware formatting initialises CultureInfo (ICU) at start-up.
    private static string N(int v) => PyInt.FormatSmall(v);

    private static string Two(int v) => ((char)('0' + v / 10)).ToString() + (char)('0' + v % 10);

    private static DateTime BuildTime()
    {
        // stat, not File.GetLastWriteTimeUtc: .NET's file-status stack costs ~5 M instructions at its first use.
        // The executable's (the launcher's, for the JIT engine it started), not an assembly's: a NativeAOT build
        // has no assembly files, and both engines of one build must print the same sys.version.
        string? loc = ProcessPath.Get();
        if (loc is { Length: > 0 } && Libc.StatModeSizeMTime(loc, out _, out _, out long mtime))
            return DateTime.UnixEpoch.AddSeconds(mtime);
        return new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);
    }

    public static string Platform =>
        OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";

    private static PyObject VersionInfo()
    {
        s_versionInfoType ??= PyStructSeq.NewType("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"], allowNew: false);
        return new PyStructSeq(s_versionInfoType, [PyInt.FromLong(Major), PyInt.FromLong(Minor), PyInt.FromLong(Micro), new PyStr("final"), PyInt.FromLong(0)]);
    }

    /// <summary>sys.flags from <see cref="SysConfig"/> and the -O level.</summary>
    public static PyObject Flags()
    {
        s_flagsType ??= PyStructSeq.NewType("sys.flags", s_flagFields, allowNew: false);
        static PyObject I(long v) => PyInt.FromLong(v);
        static PyObject B(bool v) => I(v ? 1 : 0);
        return new PyStructSeq(s_flagsType,
        [
            I(SysConfig.Debug), B(SysConfig.Inspect), B(SysConfig.Interactive), I(PythonRuntime.Optimize),
            B(SysConfig.DontWriteBytecode), B(SysConfig.NoUserSite || SysConfig.Isolated), B(SysConfig.NoSite),
            B(SysConfig.IgnoreEnvironment || SysConfig.Isolated), I(SysConfig.Verbose), I(SysConfig.BytesWarning),
            B(SysConfig.Quiet), B(SysConfig.HashRandomization), B(SysConfig.Isolated), PyBool.From(SysConfig.DevMode),
            I(SysConfig.Utf8Mode), B(SysConfig.WarnDefaultEncoding), PyBool.From(SysConfig.SafePath || SysConfig.Isolated),
            I(SysConfig.IntMaxStrDigits),
        ]);
    }

    private static void AddInfo(PyModule m)
    {
        m.Add("version", new PyStr(VersionString));
        var vi = VersionInfo();
        m.Add("version_info", vi);
        m.Add("hexversion", PyInt.FromLong(HexVersion));
        m.Add("api_version", PyInt.FromLong(1013));
        m.Add("copyright", new PyStr("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nKrait: a Python 3.11 implementation for .NET."));
        m.Add("platform", new PyStr(Platform));
        m.Add("byteorder", new PyStr(BitConverter.IsLittleEndian ? "little" : "big"));
        m.Add("maxsize", PyInt.FromLong(long.MaxValue));
        m.Add("maxunicode", PyInt.FromLong(0x10FFFF));
        m.Add("abiflags", new PyStr(""));
        m.Add("float_repr_style", new PyStr("short"));
        m.Add("platlibdir", new PyStr("lib"));

        var impl = new PySimpleNamespace();
        impl.Set("name", new PyStr("krait"));
        impl.Set("cache_tag", new PyStr("krait-311"));
        impl.Set("version", vi);
        impl.Set("hexversion", PyInt.FromLong(HexVersion));
        impl.Set("_multiarch", new PyStr(Multiarch()));
        m.Add("implementation", impl);

        m.Add("float_info", new PyStructSeq(PyStructSeq.NewType("sys.float_info",
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"], allowNew: true),
        [
            new PyFloat(double.MaxValue), PyInt.FromLong(1024), PyInt.FromLong(308), new PyFloat(2.2250738585072014e-308),
            PyInt.FromLong(-1021), PyInt.FromLong(-307), PyInt.FromLong(15), PyInt.FromLong(53), new PyFloat(2.220446049250313e-16),
            PyInt.FromLong(2), PyInt.FromLong(1),
        ]));
        // Krait's ints are a machine word or a BigInteger; the digit fields keep CPython's values because
        // code sizes buffers and limits from them (docs/differences.md).
        m.Add("int_info", new PyStructSeq(PyStructSeq.NewType("sys.int_info",
            ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], allowNew: true),
            [PyInt.FromLong(30), PyInt.FromLong(4), PyInt.FromLong(4300), PyInt.FromLong(640)]));
        // str hashes use .NET's randomised Marvin hash (32 bits); numeric hashing is CPython's.
        m.Add("hash_info", new PyStructSeq(PyStructSeq.NewType("sys.hash_info",
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"], allowNew: true),
        [
            PyInt.FromLong(64), PyInt.FromLong((1L << 61) - 1), PyInt.FromLong(314159), PyInt.FromLong(0), PyInt.FromLong(1000003),
            new PyStr("marvin"), PyInt.FromLong(32), PyInt.FromLong(64), PyInt.FromLong(0),
        ]));
        m.Add("thread_info", new PyStructSeq(PyStructSeq.NewType("sys.thread_info", ["name", "lock", "version"], allowNew: true),
            [new PyStr("pthread"), new PyStr("semaphore"), PyNone.Instance]));
        m.Add("flags", Flags());

        string prefix = OperatingSystem.IsWindows() ? AppContext.BaseDirectory.TrimEnd('\\') : "/usr";
        foreach (var n in new[] { "prefix", "exec_prefix", "base_prefix", "base_exec_prefix" }) m.Add(n, new PyStr(prefix));
        m.Add("executable", new PyStr(ProcessPath.Get() ?? ""));
        m.Add("_base_executable", new PyStr(ProcessPath.Get() ?? ""));
        m.Add("argv", StrList([""]));
        // The command line replaces these through Configure; until then, the process's own arguments.
        var cmd = Environment.GetCommandLineArgs();
        var orig = new List<string> { ProcessPath.Get() ?? (cmd.Length > 0 ? cmd[0] : "") };
        for (int i = 1; i < cmd.Length; i++) orig.Add(cmd[i]);
        m.Add("orig_argv", StrList(orig));
        m.Add("path", new PyList());
        m.Add("meta_path", new PyList());
        m.Add("path_hooks", new PyList());
        m.Add("path_importer_cache", new PyDict());
        m.Add("dont_write_bytecode", PyBool.From(SysConfig.DontWriteBytecode));
        m.Add("pycache_prefix", SysConfig.PycachePrefix is { } cachePrefix ? new PyStr(cachePrefix) : PyNone.Instance);
        var warn = new PyList();
        foreach (var w in SysConfig.WarnOptions) warn.Append(new PyStr(w));
        m.Add("warnoptions", warn);
        var xo = new PyDict();
        foreach (var kv in SysConfig.XOptions) xo.SetItem(new PyStr(kv.Key), kv.Value is null ? PyBool.True : new PyStr(kv.Value));
        m.Add("_xoptions", xo);
        m.Add("builtin_module_names", BuiltinModuleNames());
        m.Add("stdlib_module_names", StdlibModuleNames());
    }

    private static string Multiarch()
    {
        string arch = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.Arm64 => "aarch64",
            System.Runtime.InteropServices.Architecture.X86 => "i386",
            _ => "x86_64",
        };
        return OperatingSystem.IsWindows() ? "" : OperatingSystem.IsMacOS() ? "darwin" : $"{arch}-linux-gnu";
    }

    /// <summary>Modules compiled into the interpreter. Krait.Modules registers its native modules through
    /// <see cref="RegisterBuiltinModuleName"/> before sys is created.</summary>
    private static readonly SortedSet<string> s_builtinNames = new(StringComparer.Ordinal) { "_weakref", "builtins", "gc", "sys" };

    public static void RegisterBuiltinModuleName(string name)
    {
        lock (s_builtinNames) s_builtinNames.Add(name);
    }

    private static PyTuple BuiltinModuleNames()
    {
        var items = new List<PyObject>();
        foreach (var n in s_builtinNames) items.Add(new PyStr(n));
        return PyTuple.Wrap([.. items]);
    }
}
