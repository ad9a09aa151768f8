using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// Builtins that consume iterables: all, any, iter, next, sum, min, max, sorted; and the iterator types.
public static partial class BuiltinsModule
{
    private static void AddIterationFunctions(PyModule m)
    {
        m.Add("enumerate", PyEnumerate.EnumerateType);
        m.Add("zip", PyZip.ZipType);
        m.Add("map", PyMap.MapType);
        m.Add("filter", PyFilter.FilterType);
        m.Add("reversed", PyReversed.ReversedType);

        m.AddFunction("all", (self, args, kw) =>
        {
            var it = Ops.GetIter(ArgBinder.One("all", args, kw));
            while (Ops.Next(it) is { } x)
                if (!Ops.IsTrue(x)) return PyBool.False;
            return PyBool.True;
        });
        m.AddFunction("any", (self, args, kw) =>
        {
            var it = Ops.GetIter(ArgBinder.One("any", args, kw));
            while (Ops.Next(it) is { } x)
                if (Ops.IsTrue(x)) return PyBool.True;
            return PyBool.False;
        });
        m.AddFunction("iter", (self, args, kw) =>
        {
            int n = ArgBinder.Positional("iter", args, kw, 1, 2);
            if (n == 1) return Ops.GetIter(args[0]);
            if (args[0].Type.Call is null) throw PyErr.TypeError("iter(v, w): v must be callable");
            return new PyCallableIterator(args[0], args[1]);
        });
        m.AddPendingFunction("next", Next);
        m.AddFunction("sum", Sum);
        m.AddFunction("min", (self, args, kw) => MinMax(args, kw, "min", CompareOp.Lt));
        m.AddFunction("max", (self, args, kw) => MinMax(args, kw, "max", CompareOp.Gt));
        m.AddFunction("sorted", Sorted);
    }

