using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// CALL of the builtin range immediately followed by GET_ITER: `for x in range(...)`, and a comprehension's or
// generator expression's `range(...)`, whose GET_ITER runs in the outer code before the comprehension is called.
// Compiled code (JitCompiler.EmitRangeIter) makes the range_iterator straight from the arguments, without the range
// object GET_ITER would take apart at once, when the callee is the builtin range type itself (range can't be
// subclassed; a rebound or shadowed name loads something else), nothing traces, and the arguments are exact ints
// that fit a long: then range() runs no Python code (no __index__) and can't fail but for a zero step, and
// iter(range) of a fresh range is not observable. Anything else (null here) takes both instructions' own code.
internal static partial class Interpreter
{
    internal static PyObject? RangeIter1(ThreadState ts, PyObject stop) =>
        ts.TraceMask == 0 && IsWordInt(stop) ? RangeIter(0, Unsafe.As<PyInt>(stop).Small, 1) : null;

    internal static PyObject? RangeIter2(ThreadState ts, PyObject start, PyObject stop) =>
        ts.TraceMask == 0 && IsWordInt(start) && IsWordInt(stop) ? RangeIter(Unsafe.As<PyInt>(start).Small, Unsafe.As<PyInt>(stop).Small, 1) : null;

    internal static PyObject? RangeIter3(ThreadState ts, PyObject start, PyObject stop, PyObject step) =>
        ts.TraceMask == 0 && IsWordInt(start) && IsWordInt(stop) && IsWordInt(step) && Unsafe.As<PyInt>(step).Small != 0
            ? RangeIter(Unsafe.As<PyInt>(start).Small, Unsafe.As<PyInt>(stop).Small, Unsafe.As<PyInt>(step).Small)
            : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject RangeIter(long start, long stop, long step) =>
        PyRange.Iterator(start, stop, step, PyRange.LengthOf(start, stop, step));

    /// <summary>An exact int (not a bool or a subclass, whose __index__ may run Python code) that fits a long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordInt(PyObject o) => ReferenceEquals(o.Type, PyType.IntType) && !Unsafe.As<PyInt>(o).IsBig;
}
