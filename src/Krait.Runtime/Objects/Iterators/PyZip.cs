using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>zip(*iterables, strict=False).</summary>
public sealed class PyZip : SubclassableIterator
{
    public static readonly PyType ZipType = PyType.NewBuiltin("zip", PyType.ObjectType, TypeFlags.BaseType, InitType);

    private PyObject[]? _its;
    private bool _strict;
    private readonly PyObject[] _all;

    private PyZip(PyType type, PyObject[] its, bool strict) : base(type)
    {
        _its = its;
        _all = its;
        _strict = strict;
    }

    public override PyObject? Next()
    {
        var its = _its;
        if (its is null || its.Length == 0) return null;
        var items = new PyObject[its.Length];
        // Stored through a ref: an element store into a PyObject[] otherwise goes through the runtime's
        // covariant-store check (a cast-cache look-up for anything but a plain PyObject).
        ref var dst = ref MemoryMarshal.GetArrayDataReference(items);
        for (int i = 0; i < its.Length; i++)
        {
            var x = Ops.Next(its[i]);
            if (x is null)
            {
                _its = null;
                if (_strict) CheckStrict(its, i);
                return null;
            }
            Unsafe.Add(ref dst, i) = x;
        }
        return PyTuple.Wrap(items);
    }

    /// <summary>Zips exactly two iterables: <see cref="NextPair"/> applies.</summary>
    internal bool IsPair => _all.Length == 2;

    /// <summary>The next pair of a two-way zip without the tuple (FOR_ITER + UNPACK_SEQUENCE 2 on an exact zip);
    /// false when exhausted. The same order of calls and strict checks as <see cref="Next"/>.</summary>
    internal bool NextPair(out PyObject a, out PyObject b)
    {
        var its = _its;
        if (its is not null)
        {
            var x = Interpreter.IterNext(its[0]);
            if (x is not null)
            {
                var y = Interpreter.IterNext(its[1]);
                if (y is not null)
                {
                    a = x;
                    b = y;
                    return true;
                }
                _its = null;
                if (_strict) CheckStrict(its, 1);
            }
            else
            {
                _its = null;
                if (_strict) CheckStrict(its, 0);
            }
        }
        a = b = null!;
        return false;
    }

    /// <summary>Iterator <paramref name="i"/> ran out: with strict=True every iterator must end together.</summary>
    private static void CheckStrict(PyObject[] its, int i)
    {
        if (i > 0)
            throw PyErr.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : $"-{i}")}");
        for (int j = 1; j < its.Length; j++)
            if (Ops.Next(its[j]) is not null)
                throw PyErr.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : $"-{j}")}");
    }

    private static void InitType(PyType t)
    {
        InitIter(t);
        TypeBuilder.Method(t, "__reduce__", (self, args, kw) =>
        {
            var z = (PyZip)self!;
            var its = new PyTuple(z._all);
            return z._strict ? new PyTuple([z.Type, its, PyBool.True]) : new PyTuple([z.Type, its]);
        });
        TypeBuilder.Method(t, "__setstate__", (self, args, kw) =>
        {
            var z = (PyZip)self!;
            z._strict = Ops.IsTrue(ContainerArgs.One("zip.__setstate__", args, kw));
            return PyNone.Instance;
        });
        t.New = (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            bool strict = false;
            for (int k = 0; k < nkw; k++)
            {
                string name = ((PyStr)kw![k]).Value;
                if (name != "strict") throw PyErr.TypeError($"'{name}' is an invalid keyword argument for zip()");
                strict = Ops.IsTrue(args[npos + k]);
            }
            var its = new PyObject[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops.GetIter(args[i]);
            return new PyZip(type, its, strict);
        };
        t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr("zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError."));
    }
}
