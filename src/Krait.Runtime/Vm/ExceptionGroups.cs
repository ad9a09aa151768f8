namespace Krait.Runtime;

/// <summary>except* support (ceval.c exception_group_match, _PyExc_PrepReraiseStar in Objects/exceptions.c).</summary>
internal static class ExceptionGroups
{
    /// <summary>CHECK_EG_MATCH: splits <paramref name="exc"/> (an exception, or None once an earlier clause
    /// took everything) into the part matching <paramref name="type"/> (null when nothing matches) and the
    /// rest (null when nothing is left; <paramref name="exc"/> itself when nothing matched). A naked
    /// exception that matches is wrapped in <c>ExceptionGroup("", [exc])</c>.</summary>
    public static void Match(PyObject exc, PyObject type, out PyObject? match, out PyObject? rest)
    {
        if (exc is PyNone)
        {
            match = null;
            rest = null;
            return;
        }
        if (Interpreter.ExceptionMatches(exc, type))
        {
            match = exc is PyBaseExceptionGroup ? exc : PyBaseExceptionGroup.Create("", PyTuple.Create([exc]));
            rest = null;
            return;
        }
        if (exc is PyBaseExceptionGroup)
        {
            var pair = Ops.CallMethod(exc, "split", [type]);
            if (pair is not PyTuple { Count: 2 } t) throw PyErr.TypeError("split() must return a 2-tuple");
            match = t[0] is PyNone ? null : t[0];
            rest = t[1] is PyNone ? null : t[1];
            return;
        }
        match = null;
        rest = exc;
    }

    /// <summary>PREP_RERAISE_STAR: what to raise after the except* clauses ran, from the original exception
    /// and the list of what each clause raised (None for a clause that raised nothing): the re-raised parts
    /// of the original group, in its own shape, plus the newly raised ones, all in
    /// <c>ExceptionGroup("", [...])</c> when anything new was raised. None when nothing is left.</summary>
    public static PyObject PrepReraiseStar(PyObject orig, PyList excs)
    {
        if (excs.Count == 0) return PyNone.Instance;
        if (orig is not PyBaseExceptionGroup origGroup)
        {
            // A naked exception was caught and wrapped: only one clause ran.
            return excs[0];
        }
        var raised = new PyList();
        var reraised = new PyList();
        for (int i = 0; i < excs.Count; i++)
        {
            var e = excs[i];
            if (e is PyNone) continue;
            (IsSameMetadata(e, origGroup) ? reraised : raised).Append(e);
        }
        PyObject reraisedGroup = reraised.Count > 0 ? Projection(origGroup, reraised) : PyNone.Instance;
        if (raised.Count == 0) return reraisedGroup;
        if (reraisedGroup is not PyNone) raised.Append(reraisedGroup);
        // 3.11 groups newly raised exceptions even when there is just one.
        return PyBaseExceptionGroup.Create("", raised);
    }

    /// <summary>is_same_exception_metadata: a re-raise keeps the original's traceback, cause and context.</summary>
    private static bool IsSameMetadata(PyObject e, PyBaseException orig) =>
        e is PyBaseException x
        && ReferenceEquals(x.Traceback, orig.Traceback)
        && ReferenceEquals(x.Cause, orig.Cause)
        && ReferenceEquals(x.Context, orig.Context);

    /// <summary>exception_group_projection: the part of <paramref name="eg"/> whose leaves appear in any
    /// group of <paramref name="keep"/>.</summary>
    private static PyObject Projection(PyBaseExceptionGroup eg, PyList keep)
    {
        var leaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < keep.Count; i++) PyBaseExceptionGroup.CollectLeaves(keep[i], leaves);
        var (match, _) = PyBaseExceptionGroup.SplitRecursive(eg, PyBaseExceptionGroup.Matcher.ByIds(leaves), constructRest: false);
        return match ?? PyNone.Instance;
    }
}
