using System.Buffers.Binary;
using System.Text;

namespace Krait.Runtime;

/// <summary>The array module (CPython's Modules/arraymodule.c).</summary>
public static class ArrayModule
{
    private static PyBuiltinFunction? s_reconstructor;

    /// <summary>array._array_reconstructor, which __reduce_ex__ (protocol 3 and later) names.</summary>
    internal static PyObject Reconstructor => s_reconstructor ??= new PyBuiltinFunction("_array_reconstructor", Reconstruct, null) { Module = "array" };

    public static PyModule Create()
    {
        var m = new PyModule("array", "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n");
        m.Add("array", PyArray.ArrayType);
        m.Add("ArrayType", PyArray.ArrayType);
        m.Add("typecodes", new PyStr(PyArray.TypeCodes));
        s_reconstructor = new PyBuiltinFunction("_array_reconstructor", Reconstruct, m) { Module = "array" };
        m.Add("_array_reconstructor", s_reconstructor);
        // As arraymodule.c does: arrays are MutableSequences.
        var abc = Importer.ImportModuleLevel(new PyStr("collections.abc"), null, PyTuple.Create([new PyStr("MutableSequence")]), 0);
        Ops.CallMethod(Ops.GetAttr(abc, "MutableSequence"), "register", [PyArray.ArrayType]);
        return m;
    }

    // Machine format codes (arraymodule.c's enum machine_format_code).
    private const int Utf16Le = 18, Utf32Le = 20, FloatLe = 14, DoubleLe = 16;

    /// <summary>typecode_to_mformat_code on this (little-endian, LP64, 4-byte wchar_t) platform.</summary>
    internal static int NativeFormat(char code) => code switch
    {
        'b' => 1, 'B' => 0, 'u' => Utf32Le, 'h' => 4, 'H' => 2, 'i' => 8, 'I' => 6,
        'l' or 'q' => 12, 'L' or 'Q' => 10, 'f' => FloatLe, _ => DoubleLe,
    };

    /// <summary>(size in bytes, signed, big-endian) of an integer machine format 0..13.</summary>
    private static (int Size, bool Signed, bool BigEndian) IntFormat(int mf) => mf switch
    {
        0 => (1, false, false), 1 => (1, true, false),
        _ => (2 << ((mf - 2) / 4), ((mf - 2) / 2) % 2 == 1, mf % 2 == 1),
    };

    private static PyObject Reconstruct(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgBinder.Positional("_array_reconstructor", args, kw, 4, 4);
        if (args[0] is not PyType arraytype)
            throw PyErr.TypeError($"first argument must be a type object, not {args[0].Type.Name}");
        if (!arraytype.IsSubtype(PyArray.ArrayType))
            throw PyErr.TypeError($"{arraytype.Name} is not a subtype of array.array");
        if (args[1] is not PyStr tcs || tcs.Length != 1)
            throw PyErr.TypeError($"_array_reconstructor() argument 2 must be a unicode character, not {args[1].Type.Name}");
        int cp = tcs.CodePointAt(0);
        char typecode = cp < 128 ? (char)cp : '\0';
        if (!PyArray.IsValid(typecode)) throw PyErr.ValueError("second argument must be a valid type code");
        if (args[2] is not PyInt && args[2].Type.Index is null)
            throw PyErr.TypeError($"'{args[2].Type.Name}' object cannot be interpreted as an integer");
        long mf = Ops.AsSsize(args[2], PyExc.OverflowError);
        if (mf < 0 || mf > 21) throw PyErr.ValueError("third argument must be a valid machine format code.");
        if (args[3] is not PyBytes items) throw PyErr.TypeError($"fourth argument should be bytes, not {args[3].Type.Name}");
        if (mf == NativeFormat(typecode)) return Ops.Call(arraytype, [PyStr.Char(typecode), items]);

        var b = items.Value;
        PyObject converted;
        if (mf >= FloatLe && mf <= DoubleLe + 1)
        {
            int size = mf < DoubleLe ? 4 : 8;
            bool be = mf % 2 == 1;
            var list = new PyObject[b.Length / size];
            for (int i = 0; i < list.Length; i++)
            {
                var s = b.AsSpan(i * size, size);
                double v = size == 4
                    ? (be ? BinaryPrimitives.ReadSingleBigEndian(s) : BinaryPrimitives.ReadSingleLittleEndian(s))
                    : (be ? BinaryPrimitives.ReadDoubleBigEndian(s) : BinaryPrimitives.ReadDoubleLittleEndian(s));
                list[i] = new PyFloat(v);
            }
            converted = new PyList(list);
        }
        else if (mf >= Utf16Le)
        {
            bool be = mf % 2 == 1;
            string s = mf < Utf32Le
                ? (be ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(b)
                : new UTF32Encoding(be, false, true).GetString(b);
            converted = new PyStr(s);
        }
        else
        {
            var (size, signed, be) = IntFormat((int)mf);
            if (b.Length % size != 0) throw PyErr.ValueError("string length not a multiple of item size");
            // The items keep their size and signedness: use the (last) native typecode that has them.
            foreach (char c in "bBhHiIlLqQ")
                if (PyArray.SizeOf(c) == size && (c is 'b' or 'h' or 'i' or 'l' or 'q') == signed) typecode = c;
            var list = new PyObject[b.Length / size];
            for (int i = 0; i < list.Length; i++)
            {
                var s = b.AsSpan(i * size, size);
                ulong raw = 0;
                for (int k = 0; k < size; k++) raw |= (ulong)s[be ? k : size - 1 - k] << (8 * (size - 1 - k));
                if (signed && size < 8 && (raw & (1UL << (size * 8 - 1))) != 0) raw |= ulong.MaxValue << (size * 8);
                list[i] = signed ? PyInt.FromLong((long)raw) : (raw <= long.MaxValue ? PyInt.FromLong((long)raw) : PyInt.FromBig(raw));
            }
            converted = new PyList(list);
        }
        return Ops.Call(arraytype, [PyStr.Char(typecode), converted]);
    }
}
