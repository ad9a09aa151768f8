namespace Krait.Runtime;

/// <summary>The itertools module (CPython's Modules/itertoolsmodule.c): iterator building blocks.</summary>
public static class ItertoolsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("itertools", "Functional tools for creating and using iterators.");
        m.Add("chain", PyChain.ChainType);
        m.Add("repeat", PyRepeat.RepeatType);
        m.Add("starmap", PyStarmap.StarmapType);
        m.Add("count", PyCount.CountType);
        m.Add("islice", PyIslice.IsliceType);
        m.Add("cycle", PyCycle.CycleType);
        m.Add("accumulate", PyAccumulate.AccumulateType);
        m.Add("compress", PyCompress.CompressType);
        m.Add("dropwhile", PyDropwhile.DropwhileType);
        m.Add("takewhile", PyTakewhile.TakewhileType);
        m.Add("filterfalse", PyFilterfalse.FilterfalseType);
        m.Add("zip_longest", PyZipLongest.ZipLongestType);
        m.Add("pairwise", PyPairwise.PairwiseType);
        m.Add("groupby", PyGroupby.GroupbyType);
        m.Add("_grouper", PyGrouper.GrouperType);
        m.Add("_tee", PyTee.TeeType);
        m.Add("product", PyProduct.ProductType);
        m.Add("permutations", PyPermutations.PermutationsType);
        m.Add("combinations", PyCombinations.CombinationsType);
        m.Add("combinations_with_replacement", PyCombinationsWithReplacement.CwrType);
        m.AddFunction("tee", (self, args, kw) =>
        {
            int n = ArgBinder.Positional("tee", args, kw, 1, 2);
            long count = n == 2 ? Ops.AsSsize(args[1]) : 2;
            if (count < 0) throw PyErr.ValueError("n must be >= 0");
            if (count == 0) return PyTuple.Empty;
            return PyTee.Split(args[0], (int)count);
        });
        return m;
    }

    /// <summary>Positional arguments of a METH_VARARGS-style constructor: "f() takes no keyword arguments" for the
    /// exact type or a subclass without its own __init__, "f expected N arguments, got M" counts (a subclass's keywords are left to
    /// its __init__).</summary>
    internal static ReadOnlySpan<PyObject> Positional(string name, PyType type, PyType baseType, ReadOnlySpan<PyObject> args,
        PyTuple? kw, int min, int max)
    {
        int nkw = kw?.Count ?? 0;
        // As CPython's "(type == base || type->tp_init == base->tp_init) && !_PyArg_NoKeywords": only a subclass
        // with its own __init__ may pass keywords.
        if (nkw > 0 && !ReferenceEquals(type, baseType) && !ReferenceEquals(type.Init, baseType.Init)) { args = args[..^nkw]; kw = null; }
        ArgBinder.Positional(name, args, kw, min, max);
        return args;
    }

    /// <summary>Binds clinic-style (keyword-capable) arguments.</summary>
    internal static PyObject?[] Bind(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, string[] names, int maxPos, int required)
    {
        var slots = new PyObject?[names.Length];
        ArgBinder.Bind(name, args, kw, names, 0, maxPos, required, slots);
        return slots;
    }

    /// <summary>_PyType_Name: the part after the last dot.</summary>
    internal static string ShortName(PyType t) { string n = t.Name; int i = n.LastIndexOf('.'); return i < 0 ? n : n[(i + 1)..]; }

    /// <summary>object.__repr__ with the module taken out of the dotted name (Krait's generic repr would print
    /// "itertools.itertools.chain" for a dotted builtin name).</summary>
    internal static PyStr ObjectRepr(PyObject o)
    {
        var tp = o.Type;
        string name = tp.IsHeapType ? tp.QualName : ShortName(tp);
        return new PyStr($"<{tp.ModuleName}.{name} object at 0x{Ops.Id(o):x}>");
    }

    internal static void Doc(PyType t, string doc) => t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(doc));

    /// <summary>Types Python code may not instantiate from a subclass: not BASETYPE.</summary>
    internal const TypeFlags Base = TypeFlags.BaseType;
}
