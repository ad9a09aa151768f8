namespace Krait.Runtime;

// Slot access by kind (for fix-up and wrappers), kept out of the hot paths.
internal static partial class SlotDefs
{
    private static Delegate? GetSlot(PyType t, SlotKind k) => k switch
    {
        SlotKind.Call => t.Call,
        SlotKind.GetAttr => t.GetAttr,
        SlotKind.SetAttr => t.SetAttr,
        SlotKind.RichCompare => t.RichCompare,
        SlotKind.Hash => t.Hash,
        SlotKind.Repr => t.Repr,
        SlotKind.Str => t.Str,
        SlotKind.Bool => t.Bool,
        SlotKind.Len => t.Len,
        SlotKind.Iter => t.Iter,
        SlotKind.Next => t.IterNext,
        SlotKind.Contains => t.Contains,
        SlotKind.GetItem => t.GetItem,
        SlotKind.SetItem => t.SetItem,
        SlotKind.DescrGet => t.DescrGet,
        SlotKind.DescrSet => t.DescrSet,
        SlotKind.Init => t.Init,
        SlotKind.New => t.New,
        SlotKind.Negative => t.Negative,
        SlotKind.Positive => t.Positive,
        SlotKind.Absolute => t.Absolute,
        SlotKind.Invert => t.Invert,
        SlotKind.Int => t.Int,
        SlotKind.Float => t.Float,
        SlotKind.Index => t.Index,
        >= SlotKind.InPlaceBase => t.InPlace[k - SlotKind.InPlaceBase],
        >= SlotKind.NumberBase => t.Number[k - SlotKind.NumberBase],
        _ => null,
    };

    private static void SetSlot(PyType t, SlotKind k, Delegate? d)
    {
        switch (k)
        {
            case SlotKind.Call: t.Call = (CallSlot?)d; break;
            case SlotKind.GetAttr: t.GetAttr = (Func<PyObject, PyStr, PyObject?>?)d; break;
            case SlotKind.SetAttr: t.SetAttr = (Action<PyObject, PyStr, PyObject?>?)d; break;
            case SlotKind.RichCompare: t.RichCompare = (Func<PyObject, PyObject, CompareOp, PyObject>?)d; break;
            case SlotKind.Hash: t.Hash = (Func<PyObject, long>?)d; break;
            case SlotKind.Repr: t.Repr = (Func<PyObject, PyStr>?)d; break;
            case SlotKind.Str: t.Str = (Func<PyObject, PyStr>?)d; break;
            case SlotKind.Bool: t.Bool = (Func<PyObject, bool>?)d; break;
            case SlotKind.Len: t.Len = (Func<PyObject, long>?)d; break;
            case SlotKind.Iter: t.Iter = (Func<PyObject, PyObject>?)d; break;
            case SlotKind.Next: t.IterNext = (Func<PyObject, PyObject?>?)d; break;
            case SlotKind.Contains: t.Contains = (Func<PyObject, PyObject, bool>?)d; break;
            case SlotKind.GetItem: t.GetItem = (Func<PyObject, PyObject, PyObject>?)d; break;
            case SlotKind.SetItem: break; // SetItem and DelItem are set together by the caller
            case SlotKind.DescrGet: t.DescrGet = (Func<PyObject, PyObject?, PyType?, PyObject>?)d; break;
            case SlotKind.DescrSet: t.DescrSet = (Action<PyObject, PyObject, PyObject?>?)d; break;
            case SlotKind.Init: t.Init = (InitSlot?)d; break;
            case SlotKind.New: t.New = (NewSlot?)d; break;
            case SlotKind.Negative: t.Negative = (Func<PyObject, PyObject>?)d; break;
            case SlotKind.Positive: t.Positive = (Func<PyObject, PyObject>?)d; break;
            case SlotKind.Absolute: t.Absolute = (Func<PyObject, PyObject>?)d; break;
            case SlotKind.Invert: t.Invert = (Func<PyObject, PyObject>?)d; break;
            case SlotKind.Int: t.Int = (Func<PyObject, PyObject>?)d; break;
            case SlotKind.Float: t.Float = (Func<PyObject, PyObject>?)d; break;
            case SlotKind.Index: t.Index = (Func<PyObject, PyObject>?)d; break;
            case >= SlotKind.InPlaceBase: t.InPlace[k - SlotKind.InPlaceBase] = (Func<PyObject, PyObject, PyObject>?)d; break;
            case >= SlotKind.NumberBase: t.Number[k - SlotKind.NumberBase] = (Func<PyObject, PyObject, PyObject>?)d; break;
        }
    }

    private static void CopySlot(PyType t, PyType from, SlotKind k)
    {
        if (k == SlotKind.SetItem) { t.SetItem = from.SetItem; t.DelItem = from.DelItem; return; }
        if (k == SlotKind.RichCompare) { t.RichCompare = from.RichCompare; return; }
        if (k == SlotKind.Len)
        {
            t.Len = from.Len;
            return;
        }
        SetSlot(t, k, GetSlot(from, k));
        // Sequence concat/repeat travel with the number slots of a builtin base (list + list in a subclass).
        if (k == SlotKind.NumberBase + (int)NumberOp.Add) t.Concat = from.Concat;
        if (k == SlotKind.NumberBase + (int)NumberOp.Multiply) t.Repeat = from.Repeat;
        if (k == SlotKind.InPlaceBase + (int)NumberOp.Add) t.InPlaceConcat = from.InPlaceConcat;
        if (k == SlotKind.InPlaceBase + (int)NumberOp.Multiply) t.InPlaceRepeat = from.InPlaceRepeat;
    }

    private static void ClearSlot(PyType t, SlotKind k)
    {
        if (k == SlotKind.SetItem) { t.SetItem = null; t.DelItem = null; return; }
        SetSlot(t, k, null);
        if (k == SlotKind.NumberBase + (int)NumberOp.Add) t.Concat = null;
        if (k == SlotKind.NumberBase + (int)NumberOp.Multiply) t.Repeat = null;
        if (k == SlotKind.InPlaceBase + (int)NumberOp.Add) t.InPlaceConcat = null;
        if (k == SlotKind.InPlaceBase + (int)NumberOp.Multiply) t.InPlaceRepeat = null;
    }

    private static void SetStub(PyType t, SlotKind k)
    {
        if (k == SlotKind.SetItem) { t.SetItem = SlotStubs.SetItem; t.DelItem = SlotStubs.DelItem; return; }
        if (k == SlotKind.SetAttr) { t.SetAttr = SlotStubs.SetAttr; return; }
        if (k == SlotKind.DescrSet) { t.DescrSet = SlotStubs.DescrSet; return; }
        if (k >= SlotKind.InPlaceBase) { t.InPlace[k - SlotKind.InPlaceBase] = SlotStubs.InPlace[k - SlotKind.InPlaceBase]; return; }
        if (k >= SlotKind.NumberBase)
        {
            t.Number[k - SlotKind.NumberBase] = SlotStubs.Binary[k - SlotKind.NumberBase];
            if (k == SlotKind.NumberBase + (int)NumberOp.Add) t.Concat = null;
            if (k == SlotKind.NumberBase + (int)NumberOp.Multiply) t.Repeat = null;
            return;
        }
        SetSlot(t, k, SlotStubs.ForKind(k));
    }
}
