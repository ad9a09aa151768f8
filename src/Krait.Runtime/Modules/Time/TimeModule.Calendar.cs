using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime;

// gmtime, localtime, mktime, asctime, ctime, strftime, strptime, struct_time and the time zone attributes.
public static partial class TimeModule
{
    private static PyType? s_structTimeType;

    /// <summary>time.struct_time: nine tuple items plus tm_zone and tm_gmtoff as attributes.</summary>
    internal static PyType StructTimeType => s_structTimeType ??= MakeStructTimeType();

    private static PyType MakeStructTimeType()
    {
        var t = PyStructSeqEx.NewType("time.struct_time",
            ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
            9, StructTimeDoc);
        var inner = t.New!;
        // structseq_new's PySequence_Fast message for a non-iterable argument.
        t.New = (type, args, kw) =>
        {
            if (args.Length - (kw?.Count ?? 0) >= 1 && args[0].Type.Iter is null && args[0].Type.GetItem is null)
                throw PyErr.TypeError("constructor requires a sequence");
            return inner(type, args, kw);
        };
        return t;
    }

    private static readonly string[] s_wdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static void AddCalendar(PyModule m)
    {
        Libc.tzset();
        InitTimezone(m);
        m.Add("struct_time", StructTimeType);
        m.AddFunction("gmtime", (self, args, kw) =>
        {
            long t = OptionalTimeT("gmtime", args, kw);
            var tm = GmTime(t);
            return ToStructTime(tm);
        });
        m.AddFunction("localtime", (self, args, kw) =>
        {
            long t = OptionalTimeT("localtime", args, kw);
            return ToStructTime(LocalTime(t));
        });
        m.AddFunction("mktime", (self, args, kw) =>
        {
            var a = ArgBinder.One("time.mktime", args, kw);
            var tm = GetTmArg(a, "mktime(): illegal time tuple argument", out var zone);
            FreeZone(zone);
            tm.tm_wday = -1;
            long tt = Libc.mktime(ref tm);
            if (tt == -1 && tm.tm_wday == -1) throw PyErr.OverflowError("mktime argument out of range");
            return new PyFloat(tt);
        });
        m.AddFunction("asctime", (self, args, kw) =>
        {
            if (kw is { Count: > 0 }) throw PyErr.TypeError("asctime() takes no keyword arguments");
            if (args.Length > 1) throw PyErr.TypeError($"asctime expected at most 1 argument, got {args.Length}");
            Libc.Tm tm;
            if (args.Length == 0) tm = LocalTime(Now());
            else
            {
                tm = GetTmArg(args[0], "asctime(): illegal time tuple argument", out var zone);
                FreeZone(zone);
                CheckTm(ref tm);
            }
            return new PyStr(AscTime(tm));
        });
        m.AddFunction("ctime", (self, args, kw) =>
        {
            long t = OptionalTimeT("ctime", args, kw);
            return new PyStr(AscTime(LocalTime(t)));
        });
        m.AddFunction("strftime", StrFTime);
        m.AddFunction("strptime", (self, args, kw) =>
        {
            if (kw is { Count: > 0 }) throw PyErr.TypeError("strptime() takes no keyword arguments");
            var mod = Importer.ImportModuleLevel(new PyStr("_strptime"), null, null, 0);
            return Ops.Call(Ops.GetAttr(mod, "_strptime_time"), args);
        });
        m.AddFunction("tzset", (self, args, kw) =>
        {
            ArgBinder.None("time.tzset", args, kw);
            Libc.tzset();
            InitTimezone(m);
            return PyNone.Instance;
        });
    }

