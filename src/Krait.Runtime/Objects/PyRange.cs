using System.Numerics;

namespace Krait.Runtime;

/// <summary>range: machine-word fields on the fast path (start, stop, step and length all fit a long), arbitrary
/// precision otherwise, as CPython's rangeobject.c distinguishes range_iterator from longrange_iterator. The
/// arbitrary-precision bounds live in a separate <see cref="BigBounds"/> object, so a machine-word range is the
/// object header, its type and four longs.</summary>
public sealed class PyRange : PyObject
{
    /// <summary>Valid when <see cref="IsBig"/> is false.</summary>
    public readonly long Start, Stop, Step, Length;
    private readonly BigBounds? _big;

    /// <summary>The bounds of a range that doesn't fit machine words.</summary>
    private sealed class BigBounds(BigInteger start, BigInteger stop, BigInteger step, BigInteger len)
    {
        public readonly BigInteger Start = start, Stop = stop, Step = step, Len = len;
    }

    public bool IsBig => _big is not null;

    public PyRange(long start, long stop, long step) : base(PyType.RangeType)
    {
        ulong ulen = LengthOf(start, stop, step);
        if (ulen <= long.MaxValue)
        {
            Start = start; Stop = stop; Step = step; Length = (long)ulen;
            return;
        }
        _big = new BigBounds(start, stop, step, ulen);
    }

    public PyRange(BigInteger start, BigInteger stop, BigInteger step) : base(PyType.RangeType)
    {
        BigInteger len = step.Sign > 0 ? (start < stop ? (stop - start - 1) / step + 1 : 0)
            : (start > stop ? (start - stop - 1) / -step + 1 : 0);
        if (Fits(start) && Fits(stop) && Fits(step) && Fits(len))
        {
            Start = (long)start; Stop = (long)stop; Step = (long)step; Length = (long)len;
            return;
        }
        _big = new BigBounds(start, stop, step, len);
    }

    /// <summary>The number of items of range(start, stop, step) (step is not zero); it may exceed long.MaxValue.</summary>
    public static ulong LengthOf(long start, long stop, long step) =>
        step > 0 ? (start < stop ? ((ulong)(stop - start) - 1) / (ulong)step + 1 : 0)
            : (start > stop ? ((ulong)(start - stop) - 1) / (0UL - (ulong)step) + 1 : 0);

    /// <summary>iter(range(start, stop, step)) for machine-word bounds (step is not zero) whose length is
    /// <paramref name="len"/>: range_iterator, or, as range_iter, the long iterator when the length doesn't fit a
    /// long or start + len * step could overflow one. <c>range.__iter__</c> and compiled code's
    /// <c>for x in range(...)</c> (which makes no range object) both come here.</summary>
    public static PyObject Iterator(long start, long stop, long step, ulong len)
    {
        if (len == 0 || (len <= long.MaxValue && (step > 0 ? stop <= long.MaxValue - (step - 1) : stop >= long.MinValue + (-1 - step))))
            return new RangeIterator(start, step, (long)len);
        return new LongRangeIterator(start, step, len);
    }

    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    public BigInteger BigStart => _big?.Start ?? Start;
    public BigInteger BigStop => _big?.Stop ?? Stop;
    public BigInteger BigStep => _big?.Step ?? Step;
    public BigInteger BigLength => _big?.Len ?? Length;

    public long ItemAt(long i) => Start + i * Step;

    private static BigInteger Arg(PyObject o) => Ops.Index(o).ToBigInteger();

    /// <summary>The position of the int <paramref name="v"/> in the range, or -1.</summary>
    private BigInteger IndexOf(BigInteger v)
    {
        if (BigLength.IsZero) return -1;
        var start = BigStart;
        var step = BigStep;
        if (step.Sign > 0 ? (v < start || v >= BigStop) : (v > start || v <= BigStop)) return -1;
        var d = v - start;
        if (!(d % step).IsZero) return -1;
        return d / step;
    }

