namespace Krait.Runtime;

/// <summary>The _opcode module (CPython's Modules/_opcode.c): <c>stack_effect</c> from the compiler's own table,
/// and <c>get_specialization_stats</c> (None: Krait keeps no specialization statistics, like a CPython built
/// without Py_STATS).</summary>
public static class OpcodeModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_opcode", "Opcode support module.");
        m.AddFunction("stack_effect", StackEffect);
        m.AddFunction("get_specialization_stats", (self, args, kw) =>
        {
            if (args.Length > 0)
                throw PyErr.TypeError($"_opcode.get_specialization_stats() takes no arguments ({args.Length} given)");
            return PyNone.Instance;
        });
        return m;
    }

    /// <summary>stack_effect(opcode, oparg=None, /, *, jump=None).</summary>
    private static PyObject StackEffect(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 1) throw PyErr.TypeError($"stack_effect() takes at least 1 positional argument ({npos} given)");
        if (npos > 2) throw PyErr.TypeError($"stack_effect() takes at most 2 positional arguments ({npos} given)");
        PyObject? jumpObj = null;
        for (int i = 0; i < nkw; i++)
        {
            string k = ((PyStr)kw![i]).Value;
            if (k != "jump") throw PyErr.TypeError($"'{k}' is an invalid keyword argument for stack_effect()");
            jumpObj = args[npos + i];
        }
        int opcode = AsCInt(args[0]);
        var oparg = npos > 1 ? args[1] : PyNone.Instance;
        int opargInt = 0;
        if (opcode >= Krait.Compiler.Bytecode.Op.HAVE_ARGUMENT)
        {
            if (oparg is PyNone) throw PyErr.ValueError("stack_effect: opcode requires oparg but oparg was not specified");
            opargInt = unchecked((int)AsCLong(oparg));
        }
        else if (oparg is not PyNone)
            throw PyErr.ValueError("stack_effect: opcode does not permit oparg but oparg was specified");
        int jump = jumpObj is null || jumpObj is PyNone ? -1
            : ReferenceEquals(jumpObj, PyBool.True) ? 1
            : ReferenceEquals(jumpObj, PyBool.False) ? 0
            : throw PyErr.ValueError("stack_effect: jump must be False, True or None");
        int? effect = Krait.Compiler.CompilerInfo.StackEffect(opcode, opargInt, jump);
        if (effect is null) throw PyErr.ValueError("invalid opcode or oparg");
        return PyInt.FromLong(effect.Value);
    }

    private static long AsCLong(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.TryGetLong(out long v)) throw PyErr.New(PyExc.OverflowError, "Python int too large to convert to C long");
        return v;
    }

    private static int AsCInt(PyObject o)
    {
        long v = AsCLong(o);
        if (v < int.MinValue || v > int.MaxValue) throw PyErr.New(PyExc.OverflowError, "Python int too large to convert to C int");
        return (int)v;
    }
}
