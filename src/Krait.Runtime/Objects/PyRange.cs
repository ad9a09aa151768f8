namespace Krait.Runtime;

/// <summary>range over machine-word bounds (huge bounds raise OverflowError for now).</summary>
public sealed class PyRange : PyObject
{
    public readonly long Start, Stop, Step, Length;

    public PyRange(long start, long stop, long step) : base(PyType.RangeType)
    {
        Start = start; Stop = stop; Step = step;
        if (step > 0) Length = start < stop ? (long)(((ulong)(stop - start) - 1) / (ulong)step + 1) : 0;
        else Length = start > stop ? (long)(((ulong)(start - stop) - 1) / (ulong)(-step) + 1) : 0;
    }

    public long ItemAt(long i) => Start + i * Step;

    private static long Arg(PyObject o) => Ops.AsSsize(Ops.Index(o), PyExc.OverflowError);

    internal static void InitType(PyType t)
    {
        TypeBuilder.Method(t, "__reversed__", (self, args, kw) =>
        {
            var r = (PyRange)self!;
            // The same items backwards; bounds wrap consistently in two's complement (the iterator counts Length).
            long last = unchecked(r.Start + (r.Length - 1) * r.Step);
            return new RangeIterator(r.Length == 0 ? r : new PyRange(last, unchecked(r.Start - r.Step), -r.Step));
        });
        t.New = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("range() takes no keyword arguments");
            switch (args.Length)
            {
                case 0: throw PyErr.TypeError("range expected at least 1 argument, got 0");
                case 1: return new PyRange(0, Arg(args[0]), 1);
                case 2: return new PyRange(Arg(args[0]), Arg(args[1]), 1);
                case 3:
                    long step = Arg(args[2]);
                    if (step == 0) throw PyErr.ValueError("range() arg 3 must not be zero");
                    return new PyRange(Arg(args[0]), Arg(args[1]), step);
                default: throw PyErr.TypeError($"range expected at most 3 arguments, got {args.Length}");
            }
        };
        t.Repr = o =>
        {
            var r = (PyRange)o;
            return new PyStr(r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        };
        t.Len = o => ((PyRange)o).Length;
        t.Bool = o => ((PyRange)o).Length != 0;
        t.Iter = o => new RangeIterator((PyRange)o);
        t.Contains = (o, x) =>
        {
            var r = (PyRange)o;
            if (x is PyInt i && (ReferenceEquals(x.Type, PyType.IntType) || ReferenceEquals(x.Type, PyType.BoolType)))
                return !i.IsBig && r.IndexOf(i.Small) >= 0;
            var it = Ops.GetIter(o);
            while (Ops.Next(it) is { } v) if (Ops.RichCompareBool(v, x, CompareOp.Eq)) return true;
            return false;
        };
        t.GetItem = (o, key) =>
        {
            var r = (PyRange)o;
            if (key is PySlice s)
            {
                s.Indices(r.Length, out long start, out _, out long step, out long count);
                long first = r.ItemAt(start), st = r.Step * step;
                return new PyRange(first, first + count * st, st);
            }
            if (key.Type.Index is null) throw PyErr.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
            var big = Ops.Index(key);
            if (big.IsBig) throw PyErr.IndexError("range object index out of range");
            long i = big.Small;
            if (i < 0) i += r.Length;
            if (i < 0 || i >= r.Length) throw PyErr.IndexError("range object index out of range");
            return PyInt.FromLong(r.ItemAt(i));
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyRange y) return PyNotImplemented.Instance;
            var x = (PyRange)a;
            bool eq = x.Length == y.Length && (x.Length == 0 || (x.Start == y.Start && (x.Length == 1 || x.Step == y.Step)));
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.Hash = o =>
        {
            var r = (PyRange)o;
            PyObject len = PyInt.FromLong(r.Length);
            if (r.Length == 0) return PyTuple.HashItems([len, PyNone.Instance, PyNone.Instance]);
            if (r.Length == 1) return PyTuple.HashItems([len, PyInt.FromLong(r.Start), PyNone.Instance]);
            return PyTuple.HashItems([len, PyInt.FromLong(r.Start), PyInt.FromLong(r.Step)]);
        };
        TypeBuilder.GetSet(t, "start", o => PyInt.FromLong(((PyRange)o).Start), null);
        TypeBuilder.GetSet(t, "stop", o => PyInt.FromLong(((PyRange)o).Stop), null);
        TypeBuilder.GetSet(t, "step", o => PyInt.FromLong(((PyRange)o).Step), null);
        TypeBuilder.Method(t, "index", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("range.index", args, kw, 1);
            var r = (PyRange)self!;
            long ix = args[0] is PyInt i && !i.IsBig ? r.IndexOf(i.Small) : -1;
            if (ix < 0) throw PyErr.ValueError($"{Ops.Repr(args[0]).Value} is not in range");
            return PyInt.FromLong(ix);
        });
        TypeBuilder.Method(t, "count", (self, args, kw) =>
        {
            TypeBuilder.ExactArgs("range.count", args, kw, 1);
            return PyInt.FromLong(args[0] is PyInt i && !i.IsBig && ((PyRange)self!).IndexOf(i.Small) >= 0 ? 1 : 0);
        });
    }

    private long IndexOf(long v)
    {
        if (Length == 0) return -1;
        if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return -1;
        long d = v - Start;
        if (d % Step != 0) return -1;
        return d / Step;
    }
}