    private long IndexOfSmall(long v)
    {
        if (Length == 0) return -1;
        if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return -1;
        // Both bounds are longs, so the difference fits an unsigned long.
        ulong d = Step > 0 ? (ulong)(v - Start) : (ulong)(Start - v);
        ulong st = Step > 0 ? (ulong)Step : 0UL - (ulong)Step;
        if (d % st != 0) return -1;
        return (long)(d / st);
    }

    private static bool IsExactInt(PyObject x) => x is PyInt && (ReferenceEquals(x.Type, PyType.IntType) || ReferenceEquals(x.Type, PyType.BoolType));

    private bool ContainsInt(PyInt i) => !IsBig && !i.IsBig ? IndexOfSmall(i.Small) >= 0 : IndexOf(i.ToBigInteger()).Sign >= 0;

    private static PyObject Int(BigInteger v) => PyInt.FromBig(v);

    private static void ReadOnly(PyObject o, PyObject? v) => throw PyErr.AttributeError("readonly attribute");

    /// <summary>iter(range).</summary>
    public PyObject Iterate() =>
        _big is { } b ? new LongRangeIterator(b.Start, b.Step, b.Len) : Iterator(Start, Stop, Step, (ulong)Length);

    /// <summary>range_reverse.</summary>
    private PyObject Reverse()
    {
        if (!IsBig && Step != long.MinValue)
        {
            long last = unchecked(Start + (Length - 1) * Step);
            // start - step must not overflow either (CPython's condition for the int iterator).
            long sms = unchecked(Start - Step);
            bool overflow = Step > 0 ? sms > Start : sms < Start;
            if (!overflow) return new RangeIterator(Length == 0 ? Start : last, -Step, Length);
        }
        var len = BigLength;
        return new LongRangeIterator(BigStart + (len - 1) * BigStep, -BigStep, len);
    }

