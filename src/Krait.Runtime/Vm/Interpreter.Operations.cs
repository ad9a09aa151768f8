using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Krait.Runtime;

// The instructions' out-of-line parts: fast paths for exact builtin types, then the abstract protocol.
internal static partial class Interpreter
{
    private const int InPlaceBase = 13; // BINARY_OP args 13..25 are the in-place forms of 0..12

    // The fast paths test the exact type with a field compare and then reinterpret the reference: `v is PyInt`
    // on a class with subclasses costs a cast-helper call per test, which showed as 6% of fib().

    /// <summary>BINARY_OP, for both tiers: the result, or null with the ZeroDivisionError of a division of an exact
    /// int or float by zero pending (CPython returns NULL; a .NET throw and catch costs microseconds). Other errors
    /// throw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? BinaryOp(PyObject v, PyObject w, int arg)
    {
        var vt = v.Type;
        if (ReferenceEquals(vt, PyType.IntType) && ReferenceEquals(w.Type, PyType.IntType))
        {
            var a = Unsafe.As<PyInt>(v);
            var b = Unsafe.As<PyInt>(w);
            if (!a.IsBig && !b.IsBig)
            {
                long x = a.Small, y = b.Small;
                if (FusedArithmetic.WordOp(x, y, arg, out long r)) return PyInt.FromLong(r);
                // What WordOp leaves: a zero divisor, true division, overflow and the other operators (the slow path).
                if (y == 0 && arg is 2 or 15 or 6 or 19 or 11 or 24) return DivisionByZero(arg, false);
                if (arg is 11 or 24) return PyInt.TrueDiv(a, b);
            }
        }
        else if (ReferenceEquals(vt, PyType.FloatType) && ReferenceEquals(w.Type, PyType.FloatType))
        {
            double x = Unsafe.As<PyFloat>(v).Value, y = Unsafe.As<PyFloat>(w).Value;
            switch (arg)
            {
                case 0 or 13: return new PyFloat(x + y);
                case 10 or 23: return new PyFloat(x - y);
                case 5 or 18: return new PyFloat(x * y);
                case 11 or 24: return y != 0 ? new PyFloat(x / y) : DivisionByZero(arg, true);
            }
        }
        else if ((arg == 0 || arg == 13) && ReferenceEquals(vt, PyType.StrType) && ReferenceEquals(w.Type, PyType.StrType))
        {
            // PyStr.Concat keeps a long left operand as a pending builder, so `s += piece` loops are linear.
            return PyStr.Concat(Unsafe.As<PyStr>(v), Unsafe.As<PyStr>(w));
        }
        return BinaryOpSlow(v, w, arg);
    }

    /// <summary>BINARY_OP through the number protocol; a division of an exact int or float by an exact int or
    /// float zero is reported pending, as in <see cref="BinaryOp"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? BinaryOpSlow(PyObject v, PyObject w, int arg)
    {
        if (MixedFloatInt(v, w, arg) is { } mixed) return mixed;
        if (arg is 2 or 15 or 6 or 19 or 11 or 24)
        {
            var vt = v.Type;
            var wt = w.Type;
            bool vInt = ReferenceEquals(vt, PyType.IntType), vFloat = ReferenceEquals(vt, PyType.FloatType);
            if (vInt || vFloat)
            {
                if (ReferenceEquals(wt, PyType.IntType) && Unsafe.As<PyInt>(w).Sign == 0) return DivisionByZero(arg, vFloat);
                if (ReferenceEquals(wt, PyType.FloatType) && Unsafe.As<PyFloat>(w).Value == 0) return DivisionByZero(arg, true);
            }
        }
        return arg >= InPlaceBase ? Ops.InPlaceOp(v, w, (NumberOp)(arg - InPlaceBase)) : Ops.BinaryOp(v, w, (NumberOp)arg);
    }

    /// <summary>+ - * / of an exact float and an exact int (either side), as float's own methods compute them
    /// (int.__add__ returns NotImplemented, float.__radd__ converts the int): the int becomes a double, exactly when
    /// it is within 2**53 (larger ones take the protocol, where PyLong_AsDouble rounds). Null: not this case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? MixedFloatInt(PyObject v, PyObject w, int arg)
    {
        double x, y;
        if (ReferenceEquals(v.Type, PyType.FloatType) && ReferenceEquals(w.Type, PyType.IntType) && ExactDouble(Unsafe.As<PyInt>(w), out y))
            x = Unsafe.As<PyFloat>(v).Value;
        else if (ReferenceEquals(v.Type, PyType.IntType) && ReferenceEquals(w.Type, PyType.FloatType) && ExactDouble(Unsafe.As<PyInt>(v), out x))
            y = Unsafe.As<PyFloat>(w).Value;
        else return null;
        switch (arg)
        {
            case 0 or 13: return new PyFloat(x + y);
            case 10 or 23: return new PyFloat(x - y);
            case 5 or 18: return new PyFloat(x * y);
            case 11 or 24: return y != 0 ? new PyFloat(x / y) : DivisionByZero(arg, true);
        }
        return null;
    }