    /// <summary>next(iterator[, default]). A generator's return value travels in the StopIteration it raises. The
    /// StopIteration of an exhausted builtin iterator or generator is pending (no .NET throw).</summary>
    private static PyObject? Next(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int n = ArgBinder.Positional("next", args, kw, 1, 2);
        var it = args[0];
        if (it is PyGenerator g && ReferenceEquals(it.Type, PyGenerator.GeneratorType))
        {
            var r = g.SendEx(PyNone.Instance, null, false, out bool returned);
            if (!returned) return r;
            if (n == 2) return args[1];
            return PyErr.SetPending(PyGenBase.StopIterationFor(r).Value);
        }
        if (it.Type.IterNext is null) throw PyErr.TypeError($"'{it.Type.Name}' object is not an iterator");
        // A Python __next__'s own StopIteration (with its value) propagates unchanged.
        if (n == 1 && ReferenceEquals(it.Type.IterNext, SlotStubs.Next)) return SlotStubs.CallRequired(it, DunderNames.Next, []);
        if (n == 1) return Ops.Next(it) ?? PyErr.SetPending(PyErr.Make(PyExc.StopIteration));
        try
        {
            return Ops.Next(it) ?? args[1];
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.StopIteration))
        {
            return args[1];
        }
    }

    /// <summary>sum(iterable, /, start=0): int and float fast paths, then +.</summary>
    private static PyObject Sum(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        PyObject iterable, result;
        if (kw is null && args.Length == 1)
        {
            // sum(iterable): no binding, and the start 0 needs none of the checks below.
            iterable = args[0];
            result = PyInt.FromLong(0);
        }
        else
        {
            Span<PyObject?> v = new PyObject?[2];
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos + (kw?.Count ?? 0) > 2) throw PyErr.TypeError($"sum() takes at most 2 arguments ({npos + (kw?.Count ?? 0)} given)");
            ArgBinder.Bind("sum", args, kw, ["iterable", "start"], 1, 2, 1, v);
            iterable = v[0]!;
            result = v[1] ?? PyInt.FromLong(0);
            if (result is PyStr) throw PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            if (result is PyBytes) throw PyErr.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
            if (result.Type.Name == "bytearray") throw PyErr.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        var it = Ops.GetIter(iterable);

        // Exact ints while the total fits in a long.
        if (result is PyInt ri && ReferenceEquals(result.Type, PyType.IntType) && !ri.IsBig)
        {
            long acc = ri.Small;
            while (true)
            {
                var x = Ops.Next(it);
                if (x is null) return PyInt.FromLong(acc);
                var xt = x.Type;
                if ((ReferenceEquals(xt, PyType.IntType) || ReferenceEquals(xt, PyType.BoolType)) && !Unsafe.As<PyInt>(x).IsBig)
                {
                    long xv = Unsafe.As<PyInt>(x).Small;
                    long s = unchecked(acc + xv);
                    if (((acc ^ s) & (xv ^ s)) >= 0) { acc = s; continue; }
                }
                if (ReferenceEquals(xt, PyType.FloatType))
                {
                    result = SumFloats(acc, Unsafe.As<PyFloat>(x), it);
                    return result;
                }
                result = Ops.BinaryOp(PyInt.FromLong(acc), x, NumberOp.Add);
                break;
            }
        }
        else if (result is PyFloat rf && ReferenceEquals(result.Type, PyType.FloatType))
        {
            return SumFloats(rf.Value, null, it);
        }
        while (Ops.Next(it) is { } x) result = Ops.BinaryOp(result, x, NumberOp.Add);
        return result;
    }

    /// <summary>The float fast path of sum(): plain double addition (3.11 has no compensated summation).</summary>
    private static PyObject SumFloats(double acc, PyFloat? first, PyObject it)
    {
        if (first is not null) acc += first.Value;
        while (true)
        {
            var x = Ops.Next(it);
            if (x is null) return new PyFloat(acc);
            var xt = x.Type;
            if (ReferenceEquals(xt, PyType.FloatType)) { acc += Unsafe.As<PyFloat>(x).Value; continue; }
            if ((ReferenceEquals(xt, PyType.IntType) || ReferenceEquals(xt, PyType.BoolType)) && !Unsafe.As<PyInt>(x).IsBig
                && Unsafe.As<PyInt>(x).Small is > -(1L << 53) and < (1L << 53))
            {
                acc += Unsafe.As<PyInt>(x).Small;
                continue;
            }
            PyObject result = Ops.BinaryOp(new PyFloat(acc), x, NumberOp.Add);
            while (Ops.Next(it) is { } y) result = Ops.BinaryOp(result, y, NumberOp.Add);
            return result;
        }
    }

    /// <summary>min/max(iterable, *[, default=obj, key=func]) and min/max(arg1, arg2, *args, *[, key=func]).</summary>
    private static PyObject MinMax(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, CompareOp op)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, dflt = null;
        for (int i = 0; i < nkw; i++)
        {
            string k = ((PyStr)kw![i]).Value;
            if (k == "key") key = args[npos + i];
            else if (k == "default") dflt = args[npos + i];
            else throw PyErr.TypeError($"'{k}' is an invalid keyword argument for {name}()");
        }
        if (npos == 0) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        if (key is PyNone) key = null;
        if (npos > 1 && dflt is not null)
            throw PyErr.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        PyObject it = npos == 1 ? Ops.GetIter(args[0]) : new SequenceIterator(PyType.TupleIteratorType, PyNone.Instance, args[..npos].ToArray());
        PyObject? best = null, bestKey = null;
        while (Ops.Next(it) is { } item)
        {
            var k = key is null ? item : Ops.Call(key, [item]);
            if (best is null) { best = item; bestKey = k; continue; }
            if (Ops.RichCompareBool(k, bestKey!, op)) { best = item; bestKey = k; }
        }
        if (best is not null) return best;
        return dflt ?? throw PyErr.ValueError($"{name}() arg is an empty sequence");
    }

    /// <summary>sorted(iterable, /, *, key=None, reverse=False).</summary>
    private static PyObject Sorted(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos != 1) throw PyErr.TypeError($"sorted expected 1 argument, got {npos}");
        PyObject? key = null;
        bool reverse = false;
        for (int i = 0; i < nkw; i++)
        {
            string k = ((PyStr)kw![i]).Value;
            if (k == "key") key = args[npos + i];
            else if (k == "reverse") reverse = Ops.AsSsize(args[npos + i]) != 0;
            else throw PyErr.TypeError($"'{k}' is an invalid keyword argument for sort()");
        }
        var list = new PyList();
        list.Extend(args[0]);
        list.Sort(key is PyNone ? null : key, reverse);
        return list;
    }
}
