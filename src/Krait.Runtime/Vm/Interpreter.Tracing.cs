using Krait.Compiler.Bytecode;

namespace Krait.Runtime;

// sys.settrace / sys.setprofile (ceval.c's DO_TRACING, maybe_call_line_trace, trace_function_entry/exit,
// call_exc_trace). While a trace or profile function is set, ThreadState.TraceMask is 255 and the dispatch
// loop ORs it into every opcode, so each instruction first goes through case 255 (CPython's DO_TRACING)
// and then runs as usual; without tracing the cost is that one OR. A callback runs with the mask cleared
// (trace functions aren't traced). A callback that raises turns its hook off and its exception replaces
// whatever was happening, as in CPython.
internal static partial class Interpreter
{
    internal const int DoTracing = 255;

    private static readonly PyStr s_call = PyStr.Intern("call"), s_line = PyStr.Intern("line"),
        s_return = PyStr.Intern("return"), s_exception = PyStr.Intern("exception"), s_opcode = PyStr.Intern("opcode"),
        s_cCall = PyStr.Intern("c_call"), s_cReturn = PyStr.Intern("c_return"), s_cException = PyStr.Intern("c_exception");

    /// <summary>DO_TRACING for the instruction at <paramref name="index"/>: the call event at RESUME, else
    /// line and opcode events.</summary>
    private static void TraceInstruction(ThreadState ts, PyFrame f, int index, int op)
    {
        var co = f.Code;
        if (index < co.FirstTraceable) return;
        int prev = f.TracePrev;
        f.TracePrev = index;
        if (op == Op.RESUME)
        {
            TraceFunctionEntry(ts, f);
            return;
        }
        if (ts.TraceFunc is null || f.Trace is null) return;
        int line = co.LineForInstruction(index);
        if (line > 0 && f.TraceLines)
        {
            int lastLine = prev <= co.FirstTraceable ? -1 : co.LineForInstruction(prev);
            if (line != lastLine || (index < prev && (co.Instructions[prev] & 0xFF) != Op.SEND))
                CallLocalTrace(ts, f, s_line, PyNone.Instance);
        }
        if (f.TraceOpcodes && f.Trace is not null) CallLocalTrace(ts, f, s_opcode, PyNone.Instance);
    }

    /// <summary>trace_function_entry: 'call' to the global trace function (its result becomes f_trace) and
    /// to the profile function.</summary>
    private static void TraceFunctionEntry(ThreadState ts, PyFrame f)
    {
        if (ts.TraceFunc is { } trace)
        {
            var r = CallHook(ts, trace, f, s_call, PyNone.Instance, isProfile: false);
            if (r is not PyNone) f.Trace = r;
        }
        if (ts.ProfileFunc is { } profile) CallHook(ts, profile, f, s_call, PyNone.Instance, isProfile: true);
    }

    /// <summary>trace_function_exit: 'return' with the value (None when an exception leaves the frame).</summary>
    private static void TraceFunctionExit(ThreadState ts, PyFrame f, PyObject? value)
    {
        if (ts.TraceFunc is not null && f.Trace is not null) CallLocalTrace(ts, f, s_return, value ?? PyNone.Instance);
        if (ts.ProfileFunc is { } profile) CallHook(ts, profile, f, s_return, value ?? PyNone.Instance, isProfile: true);
    }

    /// <summary>call_exc_trace: 'exception' with (type, value, traceback) to the frame's local trace function.</summary>
    private static void TraceException(ThreadState ts, PyFrame f, PyBaseException exc)
    {
        if (ts.TraceFunc is null || f.Trace is null) return;
        CallLocalTrace(ts, f, s_exception, PyTuple.Create([exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance]));
    }

    /// <summary>The exception event of a frame the exception reached, or the return event (None) of a frame it
    /// leaves; a hook that raises replaces the exception (call_exc_trace, call_trace_protected).</summary>
    private static void TraceHook(ThreadState ts, PyFrame f, ref PyBaseException exc, bool leaving)
    {
        try
        {
            if (leaving) TraceFunctionExit(ts, f, null);
            else TraceException(ts, f, exc);
        }
        catch (PythonException pe)
        {
            exc = pe.Value;
        }
    }

    /// <summary>The profile function's c_call / c_return / c_exception around a call of a builtin.</summary>
    internal static PyObject CallProfiled(ThreadState ts, PyFrame f, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var profile = ts.ProfileFunc;
        if (profile is null || !IsBuiltinCallable(callable)) return Ops.Call(callable, args, kwnames);
        // A method descriptor is reported bound to its receiver, as trace_call_function does.
        var reported = ReferenceEquals(callable.Type, PyType.MethodDescriptorType) && args.Length > 0
            ? callable.Type.DescrGet!(callable, args[0], args[0].Type) : callable;
        CallHook(ts, profile, f, s_cCall, reported, isProfile: true);
        PyObject result;
        try
        {
            result = Ops.Call(callable, args, kwnames);
        }
        catch (PythonException)
        {
            if (ts.ProfileFunc is { } p) CallHook(ts, p, f, s_cException, reported, isProfile: true);
            throw;
        }
        if (ts.ProfileFunc is { } p2) CallHook(ts, p2, f, s_cReturn, reported, isProfile: true);
        return result;
    }

    private static bool IsBuiltinCallable(PyObject o) => o is PyBuiltinFunction || ReferenceEquals(o.Type, PyType.MethodDescriptorType);

    private static void CallLocalTrace(ThreadState ts, PyFrame f, PyStr what, PyObject arg)
    {
        var r = CallHook(ts, f.Trace!, f, what, arg, isProfile: false);
        if (r is not PyNone) f.Trace = r;
    }

    /// <summary>Calls a hook with tracing off; on an exception the hook is removed (PyEval_SetTrace(NULL)) and
    /// the exception propagates.</summary>
    private static PyObject CallHook(ThreadState ts, PyObject hook, PyFrame f, PyStr what, PyObject arg, bool isProfile)
    {
        ts.Tracing++;
        ts.UpdateTraceMask();
        try
        {
            return Ops.Call(hook, [f.MarkEscaped(), what, arg]);
        }
        catch (PythonException)
        {
            if (isProfile) ts.ProfileFunc = null;
            else
            {
                ts.TraceFunc = null;
                f.Trace = null;
            }
            throw;
        }
        finally
        {
            ts.Tracing--;
            ts.UpdateTraceMask();
        }
    }
}