    /// <summary>init_timezone, glibc branch: the offsets and names of January and July of the current year.</summary>
    private static void InitTimezone(PyModule m)
    {
        const long Year = (365 * 24 + 6) * 3600;
        long t = Now() / Year * Year;
        Libc.localtime_r(t, out var jan);
        long janzone = -jan.tm_gmtoff;
        string janname = jan.tm_zone != 0 ? Marshal.PtrToStringUTF8(jan.tm_zone)! : "   ";
        t += Year / 2;
        Libc.localtime_r(t, out var jul);
        long julyzone = -jul.tm_gmtoff;
        string julyname = jul.tm_zone != 0 ? Marshal.PtrToStringUTF8(jul.tm_zone)! : "   ";
        bool southern = janzone < julyzone;
        m.Add("timezone", PyInt.FromLong(southern ? julyzone : janzone));
        m.Add("altzone", PyInt.FromLong(southern ? janzone : julyzone));
        m.Add("daylight", PyInt.FromLong(janzone != julyzone ? 1 : 0));
        m.Add("tzname", southern ? PyTuple.Pair(new PyStr(julyname), new PyStr(janname)) : PyTuple.Pair(new PyStr(janname), new PyStr(julyname)));
    }

    private static long Now() => ClockNs(CLOCK_REALTIME) / 1_000_000_000;

