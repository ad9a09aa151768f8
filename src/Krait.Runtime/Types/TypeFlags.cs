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
    /// <summary>Py_TPFLAGS_SEQUENCE: a `case [...]` pattern matches instances (inherited).</summary>
    MatchSequence = 1 << 12,
    /// <summary>Py_TPFLAGS_MAPPING: a `case {...}` pattern matches instances (inherited).</summary>
    MatchMapping = 1 << 13,
    /// <summary>_Py_TPFLAGS_MATCH_SELF: `case int(x)` binds the subject itself (not inherited by heap types'
    /// __match_args__, but subclasses keep it as in CPython).</summary>
    MatchSelf = 1 << 14,
    /// <summary>Py_TPFLAGS_IS_ABSTRACT: a true <c>__abstractmethods__</c> was set; object.__new__ refuses.</summary>
    IsAbstract = 1 << 15,
}
