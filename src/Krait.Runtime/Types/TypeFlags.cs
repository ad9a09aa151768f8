namespace Krait.Runtime;

[Flags]
public enum TypeFlags
{
    None = 0,
    /// <summary>Created by a class statement or type(name, bases, dict).</summary>
    HeapType = 1 << 0,
    /// <summary>May be subclassed.</summary>
    BaseType = 1 << 1,
    /// <summary>Calls of instances found on a type bind self by prepending it (functions, method descriptors).</summary>
    MethodDescriptor = 1 << 2,
    /// <summary>Attributes may not be set on the type (builtins).</summary>
    Immutable = 1 << 3,
    /// <summary>Instances are exceptions (fast check for raise/except).</summary>
    BaseExceptionSubclass = 1 << 4,
    IntSubclass = 1 << 5,
    TupleSubclass = 1 << 6,
    ListSubclass = 1 << 7,
    StrSubclass = 1 << 8,
    DictSubclass = 1 << 9,
    TypeSubclass = 1 << 10,
    /// <summary>Has CPython's sequence protocol (tp_as_sequence): changes some error wordings.</summary>
    Sequence = 1 << 11,
}