    internal static void InitType(PyType t)
    {
        PyTuple.SetContainerDocs(t);
        TypeBuilder.Method(t, "__reversed__", (self, args, kw) =>
        {
            ContainerArgs.None("range.__reversed__", args, kw);
            return ((PyRange)self!).Reverse();
        });
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var r = (PyRange)self!;
            return new PyTuple([PyType.RangeType, new PyTuple([Int(r.BigStart), Int(r.BigStop), Int(r.BigStep)])]);
        });
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("range() takes no keyword arguments");
            switch (args.Length)
            {
                case 0: throw PyErr.TypeError("range expected at least 1 argument, got 0");
                case 1:
                    {
                        var stop = Ops.Index(args[0]);
                        return stop.IsBig ? new PyRange(BigInteger.Zero, stop.Big, BigInteger.One) : new PyRange(0, stop.Small, 1);
                    }
                case 2:
                    {
                        var start = Ops.Index(args[0]);
                        var stop = Ops.Index(args[1]);
                        return start.IsBig || stop.IsBig ? new PyRange(start.ToBigInteger(), stop.ToBigInteger(), BigInteger.One) : new PyRange(start.Small, stop.Small, 1);
                    }
                case 3:
                    {
                        var start = Ops.Index(args[0]);
                        var stop = Ops.Index(args[1]);
                        var step = Ops.Index(args[2]);
                        if (step.Sign == 0) throw PyErr.ValueError("range() arg 3 must not be zero");
                        if (start.IsBig || stop.IsBig || step.IsBig) return new PyRange(start.ToBigInteger(), stop.ToBigInteger(), step.ToBigInteger());
                        return new PyRange(start.Small, stop.Small, step.Small);
                    }
                default: throw PyErr.TypeError($"range expected at most 3 arguments, got {args.Length}");
            }
        };
        t.Repr = o =>
        {
            var r = (PyRange)o;
            if (r._big is not { } b) return new PyStr(r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
            return new PyStr(b.Step.IsOne ? $"range({b.Start}, {b.Stop})" : $"range({b.Start}, {b.Stop}, {b.Step})");
        };
        t.Len = o =>
        {
            var r = (PyRange)o;
            if (r._big is not { } b) return r.Length;
            if (b.Len > long.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return (long)b.Len;
        };
        t.Bool = o => { var r = (PyRange)o; return r._big is { } b ? !b.Len.IsZero : r.Length != 0; };
        t.Iter = o => ((PyRange)o).Iterate();
        t.Contains = (o, x) =>
        {
            var r = (PyRange)o;
            if (IsExactInt(x)) return r.ContainsInt((PyInt)x);
            var it = r.Iterate();
            while (Ops.Next(it) is { } v) if (ReferenceEquals(v, x) || Ops.RichCompareBool(v, x, CompareOp.Eq)) return true;
            return false;
        };
        t.GetItem = (o, key) =>
        {
            var r = (PyRange)o;
            if (key is PySlice s)
            {
                s.BigIndices(r.BigLength, out var sstart, out var sstop, out var sstep);
                var step = r.BigStep;
                return new PyRange(r.BigStart + sstart * step, r.BigStart + sstop * step, step * sstep);
            }
            if (key.Type.Index is null) throw PyErr.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
            var idx = Ops.Index(key);
            if (!r.IsBig && !idx.IsBig)
            {
                long i = idx.Small;
                if (i < 0) i += r.Length;
                if (i < 0 || i >= r.Length) throw PyErr.IndexError("range object index out of range");
                return PyInt.FromLong(r.ItemAt(i));
            }
            var bi = idx.ToBigInteger();
            var len = r.BigLength;
            if (bi.Sign < 0) bi += len;
            if (bi.Sign < 0 || bi >= len) throw PyErr.IndexError("range object index out of range");
            return Int(r.BigStart + bi * r.BigStep);
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyRange y) return PyNotImplemented.Instance;
            var x = (PyRange)a;
            bool eq;
            if (ReferenceEquals(x, y)) eq = true;
            else if (!x.IsBig && !y.IsBig)
                eq = x.Length == y.Length && (x.Length == 0 || (x.Start == y.Start && (x.Length == 1 || x.Step == y.Step)));
            else
            {
                var len = x.BigLength;
                eq = len == y.BigLength && (len.IsZero || (x.BigStart == y.BigStart && (len.IsOne || x.BigStep == y.BigStep)));
            }
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.Hash = o =>
        {
            var r = (PyRange)o;
            var len = r.BigLength;
            PyObject plen = Int(len);
            if (len.IsZero) return PyTuple.HashItems([plen, PyNone.Instance, PyNone.Instance]);
            if (len.IsOne) return PyTuple.HashItems([plen, Int(r.BigStart), PyNone.Instance]);
            return PyTuple.HashItems([plen, Int(r.BigStart), Int(r.BigStep)]);
        };
        TypeBuilder.GetSet(t, "start", o => Int(((PyRange)o).BigStart), ReadOnly);
        TypeBuilder.GetSet(t, "stop", o => Int(((PyRange)o).BigStop), ReadOnly);
        TypeBuilder.GetSet(t, "step", o => Int(((PyRange)o).BigStep), ReadOnly);
        TypeBuilder.Method(t, "index", (self, args, kw) =>
        {
            var x = ContainerArgs.One("range.index", args, kw);
            var r = (PyRange)self!;
            if (IsExactInt(x))
            {
                var i = (PyInt)x;
                var ix = !r.IsBig && !i.IsBig ? r.IndexOfSmall(i.Small) : r.IndexOf(i.ToBigInteger());
                if (ix.Sign < 0) throw PyErr.ValueError($"{Ops.Repr(x).Value} is not in range");
                return Int(ix);
            }
            long n = 0;
            var it = r.Iterate();
            while (Ops.Next(it) is { } v)
            {
                if (ReferenceEquals(v, x) || Ops.RichCompareBool(v, x, CompareOp.Eq)) return PyInt.FromLong(n);
                n++;
            }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        });
        TypeBuilder.Method(t, "count", (self, args, kw) =>
        {
            var x = ContainerArgs.One("range.count", args, kw);
            var r = (PyRange)self!;
            if (IsExactInt(x)) return PyInt.FromLong(r.ContainsInt((PyInt)x) ? 1 : 0);
            long n = 0;
            var it = r.Iterate();
            while (Ops.Next(it) is { } v)
                if (ReferenceEquals(v, x) || Ops.RichCompareBool(v, x, CompareOp.Eq)) n++;
            return PyInt.FromLong(n);
        });
    }
}