    /// <summary>An int that is not big and within ±2**53 (the big marker, long.MinValue, is outside), as a double.</summary>
    private static bool ExactDouble(PyInt i, out double d)
    {
        const long Limit = 1L << 53;
        long s = i.Small;
        d = s;
        return s >= -Limit && s <= Limit;
    }

    /// <summary>The ZeroDivisionError of `/`, `//` or `%` (<paramref name="arg"/>) by zero, pending; null.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? DivisionByZero(int arg, bool isFloat)
    {
        if (arg >= InPlaceBase) arg -= InPlaceBase;
        string msg = arg switch
        {
            2 => isFloat ? "float floor division by zero" : "integer division or modulo by zero",
            6 => isFloat ? "float modulo" : "integer modulo by zero",
            _ => isFloat ? "float division by zero" : "division by zero",
        };
        return PyErr.SetPending(PyErr.Make(PyExc.ZeroDivisionError, msg));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject CompareFast(PyObject v, PyObject w, CompareOp op)
    {
        if (ReferenceEquals(v.Type, PyType.IntType) && ReferenceEquals(w.Type, PyType.IntType))
        {
            var a = Unsafe.As<PyInt>(v);
            var b = Unsafe.As<PyInt>(w);
            if (!a.IsBig && !b.IsBig) return PyBool.From(Ops.CompareValues(a.Small, b.Small, op));
        }
        else if (ReferenceEquals(v.Type, PyType.FloatType) && ReferenceEquals(w.Type, PyType.FloatType))
            return PyBool.From(Ops.CompareValues(Unsafe.As<PyFloat>(v).Value, Unsafe.As<PyFloat>(w).Value, op));
        return Ops.RichCompare(v, w, op);
    }

    /// <summary>BINARY_SUBSCR, for both tiers. Exact list and tuple with a machine-int index and exact dict are
    /// handled here; their misses (an index out of range, a missing key) return null with the IndexError or
    /// KeyError in <see cref="ThreadState.JitPending"/> instead of throwing (a .NET throw and catch costs
    /// microseconds, and `d[k]` in a try that catches KeyError is a common idiom). Anything else goes to
    /// Ops.GetItem, which throws.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? GetItemOrPending(ThreadState ts, PyObject container, PyObject key)
    {
        var ct = container.Type;
        if (ReferenceEquals(key.Type, PyType.IntType) && !Unsafe.As<PyInt>(key).IsBig)
        {
            long k = Unsafe.As<PyInt>(key).Small;
            if (ReferenceEquals(ct, PyType.ListType))
            {
                var l = Unsafe.As<PyList>(container);
                long i = k < 0 ? k + l.Count : k;
                return (ulong)i < (ulong)l.Count ? l[(int)i] : SubscrMiss(ts, PyErr.Make(PyExc.IndexError, "list index out of range"));
            }
            if (ReferenceEquals(ct, PyType.TupleType))
            {
                var t = Unsafe.As<PyTuple>(container);
                long i = k < 0 ? k + t.Count : k;
                return (ulong)i < (ulong)t.Count ? t[(int)i] : SubscrMiss(ts, PyErr.Make(PyExc.IndexError, "tuple index out of range"));
            }
        }
        if (ReferenceEquals(ct, PyType.DictType))
            return Unsafe.As<PyDict>(container).GetItem(key) ?? SubscrMiss(ts, PyErr.Make(PyExc.KeyError, key));
        return Ops.GetItem(container, key);
    }

    /// <summary>BUILD_SLICE + BINARY_SUBSCR of an exact str, list or tuple whose bounds are None or machine-word ints
    /// (step not zero), without the slice object: what their __getitem__ returns for it. Null: not this case (nothing
    /// pending; the caller builds the slice and subscripts as usual).</summary>
    internal static PyObject? SliceSubscr(PyObject container, PyObject start, PyObject stop, PyObject? step)
    {
        long st = 1;
        if (step is not null && !ReferenceEquals(step, PyNone.Instance))
        {
            if (!ReferenceEquals(step.Type, PyType.IntType) || Unsafe.As<PyInt>(step).IsBig) return null;
            st = Unsafe.As<PyInt>(step).Small;
            if (st == 0 || st == long.MinValue) return null;
        }
        long lo, hi;
        if (ReferenceEquals(start, PyNone.Instance)) lo = st < 0 ? long.MaxValue : 0;
        else if (ReferenceEquals(start.Type, PyType.IntType) && !Unsafe.As<PyInt>(start).IsBig) lo = Unsafe.As<PyInt>(start).Small;
        else return null;
        if (ReferenceEquals(stop, PyNone.Instance)) hi = st < 0 ? long.MinValue : long.MaxValue;
        else if (ReferenceEquals(stop.Type, PyType.IntType) && !Unsafe.As<PyInt>(stop).IsBig) hi = Unsafe.As<PyInt>(stop).Small;
        else return null;
        var ct = container.Type;
        if (ReferenceEquals(ct, PyType.StrType))
        {
            var s = Unsafe.As<PyStr>(container);
            long n = PySlice.AdjustIndices(s.Length, ref lo, ref hi, st);
            return PyStr.SliceOf(s, lo, hi, st, n);
        }
        if (ReferenceEquals(ct, PyType.ListType))
        {
            var l = Unsafe.As<PyList>(container);
            long n = PySlice.AdjustIndices(l.Count, ref lo, ref hi, st);
            return l.SliceOf(lo, st, n);
        }
        if (ReferenceEquals(ct, PyType.TupleType))
        {
            var t = Unsafe.As<PyTuple>(container);
            long n = PySlice.AdjustIndices(t.Count, ref lo, ref hi, st);
            return PyTuple.SliceOf(t, lo, st, n);
        }
        return null;
    }

    private static PyObject? SubscrMiss(ThreadState ts, PyBaseException e)
    {
        ts.JitPending = e;
        return null;
    }

    private static PyStr ConcatStrings(ReadOnlySpan<PyObject> parts) => PyStr.JoinParts(PyStr.Empty, parts);

    private static void ListExtend(PyList list, PyObject iterable)
    {
        if (iterable.Type.Iter is null && iterable.Type.GetItem is null)
            throw PyErr.TypeError($"Value after * must be an iterable, not {iterable.Type.Name}");
        list.Extend(iterable);
    }

    private static void SetUpdate(PySet set, PyObject iterable) => set.Update(iterable);

    private static void DictUpdate(PyDict d, PyObject other)
    {
        if (other is not PyDict && Ops.TryGetAttr(other, PyStr.Intern("keys")) is null)
            throw PyErr.TypeError($"'{other.Type.Name}' object is not a mapping");
        d.Update(other);
    }

    /// <summary>The dict CALL_FUNCTION_EX reads for <c>f(*args, **kwargs)</c> in compiled code (JitCompiler.Kwargs.cs):
    /// <paramref name="kwargs"/> itself when it is an exact dict of exact-str keys (merging it into the new empty dict
    /// could neither fail nor run Python code, and the call copies the keywords out before the callee runs) and
    /// <paramref name="callargs"/> is an exact tuple or list, else the new dict DICT_MERGE makes. The copy is made
    /// before CALL_FUNCTION_EX unpacks the positional arguments: an iterator there could change kwargs, and the
    /// callee must get the keywords as they were (snippet callgen/kwargs_copy_order).</summary>
    internal static PyDict KwargsForCall(PyObject kwargs, PyObject callargs, PyObject func)
    {
        if (ReferenceEquals(kwargs.Type, PyType.DictType) && Unsafe.As<PyDict>(kwargs).AllKeysExactStr()
            && (ReferenceEquals(callargs.Type, PyType.TupleType) || ReferenceEquals(callargs.Type, PyType.ListType)))
            return Unsafe.As<PyDict>(kwargs);
        var d = new PyDict();
        DictMerge(d, kwargs, func);
        return d;
    }

    /// <summary>DICT_MERGE (f(**a, **b)): like update, but a repeated key is an error naming the function. As
    /// CPython's format_kwargs_error, an AttributeError on the way means "not a mapping", and a KeyError that
    /// dict itself raised (the repeated key, or a key that keys() named but the dict lacks) "multiple values".</summary>
    private static void DictMerge(PyDict d, PyObject other, PyObject func)
    {
        if (other is PyDict od && ReferenceEquals(od.Type.Iter, PyType.DictType.Iter))
        {
            // A dict whose iteration is dict's own: its entries as they are (dict_merge's fast path), no key tuple.
            int pos = 0;
            while (od.Next(ref pos, out var k, out var v)) MergeOne(d, k, v, func);
            return;
        }
        try
        {
            // PyMapping_Keys, then each value by __getitem__ (a dict subclass's own keys() and __getitem__ too).
            var keys = PyTuple.FromIterable(Ops.Call(Ops.GetAttr(other, "keys"), []));
            foreach (var k in keys.AsSpan()) MergeOne(d, k, MergeValue(other, k, func), func);
        }
        catch (PythonException pe) when (pe.Value.Type.IsSubtype(PyExc.AttributeError))
        {
            throw PyErr.TypeError($"{FunctionDescription(func)} argument after ** must be a mapping, not {other.Type.Name}");
        }
    }

    private static PyObject MergeValue(PyObject other, PyObject k, PyObject func)
    {
        var getitem = PyStr.Intern("__getitem__");
        if (other is PyDict pd && ReferenceEquals(pd.Type.Lookup(getitem), PyType.DictType.Lookup(getitem)))
        {
            if (pd.GetItem(k) is { } v) return v;
            // dict's own KeyError (no __missing__ to ask) is the one format_kwargs_error rewords.
            if (pd.Type.Lookup(PyStr.Intern("__missing__")) is null) throw MultipleValues(func, k);
        }
        return Ops.GetItem(other, k);
    }

    private static void MergeOne(PyDict d, PyObject k, PyObject v, PyObject func)
    {
        if (d.GetItem(k) is not null) throw MultipleValues(func, k);
        d.SetItem(k, v);
    }

    private static PythonException MultipleValues(PyObject func, PyObject key) =>
        PyErr.TypeError($"{FunctionDescription(func)} got multiple values for keyword argument '{Ops.Str(key).Value}'");

    /// <summary>How call errors name a callable (_PyObject_FunctionStr): "f()", "C.m()", "print()".</summary>
    internal static string FunctionDescription(PyObject func)
    {
        var qualname = Ops.TryGetAttr(func, PyStr.Intern("__qualname__"));
        if (qualname is not PyStr q) return $"{Ops.Str(func).Value}";
        var module = Ops.TryGetAttr(func, PyStr.Intern("__module__"));
        if (module is PyStr m && m.Value != "builtins") return $"{m.Value}.{q.Value}()";
        return $"{q.Value}()";
    }

    /// <summary>CALL_FUNCTION_EX (<c>f(*args, **kwargs)</c>), for both tiers: the result, or null with the exception
    /// pending. A callargs that is not an exact tuple becomes one (PySequence_Tuple: a tuple subclass's own
    /// __iter__ runs); kwargs is the dict the compiler built (BUILD_MAP, DICT_MERGE). A Python function that isn't a
    /// generator gets its arguments bound straight from the tuple and the dict (up to
    /// <see cref="KeywordBuffer"/>'s size of keywords: no argument array, no names tuple) and runs as JitCall runs
    /// it; any other callable is called with a vector of the arguments and a tuple of the names.</summary>
    internal static PyObject? CallFunctionExOrPending(ThreadState ts, PyObject func, PyObject callargs, PyObject? kwargs)
    {
        PyTuple args;
        if (ReferenceEquals(callargs.Type, PyType.TupleType)) args = Unsafe.As<PyTuple>(callargs);
        else
        {
            if (callargs.Type.Iter is null && callargs.Type.GetItem is null)
                throw PyErr.TypeError($"{FunctionDescription(func)} argument after * must be an iterable, not {callargs.Type.Name}");
            args = PyTuple.FromIterable(callargs);
        }
        PyDict? kd = null;
        if (kwargs is not null)
        {
            kd = kwargs as PyDict ?? throw PyErr.TypeError($"{FunctionDescription(func)} argument after ** must be a mapping, not {kwargs.Type.Name}");
            if (kd.Count == 0) kd = null;
        }
        int nk = kd?.Count ?? 0;
        if (func is PyFunction pf && !pf.Code.IsGenerator && ts.TraceMask == 0 && nk <= KeywordBuffer.Size)
        {
            KeywordBuffer names = default, values = default;
            var nameSpan = names.AsSpan(nk);
            var valueSpan = values.AsSpan(nk);
            if (kd is not null) KeywordsOf(kd, nameSpan, valueSpan);
            var nf = NewFrameForCall(pf, args.AsSpan(), nameSpan!, valueSpan!);
            return nf.Code.Jit is { } jc ? RunCompiled(ts, nf, jc) : RunInterpreted(ts, nf);
        }
        if (kd is null) return CallOrPending(ts, func, args.AsSpan(), null);
        var all = new PyObject[args.Count + nk];
        args.AsSpan().CopyTo(all);
        var kwnames = new PyObject[nk];
        KeywordsOf(kd, kwnames!, all.AsSpan(args.Count)!);
        return CallOrPending(ts, func, all, PyTuple.Wrap(kwnames));
    }

    /// <summary>The keys of <paramref name="kd"/> (which must be str: "keywords must be strings") and their values.</summary>
    private static void KeywordsOf(PyDict kd, Span<PyObject?> names, Span<PyObject?> values)
    {
        int pos = 0, i = 0;
        while (kd.Next(ref pos, out var k, out var v))
        {
            if (k is not PyStr) throw PyErr.TypeError("keywords must be strings");
            names[i] = k;
            values[i] = v;
            i++;
        }
    }

    /// <summary>Room on the .NET stack for the keyword names or values of a call (no array to allocate).</summary>
    [InlineArray(Size)]
    internal struct KeywordBuffer
    {
        public const int Size = 8;
        private PyObject? _first;

        /// <summary>The first <paramref name="n"/> elements (at most <see cref="Size"/>); the buffer must stay where it is.</summary>
        [UnscopedRef]
        public Span<PyObject?> AsSpan(int n) => MemoryMarshal.CreateSpan(ref _first, n);
    }

    private static void UnpackSequence(PyObject seq, int n, Span<PyObject?> s, int sp)
    {
        ReadOnlySpan<PyObject> items;
        if (ReferenceEquals(seq.Type, PyType.TupleType)) items = Unsafe.As<PyTuple>(seq).AsSpan();
        else if (ReferenceEquals(seq.Type, PyType.ListType)) items = Unsafe.As<PyList>(seq).AsSpan();
        else
        {
            if (seq.Type.Iter is null && seq.Type.GetItem is null)
                throw PyErr.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
            var it = Ops.GetIter(seq);
            var got = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                got[i] = Ops.Next(it) ?? throw PyErr.ValueError(
                    $"not enough values to unpack (expected {n}, got {i})");
            }
            if (Ops.Next(it) is not null) throw PyErr.ValueError($"too many values to unpack (expected {n})");
            items = got;
        }
        if (items.Length != n)
        {
            if (items.Length < n) throw PyErr.ValueError($"not enough values to unpack (expected {n}, got {items.Length})");
            throw PyErr.ValueError($"too many values to unpack (expected {n})");
        }
        for (int i = 0; i < n; i++) s[sp + i] = items[n - 1 - i];
    }

