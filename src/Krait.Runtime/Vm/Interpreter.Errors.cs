using System.Runtime.CompilerServices;

namespace Krait.Runtime;

/// <summary>A builtin's implementation that reports the errors of its hot failure paths as CPython's C functions do:
/// by returning null with the exception in <see cref="ThreadState.JitPending"/> (see <see cref="PyErr.SetPending"/>)
/// instead of a .NET throw. Other errors may still throw. Registered with
/// <see cref="TypeBuilder.PendingMethod"/> or <see cref="PyModule.AddPendingFunction"/>; everything that calls the
/// builtin through its <see cref="BuiltinFn"/> sees the exception thrown as before.</summary>
public delegate PyObject? PendingFn(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

// The raise paths shared by both tiers for errors that programs raise and catch in hot loops: a helper returns
// null (or false) with the exception pending instead of throwing, the eval loop jumps to its unwinding and compiled
// code branches to its raise path (JitCompiler.RaiseIfNull). A .NET throw and catch costs 2-4 µs; CPython's raise is
// a NULL return. See docs/architecture.md, "Compiled code", Exceptions.
internal static partial class Interpreter
{
    /// <summary>The throwing form of a <see cref="PendingFn"/>, for callers that expect a BuiltinFn.</summary>
    internal static BuiltinFn Throwing(PendingFn fn) =>
        (self, args, kw) => fn(self, args, kw) ?? throw new PythonException(TakeJitPending(ThreadState.Current));

    /// <summary>A call from CALL (either tier, nothing tracing) of anything but a Python function. Builtin methods
    /// (s.isalpha(), l.append(x)) and builtin functions (len(x), a bound builtin method) run their function directly,
    /// without the call slot's dispatch, and report their failure pending when they have a <see cref="PendingFn"/>;
    /// so do int(str) / float(str). The rest goes through Ops.Call (which throws).</summary>
    internal static PyObject? CallOrPending(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var ct = callable.Type;
        if (ReferenceEquals(ct, PyType.MethodDescriptorType))
        {
            var md = Unsafe.As<PyMethodDescriptor>(callable);
            // method_descriptor's call: self first and of the owner's type (else Ops.Call raises its TypeError).
            if (args.Length - (kwnames?.Count ?? 0) >= 1 && (ReferenceEquals(args[0].Type, md.Owner) || args[0].Type.IsSubtype(md.Owner)))
            {
                if (!StackGuard.Sufficient(ts)) throw PyErr.RecursionError();
                return md.Pending is { } pm ? pm(args[0], args[1..], kwnames) : md.Fn(args[0], args[1..], kwnames);
            }
        }
        else if (ReferenceEquals(ct, PyType.BuiltinFunctionType))
        {
            var bf = Unsafe.As<PyBuiltinFunction>(callable);
            if (!StackGuard.Sufficient(ts)) throw PyErr.RecursionError();
            return bf.Pending is { } pf ? pf(bf.Self, args, kwnames) : bf.Fn(bf.Self, args, kwnames);
        }
        else if (args.Length == 1 && kwnames is null && ReferenceEquals(args[0].Type, PyType.StrType))
        {
            // int(s) and float(s) of an exact str: what their constructors do with one (no __int__, __index__,
            // __trunc__ or __float__ on str), with the ValueError of a bad literal pending.
            if (ReferenceEquals(callable, PyType.IntType))
            {
                var s = Unsafe.As<PyStr>(args[0]);
                return IntParser.Parse(IntParser.ToAsciiNumber(s.Value), 10) ?? PyErr.SetPending(PyInt.InvalidLiteral(s, 10).Value);
            }
            if (ReferenceEquals(callable, PyType.FloatType))
                return PyFloat.TryFromString(args[0], out double d) ? new PyFloat(d) : PyErr.SetPending(PyFloat.NotAFloat(args[0]).Value);
            // str(s) of an exact str is s itself.
            if (ReferenceEquals(callable, PyType.StrType)) return args[0];
        }
        else if (args.Length == 1 && kwnames is null && ReferenceEquals(callable, PyType.StrType)
            && ReferenceEquals(args[0].Type, PyType.IntType) && !Unsafe.As<PyInt>(args[0]).IsBig)
        {
            // str(i) of an exact machine-word int: its decimal digits, without type_call, str.__new__ and int.__str__.
            return PyStr.Ascii(PyInt.FormatSmall(Unsafe.As<PyInt>(args[0]).Small));
        }
        return Ops.Call(callable, args, kwnames);
    }

    /// <summary>A call of a Python function from C# code that takes its exception as CPython's C code does: null
    /// with the exception pending (a raise in the function costs no .NET throw, compiled or interpreted).</summary>
    internal static PyObject? CallFunctionOrPending(PyFunction func, ReadOnlySpan<PyObject> args)
    {
        if (func.Code.IsGenerator) return CallFunction(func, args, null);
        var frame = NewFrameForCall(func, args, null);
        var ts = ThreadState.Current;
        if (frame.Code.Jit is { } jc && ts.TraceMask == 0) return RunCompiled(ts, frame, jc);
        var r = RunOrPending(frame);
        if (r is not null) Recycle(frame);
        return r;
    }

    /// <summary>DELETE_SUBSCR, for both tiers: false with the KeyError of a key missing from an exact dict pending;
    /// anything else through Ops.DelItem (which throws).</summary>
    internal static bool DeleteSubscrOrPending(PyObject container, PyObject key)
    {
        if (ReferenceEquals(container.Type, PyType.DictType))
        {
            if (Unsafe.As<PyDict>(container).DelItem(key)) return true;
            PyErr.SetPending(PyErr.Make(PyExc.KeyError, key));
            return false;
        }
        Ops.DelItem(container, key);
        return true;
    }
}
