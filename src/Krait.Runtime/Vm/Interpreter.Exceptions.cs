namespace Krait.Runtime;

// raise, except-clause matching and exception chaining (ceval.c do_raise, _PyErr_SetObject).
internal static partial class Interpreter
{
    /// <summary>raise value [from cause]: instantiates classes, checks types, sets __cause__ and __context__.</summary>
    private static PyBaseException MakeRaise(PyObject value, PyObject? cause)
    {
        var exc = Instantiate(value, "exceptions must derive from BaseException");
        if (cause is not null)
        {
            PyObject? c;
            if (cause is PyNone) c = null;
            else if (cause is PyType ct && ct.IsSubtype(PyExc.BaseException)) c = Instantiate(ct, "exception causes must derive from BaseException");
            else if (cause is PyBaseException) c = cause;
            else throw PyErr.TypeError("exception causes must derive from BaseException");
            exc.SetCause(c);
        }
        var handled = ThreadState.Current.Handled;
        if (handled is not null && !ReferenceEquals(handled, exc)) SetContext(exc, handled);
        return exc;
    }

    private static PyBaseException Instantiate(PyObject value, string error)
    {
        if (value is PyType t)
        {
            if (!t.IsSubtype(PyExc.BaseException)) throw PyErr.TypeError(error);
            var made = Ops.Call(t, []);
            if (made is not PyBaseException e)
                throw PyErr.TypeError($"calling {Ops.Repr(t).Value} should have returned an instance of BaseException, not {made.Type.Name}");
            return e;
        }
        return value as PyBaseException ?? throw PyErr.TypeError(error);
    }

    /// <summary>Sets exc.__context__ = context, first cutting any cycle through exc in context's chain.</summary>
    internal static void SetContext(PyBaseException exc, PyBaseException context)
    {
        // Floyd's tortoise and hare, as _PyErr_SetObject does, to stay safe on pre-existing cycles.
        PyBaseException o = context, slow = context;
        bool advanceSlow = false;
        while (o.Context is PyBaseException next)
        {
            if (ReferenceEquals(next, exc))
            {
                o.Context = null;
                break;
            }
            o = next;
            if (ReferenceEquals(o, slow)) break;
            if (advanceSlow) slow = (PyBaseException)slow.Context!;
            advanceSlow = !advanceSlow;
        }
        exc.Context = context;
    }

    private static void CheckExceptType(PyObject right)
    {
        if (right is PyTuple t)
        {
            foreach (var x in t.AsSpan())
                if (x is not PyType xt || !xt.IsSubtype(PyExc.BaseException))
                    throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
            return;
        }
        if (right is not PyType rt || !rt.IsSubtype(PyExc.BaseException))
            throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private static void CheckExceptStarType(PyObject right)
    {
        CheckExceptType(right);
        bool isGroup(PyObject x) => x is PyType xt && xt.IsSubtype(PyExc.BaseExceptionGroup);
        if (right is PyTuple t)
        {
            foreach (var x in t.AsSpan())
                if (isGroup(x)) throw PyErr.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        else if (isGroup(right)) throw PyErr.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>PyErr_GivenExceptionMatches for an instance against a class or tuple of classes.</summary>
    internal static bool ExceptionMatches(PyObject exc, PyObject cls)
    {
        if (cls is PyTuple t)
        {
            foreach (var c in t.AsSpan())
                if (ExceptionMatches(exc, c)) return true;
            return false;
        }
        return cls is PyType ct && exc.Type.IsSubtype(ct);
    }
}