    private static void UnpackEx(PyObject seq, int before, int after, Span<PyObject?> s, int sp)
    {
        if (seq.Type.Iter is null && seq.Type.GetItem is null)
            throw PyErr.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        var it = Ops.GetIter(seq);
        var head = new PyObject[before];
        for (int i = 0; i < before; i++)
        {
            head[i] = Ops.Next(it) ?? throw PyErr.ValueError(
                $"not enough values to unpack (expected at least {before + after}, got {i})");
        }
        var rest = new PyList();
        rest.Extend(it);
        if (rest.Count < after)
            throw PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {before + rest.Count})");
        int total = before + 1 + after;
        // Pushed so that the first target's value is on top.
        int top = sp + total - 1;
        for (int i = 0; i < before; i++) s[top - i] = head[i];
        var tail = rest.AsSpan()[(rest.Count - after)..].ToArray();
        var starred = new PyList(rest.AsSpan()[..(rest.Count - after)].ToArray());
        s[top - before] = starred;
        for (int i = 0; i < after; i++) s[top - before - 1 - i] = tail[i];
    }

    private static void DisplayHook(PyObject v)
    {
        var hook = Sys.GetOrNull("displayhook") ?? throw PyErr.RuntimeError("lost sys.displayhook");
        Ops.Call(hook, [v]);
    }

    /// <summary>A .NET exception escaping from a bug becomes SystemError with a short description.</summary>
    private static PyBaseException InternalError(Exception e) =>
        PyErr.Make(PyExc.SystemError, $"internal error in Krait: {e.GetType().Name}: {e.Message}");
}
