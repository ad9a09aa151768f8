namespace Krait.Runtime;

/// <summary>except* support (ceval.c exception_group_match, _PyExc_PrepReraiseStar).</summary>
internal static class ExceptionGroups
{
    /// <summary>CHECK_EG_MATCH: splits <paramref name="exc"/> into the part matching <paramref name="type"/>
    /// (null when nothing matches) and the rest (null when nothing is left).</summary>
    public static void Match(PyBaseException exc, PyObject type, out PyObject? match, out PyObject? rest) =>
        throw PyErr.SystemError("except* is not supported by Krait yet");

    /// <summary>PREP_RERAISE_STAR: the exception to re-raise after the except* clauses ran (None for none).</summary>
    public static PyObject PrepReraiseStar(PyObject orig, PyList excs) =>
        throw PyErr.SystemError("except* is not supported by Krait yet");
}
