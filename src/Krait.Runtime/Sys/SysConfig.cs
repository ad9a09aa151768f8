namespace Krait.Runtime;

/// <summary>Start-up options the command line sets before <c>sys</c> is first used (CPython's PyConfig):
/// they are reflected in <c>sys.flags</c>, the standard streams and <c>sys.dont_write_bytecode</c>.</summary>
public static class SysConfig
{
    /// <summary>-u / PYTHONUNBUFFERED: stdout and stderr are unbuffered (write-through over the raw stream).</summary>
    public static bool Unbuffered;
    /// <summary>-B / PYTHONDONTWRITEBYTECODE.</summary>
    public static bool DontWriteBytecode;
    /// <summary>-E: PYTHON* environment variables are ignored.</summary>
    public static bool IgnoreEnvironment;
    /// <summary>-I: isolated mode (implies -E, -s and safe_path).</summary>
    public static bool Isolated;
    /// <summary>-s: no user site directory.</summary>
    public static bool NoUserSite;
    /// <summary>-S: no site import.</summary>
    public static bool NoSite;
    /// <summary>-P / PYTHONSAFEPATH.</summary>
    public static bool SafePath;
    /// <summary>-i.</summary>
    public static bool Inspect, Interactive;
    /// <summary>-v (count), -q, -b (count), -d.</summary>
    public static int Verbose, BytesWarning, Debug;
    public static bool Quiet;
    /// <summary>-X dev.</summary>
    public static bool DevMode;
    /// <summary>-X utf8.</summary>
    public static int Utf8Mode;
    /// <summary>-X warn_default_encoding.</summary>
    public static bool WarnDefaultEncoding;
    /// <summary>PYTHONHASHSEED=0 turns hash randomisation off.</summary>
    public static bool HashRandomization = true;
    /// <summary>-X int_max_str_digits / PYTHONINTMAXSTRDIGITS (-1: not set).</summary>
    public static int IntMaxStrDigits = -1;
    /// <summary>-W options in order (sys.warnoptions).</summary>
    public static readonly List<string> WarnOptions = [];
    /// <summary>-X pycache_prefix=PATH / PYTHONPYCACHEPREFIX (sys.pycache_prefix): bytecode caches go to a mirror tree
    /// under it instead of __pycache__ folders.</summary>
    public static string? PycachePrefix;
    /// <summary>-X options (sys._xoptions): value true for a bare -X name.</summary>
    public static readonly List<KeyValuePair<string, string?>> XOptions = [];

    private static bool s_envApplied;

    /// <summary>Reads the PYTHON* environment variables CPython honours (unless -E/-I): PYTHONDONTWRITEBYTECODE,
    /// PYTHONUNBUFFERED, PYTHONOPTIMIZE, PYTHONVERBOSE, PYTHONDEBUG, PYTHONINSPECT, PYTHONSAFEPATH, PYTHONNOUSERSITE,
    /// PYTHONHASHSEED, PYTHONINTMAXSTRDIGITS, PYTHONWARNINGS, PYTHONUTF8, PYTHONDEVMODE, PYTHONWARNDEFAULTENCODING,
    /// PYTHONPYCACHEPREFIX.
    /// Runs once; sys calls it when first created, after the command line has set the options.</summary>
    public static void ApplyEnvironment()
    {
        if (s_envApplied) return;
        s_envApplied = true;
        if (!IgnoreEnvironment && !Isolated) ApplyEnvironmentVariables();
        ApplyXOptions();
        // config_init_warnoptions: dev mode, then PYTHONWARNINGS, then -W (already in the list), then -b/-bb.
        if (DevMode) WarnOptions.Insert(0, "default");
        if (BytesWarning > 0) WarnOptions.Add(BytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
    }

    /// <summary>The -X options that set configuration: dev, utf8[=0|1], int_max_str_digits=N, warn_default_encoding,
    /// pycache_prefix=PATH (a bare or empty one cancels PYTHONPYCACHEPREFIX, as in config_init_pycache_prefix).</summary>
    private static void ApplyXOptions()
    {
        foreach (var (key, value) in XOptions)
        {
            switch (key)
            {
                case "dev": DevMode = true; break;
                case "utf8": Utf8Mode = value == "0" ? 0 : 1; break;
                case "warn_default_encoding": WarnDefaultEncoding = true; break;
                case "pycache_prefix": PycachePrefix = string.IsNullOrEmpty(value) ? null : value; break;
                case "int_max_str_digits" when int.TryParse(value, out int n) && (n == 0 || n >= 640):
                    IntMaxStrDigits = n;
                    break;
            }
        }
    }

    private static void ApplyEnvironmentVariables()
    {
        static string? Env(string name)
        {
            var v = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrEmpty(v) ? null : v;
        }
        static int Level(string name)
        {
            var v = Env(name);
            if (v is null) return 0;
            return int.TryParse(v, out int n) && n > 0 ? n : 1;
        }
        if (Env("PYTHONDONTWRITEBYTECODE") is not null) DontWriteBytecode = true;
        if (Env("PYTHONUNBUFFERED") is not null) Unbuffered = true;
        if (Env("PYTHONINSPECT") is not null) Inspect = true;
        if (Env("PYTHONSAFEPATH") is not null) SafePath = true;
        if (Env("PYTHONNOUSERSITE") is not null) NoUserSite = true;
        if (Env("PYTHONDEVMODE") is not null) DevMode = true;
        if (Env("PYTHONWARNDEFAULTENCODING") is not null) WarnDefaultEncoding = true;
        if (Env("PYTHONUTF8") == "1") Utf8Mode = 1;
        PycachePrefix = Env("PYTHONPYCACHEPREFIX");
        PythonRuntime.Optimize = Math.Max(PythonRuntime.Optimize, Level("PYTHONOPTIMIZE"));
        Verbose = Math.Max(Verbose, Level("PYTHONVERBOSE"));
        Debug = Math.Max(Debug, Level("PYTHONDEBUG"));
        if (Env("PYTHONHASHSEED") == "0") HashRandomization = false;
        if (Env("PYTHONINTMAXSTRDIGITS") is { } digits && IntMaxStrDigits < 0 && int.TryParse(digits, out int d))
            IntMaxStrDigits = d;
        if (Env("PYTHONWARNINGS") is { } warnings)
        {
            var opts = new List<string>();
            foreach (var w in warnings.Split(','))
                if (w.Trim().Length > 0) opts.Add(w.Trim());
            WarnOptions.InsertRange(0, opts);
        }
    }
}
