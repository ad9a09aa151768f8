using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Krait.Runtime;

// Compiled code's calls of builtins (JitCompiler.EmitCallBuiltin): a method descriptor in LOAD_METHOD's method form
// (s.lower(), d.get(k, 0), l.append(x)) or a builtin function (len(x), format(v, spec)) with at most
// MaxBuiltinArgs arguments and no keywords is called with its arguments straight from the IL locals, put in a
// buffer on the .NET stack: no spill to the frame's slots, no clearing them after, no try/finally, none of
// JitCall's checks for Python functions, bound methods and classes. What it then runs is what JitCall runs for
// these callables: CallOrPending (which checks a descriptor's receiver type) or, while a profile or trace
// function is set, CallProfiled.
internal static partial class Interpreter
{
    internal static PyObject? CallBuiltin0(ThreadState ts, PyFrame f, PyObject callable) =>
        CallBuiltin(ts, f, callable, default);

    internal static PyObject? CallBuiltin1(ThreadState ts, PyFrame f, PyObject callable, PyObject a0) =>
        CallBuiltin(ts, f, callable, new ReadOnlySpan<PyObject>(ref a0));

    internal static PyObject? CallBuiltin2(ThreadState ts, PyFrame f, PyObject callable, PyObject a0, PyObject a1)
    {
        BuiltinArgs buf = default;
        buf[0] = a0;
        buf[1] = a1;
        return CallBuiltin(ts, f, callable, buf.AsSpan(2));
    }

    internal static PyObject? CallBuiltin3(ThreadState ts, PyFrame f, PyObject callable, PyObject a0, PyObject a1, PyObject a2)
    {
        BuiltinArgs buf = default;
        buf[0] = a0;
        buf[1] = a1;
        buf[2] = a2;
        return CallBuiltin(ts, f, callable, buf.AsSpan(3));
    }

    internal static PyObject? CallBuiltin4(ThreadState ts, PyFrame f, PyObject callable, PyObject a0, PyObject a1, PyObject a2, PyObject a3)
    {
        BuiltinArgs buf = default;
        buf[0] = a0;
        buf[1] = a1;
        buf[2] = a2;
        buf[3] = a3;
        return CallBuiltin(ts, f, callable, buf.AsSpan(4));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? CallBuiltin(ThreadState ts, PyFrame f, PyObject callable, ReadOnlySpan<PyObject> args) =>
        ts.TraceMask == 0 ? CallOrPending(ts, callable, args, null) : CallProfiled(ts, f, callable, args, null);

    /// <summary>The arguments of a builtin call, on the .NET stack (an element store is not an array store, so it
    /// pays no covariance check).</summary>
    [InlineArray(4)]
    private struct BuiltinArgs
    {
        private PyObject _first;

        [UnscopedRef]
        public ReadOnlySpan<PyObject> AsSpan(int n) => MemoryMarshal.CreateReadOnlySpan(ref _first, n);
    }
}
