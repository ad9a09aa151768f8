namespace Krait.Runtime;

internal static partial class Interpreter
{
    /// <summary>next()/send() of a generator suspended in compiled code: <see cref="Run"/>'s path for a generator
    /// resumed at a yield of its compiled body, in a method of its own. Run is the eval loop's entry, whose
    /// prologue sets up (and zeroes) the locals of the whole loop and reads the thread state again: more than the
    /// rest of a generator step. Null when the frame can't resume in compiled code here (the caller uses Run).</summary>
    internal static PyObject? ResumeCompiledGenerator(ThreadState ts, PyFrame entry, JitCode jc, PyObject sendValue)
    {
        int at = entry.Lasti + 1;
        if (ts.TraceMask != 0 || jc.EntryFor(at) < 0) return null;
        EnterEntry(ts, entry);
        // Through a span: an array store of a PyObject subclass instance pays the covariance check.
        new Span<PyObject?>(entry.Slots)[entry.Sp++] = sendValue;
        entry.ResumeAt = at;
        var r = jc.Body(ts, entry);
        if (r is null)
        {
            var e = TakeJitPending(ts);
            LeaveEntry(ts, entry, completed: true);
            throw new PythonException(e);
        }
        if (ReferenceEquals(r, JitDeopt))
        {
            // The eval loop continues the frame (as RunCompiled hands a deoptimised frame over).
            ts.Depth--;
            ts.Frame = entry.Back;
            entry.Executing = false;
            return Run(entry, resume: true);
        }
        bool yielded = entry.Suspending;
        entry.Suspending = false;
        LeaveEntry(ts, entry, completed: !yielded);
        return r;
    }
}
