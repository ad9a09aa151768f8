namespace Krait.Runtime;

/// <summary>A group of dunders that feed one slot (CPython's slotdefs entries sharing a slot offset).</summary>
public enum SlotKind
{
    Call, GetAttr, SetAttr, RichCompare, Hash, Repr, Str, Bool, Len, Iter, Next, Contains,
    GetItem, SetItem, DescrGet, DescrSet, Init, New,
    Negative, Positive, Absolute, Invert, Int, Float, Index,
    /// <summary>Number slots: NumberBase + (int)NumberOp; in-place: InPlaceBase + (int)NumberOp.</summary>
    NumberBase,
    InPlaceBase = NumberBase + PyType.NumberOpCount,
    Count = InPlaceBase + PyType.NumberOpCount,
}
