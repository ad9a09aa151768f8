namespace Krait.Runtime;

/// <summary>Python numbers to nanosecond counts with CPython's _PyTime_t rules (Python/pytime.c): floats are
/// rounded in the given mode, ints scaled exactly, and anything out of the signed 64-bit range is
/// "timestamp too large to convert to C _PyTime_t".</summary>
internal static class PyTimeArg
{
    internal enum Round { Floor, Ceiling, HalfEven, Up }

    public static PythonException Overflow() => PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");

    /// <summary>_PyTime_FromSecondsObject.</summary>
    public static long FromSeconds(PyObject o, Round round) => FromObject(o, round, 1_000_000_000L);

    /// <summary>_PyTime_FromMillisecondsObject.</summary>
    public static long FromMillis(PyObject o, Round round) => FromObject(o, round, 1_000_000L);

    private static long FromObject(PyObject o, Round round, long unit)
    {
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            d = Apply(d * unit, round);
            if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) throw Overflow();
            return (long)d;
        }
        var i = Ops.Index(o);
        if (!i.TryGetLong(out long sec)) throw Overflow();
        try { return checked(sec * unit); }
        catch (OverflowException) { throw Overflow(); }
    }

    public static double Apply(double x, Round round) => round switch
    {
        Round.Floor => Math.Floor(x),
        Round.Ceiling => Math.Ceiling(x),
        Round.HalfEven => Math.Round(x, MidpointRounding.ToEven),
        _ => x >= 0 ? Math.Ceiling(x) : Math.Floor(x),
    };
}
