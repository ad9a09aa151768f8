namespace Krait.Runtime;

// type's introspection attributes beyond name/bases/mro: __annotations__, __text_signature__, and the
// layout numbers (__flags__, __basicsize__, __itemsize__, __weakrefoffset__, __dictoffset__) as CPython 3.11
// reports them; the layout numbers are CPython's for the common builtins and computed for classes.
public sealed partial class PyType
{
    // CPython's Py_TPFLAGS_* bits.
    private const long TpHeapType = 1L << 9, TpBaseType = 1L << 10, TpReady = 1L << 12, TpHaveGc = 1L << 14,
        TpImmutable = 1L << 8, TpDisallowInstantiation = 1L << 7, TpMethodDescriptor = 1L << 17,
        TpValidVersion = 1L << 19, TpIsAbstract = 1L << 20, TpMatchSelf = 1L << 22, TpSequence = 1L << 5,
        TpMapping = 1L << 6, TpManagedDict = 1L << 4, TpLongSubclass = 1L << 24, TpListSubclass = 1L << 25,
        TpTupleSubclass = 1L << 26, TpBytesSubclass = 1L << 27, TpUnicodeSubclass = 1L << 28,
        TpDictSubclass = 1L << 29, TpBaseExcSubclass = 1L << 30, TpTypeSubclass = 1L << 31;

    /// <summary>tp_flags in CPython's bit layout.</summary>
    public long CPythonFlags
    {
        get
        {
            long f = TpReady | TpValidVersion;
            if (IsHeapType) f |= TpHeapType | TpHaveGc;
            else f |= TpImmutable;
            if ((Flags & TypeFlags.BaseType) != 0) f |= TpBaseType;
            if (New is null && !IsHeapType) f |= TpDisallowInstantiation;
            if ((Flags & TypeFlags.MethodDescriptor) != 0) f |= TpMethodDescriptor;
            if ((Flags & TypeFlags.IsAbstract) != 0) f |= TpIsAbstract;
            if ((Flags & TypeFlags.MatchSelf) != 0 && !IsHeapType) f |= TpMatchSelf;
            if ((Flags & TypeFlags.MatchSequence) != 0) f |= TpSequence;
            if ((Flags & TypeFlags.MatchMapping) != 0) f |= TpMapping;
            if (IsHeapType && HasDict && ReferenceEquals(PyBaseObject.SolidBase(this), ObjectType)) f |= TpManagedDict;
            if ((Flags & TypeFlags.IntSubclass) != 0) f |= TpLongSubclass;
            if ((Flags & TypeFlags.ListSubclass) != 0) f |= TpListSubclass;
            if ((Flags & TypeFlags.TupleSubclass) != 0) f |= TpTupleSubclass;
            if ((Flags & TypeFlags.StrSubclass) != 0) f |= TpUnicodeSubclass;
            if ((Flags & TypeFlags.DictSubclass) != 0) f |= TpDictSubclass;
            if ((Flags & TypeFlags.BaseExceptionSubclass) != 0) f |= TpBaseExcSubclass;
            if ((Flags & TypeFlags.TypeSubclass) != 0) f |= TpTypeSubclass;
            if (IsSubtype(PyBytes.BytesType)) f |= TpBytesSubclass;
            return f;
        }
    }

    private static (long Basic, long Item) BuiltinSizes(string name) => name switch
    {
        "object" => (16, 0), "int" or "bool" => (24, 4), "float" => (24, 0), "tuple" => (24, 8),
        "list" => (40, 0), "dict" => (48, 0), "str" => (80, 0), "bytes" => (33, 1), "type" => (904, 40),
        "set" or "frozenset" => (200, 0), "complex" => (32, 0), "BaseException" => (72, 0),
        _ => (0, 0),
    };

    public long BasicSize
    {
        get
        {
            if (!IsHeapType)
            {
                var (b, _) = BuiltinSizes(Name);
                if (b != 0) return b;
                return Base is null ? 16 : Base.BasicSize;
            }
            var solid = PyBaseObject.SolidBase(this);
            if (ReferenceEquals(solid, ObjectType) || (solid.IsHeapType && ReferenceEquals(PyBaseObject.SolidBase(solid.Base!), ObjectType)))
                return PyBaseObject.BasicSize(this);
            long size = Base!.BasicSize + 8L * OwnMembers.Length;
            if (HasWeakref && !Base.HasWeakref) size += 8;
            if (HasDict && !Base.HasDict) size += 8;
            return size;
        }
    }

