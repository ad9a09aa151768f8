namespace Krait.Runtime;

// The slot table (CPython's tp_* / nb_* / sq_* / mp_* fields). Builtins fill them with C# methods; heap types
// with SlotDefs' stubs that call the class's dunders. Binary number slots take (left, right) where either may
// be the owning type's instance, and return NotImplemented when they don't handle the pair.
public sealed partial class PyType
{
    public CallSlot? Call;
    /// <summary>tp_getattro, non-throwing: null means "no such attribute" (no exception raised).</summary>
    public Func<PyObject, PyStr, PyObject?>? GetAttr;
    /// <summary>tp_setattro: a null value deletes.</summary>
    public Action<PyObject, PyStr, PyObject?>? SetAttr;
    public Func<PyObject, PyObject, CompareOp, PyObject>? RichCompare;
    /// <summary>tp_hash; <see cref="SlotDefs.HashNotImplemented"/> marks unhashable types.</summary>
    public Func<PyObject, long>? Hash;
    public Func<PyObject, PyStr>? Repr;
    public Func<PyObject, PyStr>? Str;
    public Func<PyObject, bool>? Bool;
    public Func<PyObject, long>? Len;
    public Func<PyObject, PyObject>? Iter;
    /// <summary>tp_iternext, non-throwing: null means exhausted.</summary>
    public Func<PyObject, PyObject?>? IterNext;
    public Func<PyObject, PyObject, bool>? Contains;
    public Func<PyObject, PyObject, PyObject>? GetItem;
    public Action<PyObject, PyObject, PyObject>? SetItem;
    public Action<PyObject, PyObject>? DelItem;
    /// <summary>tp_descr_get(descr, instance or null, owner type).</summary>
    public Func<PyObject, PyObject?, PyType?, PyObject>? DescrGet;
    /// <summary>tp_descr_set(descr, instance, value or null to delete).</summary>
    public Action<PyObject, PyObject, PyObject?>? DescrSet;
    public InitSlot? Init;
    public NewSlot? New;

    public readonly Func<PyObject, PyObject, PyObject>?[] Number = new Func<PyObject, PyObject, PyObject>?[NumberOpCount];
    public readonly Func<PyObject, PyObject, PyObject>?[] InPlace = new Func<PyObject, PyObject, PyObject>?[NumberOpCount];
    public Func<PyObject, PyObject>? Negative, Positive, Absolute, Invert, Int, Float, Index;

    /// <summary>sq_concat / sq_repeat (used after the number slots decline, as CPython's abstract.c does).</summary>
    public Func<PyObject, PyObject, PyObject>? Concat, InPlaceConcat;
    public Func<PyObject, long, PyObject>? Repeat, InPlaceRepeat;

    internal const int NumberOpCount = (int)NumberOp.DivMod + 1;

    /// <summary>inherit_slots: copy every slot this type leaves empty from its solid base.</summary>
    internal void InheritSlots(PyType b)
    {
        Call ??= b.Call;
        GetAttr ??= b.GetAttr;
        SetAttr ??= b.SetAttr;
        if (RichCompare is null && Hash is null) { RichCompare = b.RichCompare; Hash = b.Hash; }
        Repr ??= b.Repr;
        Str ??= b.Str;
        Bool ??= b.Bool;
        Len ??= b.Len;
        Iter ??= b.Iter;
        IterNext ??= b.IterNext;
        Contains ??= b.Contains;
        GetItem ??= b.GetItem;
        SetItem ??= b.SetItem;
        DelItem ??= b.DelItem;
        DescrGet ??= b.DescrGet;
        DescrSet ??= b.DescrSet;
        Init ??= b.Init;
        New ??= b.New;
        for (int i = 0; i < NumberOpCount; i++) { Number[i] ??= b.Number[i]; InPlace[i] ??= b.InPlace[i]; }
        Negative ??= b.Negative; Positive ??= b.Positive; Absolute ??= b.Absolute; Invert ??= b.Invert;
        Int ??= b.Int; Float ??= b.Float; Index ??= b.Index;
        Concat ??= b.Concat; InPlaceConcat ??= b.InPlaceConcat; Repeat ??= b.Repeat; InPlaceRepeat ??= b.InPlaceRepeat;
        Allocate ??= b.Allocate;
    }
}