    /// <summary>The optional "seconds" of gmtime/localtime/ctime: None or absent means now.</summary>
    private static long OptionalTimeT(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Count: > 0 }) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        if (args.Length > 1) throw PyErr.TypeError($"{name}() takes at most 1 argument ({args.Length} given)");
        if (args.Length == 0 || args[0] is PyNone) return Now();
        return ObjectToTimeT(args[0]);
    }

    private static PythonException TimeTOverflow() => PyErr.OverflowError("timestamp out of range for platform time_t");

    /// <summary>_PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR.</summary>
    internal static long ObjectToTimeT(PyObject o)
    {
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            d = Math.Floor(d);
            if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) throw TimeTOverflow();
            return (long)d;
        }
        var i = Ops.Index(o);
        if (!i.TryGetLong(out long v)) throw TimeTOverflow();
        return v;
    }

    private static Libc.Tm GmTime(long t)
    {
        Marshal.SetLastPInvokeError(0);
        if (Libc.gmtime_r(t, out var tm) == 0) throw CalendarError();
        return tm;
    }

    internal static Libc.Tm LocalTime(long t)
    {
        Marshal.SetLastPInvokeError(0);
        if (Libc.localtime_r(t, out var tm) == 0) throw CalendarError();
        return tm;
    }

    private static PythonException CalendarError()
    {
        int errno = Marshal.GetLastPInvokeError();
        return Posix.Error(errno == 0 ? 22 : errno);
    }

    /// <summary>tmtotuple.</summary>
    internal static PyObject ToStructTime(in Libc.Tm tm)
    {
        var zone = tm.tm_zone != 0 ? (PyObject)new PyStr(Marshal.PtrToStringUTF8(tm.tm_zone)!) : PyNone.Instance;
        return PyStructSeqEx.Create(StructTimeType, 9,
        [
            PyInt.FromLong(tm.tm_year + 1900L), PyInt.FromLong(tm.tm_mon + 1), PyInt.FromLong(tm.tm_mday),
            PyInt.FromLong(tm.tm_hour), PyInt.FromLong(tm.tm_min), PyInt.FromLong(tm.tm_sec),
            PyInt.FromLong((tm.tm_wday + 6) % 7), PyInt.FromLong(tm.tm_yday + 1), PyInt.FromLong(tm.tm_isdst),
            zone, PyInt.FromLong(tm.tm_gmtoff),
        ]);
    }

    /// <summary>gettmarg: a 9-tuple (or struct_time) to a struct tm; a struct_time also brings its zone and
    /// offset (<paramref name="zone"/> is unmanaged memory the caller frees after use).</summary>
    private static Libc.Tm GetTmArg(PyObject a, string badTuple, out nint zone)
    {
        zone = 0;
        if (a is not PyTuple t) throw PyErr.TypeError("Tuple or struct_time argument required");
        if (t.Count != 9) throw PyErr.TypeError(badTuple);
        var tm = new Libc.Tm
        {
            tm_year = unchecked(CInt(t[0]) - 1900),
            tm_mon = unchecked(CInt(t[1]) - 1),
            tm_mday = CInt(t[2]),
            tm_hour = CInt(t[3]),
            tm_min = CInt(t[4]),
            tm_sec = CInt(t[5]),
            tm_wday = (unchecked(CInt(t[6]) + 1)) % 7,
            tm_yday = unchecked(CInt(t[7]) - 1),
            tm_isdst = CInt(t[8]),
        };
        if (ReferenceEquals(a.Type, StructTimeType) && a is PyStructSeqEx s)
        {
            if (s.Field(9) is PyStr z) tm.tm_zone = zone = Marshal.StringToCoTaskMemUTF8(z.Value);
            if (s.Field(10) is not PyNone) tm.tm_gmtoff = Ops.Index(s.Field(10)).TryGetLong(out long off) ? off
                : throw PyErr.OverflowError("Python int too large to convert to C long");
        }
        return tm;
    }

    private static void FreeZone(nint zone)
    {
        if (zone != 0) Marshal.FreeCoTaskMem(zone);
    }

    /// <summary>checktm: range checks of asctime and strftime (a zero month, day or yday is taken as the first).</summary>
    private static void CheckTm(ref Libc.Tm tm)
    {
        if (tm.tm_mon == -1) tm.tm_mon = 0;
        else if (tm.tm_mon < 0 || tm.tm_mon > 11) throw PyErr.ValueError("month out of range");
        if (tm.tm_mday == 0) tm.tm_mday = 1;
        else if (tm.tm_mday < 0 || tm.tm_mday > 31) throw PyErr.ValueError("day of month out of range");
        if (tm.tm_hour < 0 || tm.tm_hour > 23) throw PyErr.ValueError("hour out of range");
        if (tm.tm_min < 0 || tm.tm_min > 59) throw PyErr.ValueError("minute out of range");
        if (tm.tm_sec < 0 || tm.tm_sec > 61) throw PyErr.ValueError("seconds out of range");
        if (tm.tm_wday < 0) throw PyErr.ValueError("day of week out of range");
        if (tm.tm_yday == -1) tm.tm_yday = 0;
        else if (tm.tm_yday < 0 || tm.tm_yday > 365) throw PyErr.ValueError("day of year out of range");
    }

    private static string AscTime(in Libc.Tm tm) =>
        $"{s_wdays[tm.tm_wday]} {s_months[tm.tm_mon]}{tm.tm_mday,3} {tm.tm_hour:00}:{tm.tm_min:00}:{tm.tm_sec:00} {1900L + tm.tm_year}";

    private static PyObject StrFTime(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Count: > 0 }) throw PyErr.TypeError("strftime() takes no keyword arguments");
        if (args.Length < 1) throw PyErr.TypeError($"strftime() takes at least 1 argument ({args.Length} given)");
        if (args.Length > 2) throw PyErr.TypeError($"strftime() takes at most 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr fmt) throw PyErr.TypeError($"strftime() argument 1 must be str, not {args[0].Type.Name}");
        Libc.Tm tm;
        nint zone = 0;
        if (args.Length == 1) tm = LocalTime(Now());
        else
        {
            tm = GetTmArg(args[1], "strftime(): illegal time tuple argument", out zone);
            try { CheckTm(ref tm); }
            catch { FreeZone(zone); throw; }
            tm.tm_isdst = Math.Clamp(tm.tm_isdst, -1, 1);
        }
        try
        {
            var w = ToWide(fmt.Value);
            int fmtlen = w.Length - 1;
            for (int size = 1024; ; size += size)
            {
                var buf = new int[size];
                int n = (int)Libc.wcsftime(buf, (nuint)size, w, tm);
                if (n > 0 || size >= 256 * fmtlen) return new PyStr(FromWide(buf, n));
            }
        }
        finally { FreeZone(zone); }
    }

    /// <summary>A str as a NUL-terminated wchar_t (UTF-32) string; lone surrogates pass as themselves.</summary>
    private static int[] ToWide(string s)
    {
        var r = new List<int>(s.Length + 1);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\0') throw PyErr.ValueError("embedded null character");
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                r.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else r.Add(c);
        }
        r.Add(0);
        return r.ToArray();
    }

    private static string FromWide(int[] buf, int n)
    {
        var sb = new StringBuilder(n);
        for (int i = 0; i < n; i++)
        {
            int cp = buf[i];
            if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return sb.ToString();
    }

    private const string StructTimeDoc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.";
}
