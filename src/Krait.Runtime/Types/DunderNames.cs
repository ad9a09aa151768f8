namespace Krait.Runtime;

/// <summary>Interned dunder names used on hot paths (so slot stubs don't hash a .NET string per call).
/// Never touched while the builtin types are being created (see PyType's static constructor).</summary>
internal static class DunderNames
{
    public static readonly PyStr Bool = PyStr.Intern("__bool__");
    public static readonly PyStr Call = PyStr.Intern("__call__");
    public static readonly PyStr Contains = PyStr.Intern("__contains__");
    public static readonly PyStr Get = PyStr.Intern("__get__");
    public static readonly PyStr Getattr = PyStr.Intern("__getattr__");
    public static readonly PyStr Getattribute = PyStr.Intern("__getattribute__");
    public static readonly PyStr Hash = PyStr.Intern("__hash__");
    public static readonly PyStr Init = PyStr.Intern("__init__");
    public static readonly PyStr Iter = PyStr.Intern("__iter__");
    public static readonly PyStr Len = PyStr.Intern("__len__");
    public static readonly PyStr New = PyStr.Intern("__new__");
    public static readonly PyStr Delattr = PyStr.Intern("__delattr__");
    public static readonly PyStr Delete = PyStr.Intern("__delete__");
    public static readonly PyStr Delitem = PyStr.Intern("__delitem__");
    public static readonly PyStr Getitem = PyStr.Intern("__getitem__");
    public static readonly PyStr Next = PyStr.Intern("__next__");
    public static readonly PyStr Repr = PyStr.Intern("__repr__");
    public static readonly PyStr Set = PyStr.Intern("__set__");
    public static readonly PyStr Setattr = PyStr.Intern("__setattr__");
    public static readonly PyStr Setitem = PyStr.Intern("__setitem__");
    public static readonly PyStr Str = PyStr.Intern("__str__");
    /// <summary>The rich comparison names by <see cref="CompareOp"/> (SlotDefs.CompareNames, interned).</summary>
    public static readonly PyStr[] Compare = [PyStr.Intern("__lt__"), PyStr.Intern("__le__"), PyStr.Intern("__eq__"),
        PyStr.Intern("__ne__"), PyStr.Intern("__gt__"), PyStr.Intern("__ge__")];
}