    public long ItemSize
    {
        get
        {
            for (var t = this; t is not null; t = t.Base)
                if (!t.IsHeapType) return BuiltinSizes(t.Name).Item;
            return 0;
        }
    }

    public long WeakrefOffset
    {
        get
        {
            if (!IsHeapType || !HasWeakref) return 0;
            if (Base is not null && Base.HasWeakref && Base.IsHeapType) return Base.WeakrefOffset;
            return BasicSize - 8;
        }
    }

    public long DictOffset
    {
        get
        {
            if (!HasDict) return 0;
            if (!IsHeapType) return ReferenceEquals(this, TypeType) ? 264 : IsSubtype(PyExc.BaseException) ? 16 : 0;
            if (Base is not null && Base.HasDict && Base.DictOffset != 0) return Base.DictOffset;
            return ReferenceEquals(PyBaseObject.SolidBase(this), ObjectType) ? -48 : -8;
        }
    }

    /// <summary>_PyType_GetTextSignatureFromInternalDoc: "(...)" when the doc starts with "name(...)\n--\n\n".</summary>
    private static PyObject TextSignature(PyType t)
    {
        if (t.IsHeapType || t.TypeDict.GetItemStr(PyStr.Intern("__doc__")) is not PyStr doc) return PyNone.Instance;
        string name = t.Name[(t.Name.LastIndexOf('.') + 1)..];
        string d = doc.Value;
        if (!d.StartsWith(name + "(", StringComparison.Ordinal)) return PyNone.Instance;
        int end = d.IndexOf(")\n--\n\n", StringComparison.Ordinal);
        if (end < 0) return PyNone.Instance;
        return new PyStr(d[name.Length..(end + 1)]);
    }

    // The layout numbers are T_READONLY members in CPython: their error is the members' one.
    private static void ReadOnly(PyObject o, PyObject? v) => throw PyErr.AttributeError("readonly attribute");

    /// <summary>The doc without its "name(...)\n--\n\n" signature header (_PyType_GetDocFromInternalDoc).</summary>
    private static PyObject StripSignature(PyType t, PyStr doc)
    {
        if (TextSignature(t) is not PyStr) return doc;
        int end = doc.Value.IndexOf(")\n--\n\n", StringComparison.Ordinal);
        return new PyStr(doc.Value[(end + 6)..]);
    }

    private static void AddIntrospection(PyType t)
    {
        TypeBuilder.GetSet(t, "__flags__", o => PyInt.FromLong(((PyType)o).CPythonFlags), ReadOnly);
        TypeBuilder.GetSet(t, "__basicsize__", o => PyInt.FromLong(((PyType)o).BasicSize), ReadOnly);
        TypeBuilder.GetSet(t, "__itemsize__", o => PyInt.FromLong(((PyType)o).ItemSize), ReadOnly);
        TypeBuilder.GetSet(t, "__weakrefoffset__", o => PyInt.FromLong(((PyType)o).WeakrefOffset), ReadOnly);
        TypeBuilder.GetSet(t, "__dictoffset__", o => PyInt.FromLong(((PyType)o).DictOffset), ReadOnly);
        TypeBuilder.GetSet(t, "__text_signature__", o => TextSignature((PyType)o), null);
        TypeBuilder.GetSet(t, "__annotations__", o =>
        {
            var tp = (PyType)o;
            var key = PyStr.Intern("__annotations__");
            if (!tp.IsHeapType) throw PyErr.AttributeError($"type object '{tp.Name}' has no attribute '__annotations__'");
            var v = tp.TypeDict.GetItemStr(key);
            if (v is null)
            {
                v = new PyDict();
                tp.TypeDict.SetItem(key, v);
                tp.Modified();
                return v;
            }
            return v.Type.DescrGet is { } get ? get(v, null, tp) : v;
        }, (o, v) =>
        {
            var tp = (PyType)o;
            if (!tp.IsHeapType) throw PyErr.TypeError($"cannot set '__annotations__' attribute of immutable type '{tp.Name}'");
            var key = PyStr.Intern("__annotations__");
            if (v is null)
            {
                if (!tp.TypeDict.DelItemStr(key)) throw PyErr.AttributeError("__annotations__");
            }
            else tp.TypeDict.SetItem(key, v);
            tp.Modified();
        });
    }
}
