using System.Numerics;

namespace Krait.Runtime;

/// <summary>slice(start, stop, step).</summary>
public sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject(PyType.SliceType)
{
    public readonly PyObject Start = start, Stop = stop, Step = step;

    private static long Index(PyObject o)
    {
        if (o.Type.Index is null) throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        var i = Ops.Index(o);
        if (i.IsBig) return i.Sign < 0 ? long.MinValue : long.MaxValue;
        return i.Small;
    }

    private static BigInteger BigIndex(PyObject o)
    {
        if (o.Type.Index is null) throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops.Index(o).ToBigInteger();
    }

    /// <summary>PySlice_Unpack + PySlice_AdjustIndices for a sequence of length <paramref name="length"/>.</summary>
    public void Indices(long length, out long start, out long stop, out long step, out long count)
    {
        step = Step is PyNone ? 1 : Index(Step);
        if (step == 0) throw PyErr.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue) step = -long.MaxValue;
        start = Start is PyNone ? (step < 0 ? long.MaxValue : 0) : Index(Start);
        stop = Stop is PyNone ? (step < 0 ? long.MinValue : long.MaxValue) : Index(Stop);
        count = AdjustIndices(length, ref start, ref stop, step);
    }

    /// <summary>PySlice_AdjustIndices: clamps start and stop (None already replaced by the step's defaults, step not
    /// zero) to a sequence of <paramref name="length"/> and returns the number of items.</summary>
    internal static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0) { start += length; if (start < 0) start = step < 0 ? -1 : 0; }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0) { stop += length; if (stop < 0) stop = step < 0 ? -1 : 0; }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0) return stop < start ? (start - stop - 1) / -step + 1 : 0;
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /// <summary>_PySlice_GetLongIndices: slice.indices() with arbitrary-size integers.</summary>
    public void BigIndices(BigInteger length, out BigInteger start, out BigInteger stop, out BigInteger step)
    {
        step = Step is PyNone ? BigInteger.One : BigIndex(Step);
        if (step.IsZero) throw PyErr.ValueError("slice step cannot be zero");
        bool neg = step.Sign < 0;
        BigInteger lower = neg ? BigInteger.MinusOne : BigInteger.Zero;
        BigInteger upper = neg ? length - 1 : length;
        start = Start is PyNone ? (neg ? upper : lower) : Clamp(BigIndex(Start), length, lower, upper);
        stop = Stop is PyNone ? (neg ? lower : upper) : Clamp(BigIndex(Stop), length, lower, upper);
    }

    private static BigInteger Clamp(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (v.Sign < 0) { v += length; return v < lower ? lower : v; }
        return v > upper ? upper : v;
    }

    private PyTuple AsTuple() => new([Start, Stop, Step]);

    private static void ReadOnly(PyObject o, PyObject? v) => throw PyErr.AttributeError("readonly attribute");

    internal static void InitType(PyType t)
    {
        PyTuple.SetContainerDocs(t);
        t.Repr = o => { var s = (PySlice)o; return new PyStr($"slice({Ops.Repr(s.Start).Value}, {Ops.Repr(s.Stop).Value}, {Ops.Repr(s.Step).Value})"); };
        t.Hash = SlotDefs.HashNotImplemented;
        t.RichCompare = (a, b, op) => b is PySlice y ? PyTuple.CompareSequences(((PySlice)a).AsTuple().Items, y.AsTuple().Items, op) : PyNotImplemented.Instance;
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("slice() takes no keyword arguments");
            return args.Length switch
            {
                1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
                2 => new PySlice(args[0], args[1], PyNone.Instance),
                3 => new PySlice(args[0], args[1], args[2]),
                0 => throw PyErr.TypeError("slice expected at least 1 argument, got 0"),
                _ => throw PyErr.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
            };
        };
        TypeBuilder.GetSet(t, "start", o => ((PySlice)o).Start, ReadOnly);
        TypeBuilder.GetSet(t, "stop", o => ((PySlice)o).Stop, ReadOnly);
        TypeBuilder.GetSet(t, "step", o => ((PySlice)o).Step, ReadOnly);
        TypeBuilder.Method(t, "indices", (self, args, kw) =>
        {
            var lenObj = ContainerArgs.One("slice.indices", args, kw);
            var len = Ops.Index(lenObj).ToBigInteger();
            if (len.Sign < 0) throw PyErr.ValueError("length should not be negative");
            ((PySlice)self!).BigIndices(len, out var start, out var stop, out var step);
            return new PyTuple([PyInt.FromBig(start), PyInt.FromBig(stop), PyInt.FromBig(step)]);
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            ContainerArgs.None("slice.__reduce__", args, kw);
            return new PyTuple([PyType.SliceType, ((PySlice)self!).AsTuple()]);
        });
    }
}
