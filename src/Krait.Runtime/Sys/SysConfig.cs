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
    /// <summary>-X options (sys._xoptions): value true for a bare -X name.</summary>
    public static readonly List<KeyValuePair<string, string?>> XOptions = [];
}
