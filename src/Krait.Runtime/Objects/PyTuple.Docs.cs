namespace Krait.Runtime;

// The __doc__ of the container types, word for word as CPython 3.11 has them (help() and pydoc show them).
public partial class PyTuple
{
    private static readonly Dictionary<string, string> s_typeDocs = new()
    {
        ["list"] = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
        ["tuple"] = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
        ["dict"] = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
        ["set"] = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
        ["frozenset"] = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
        ["range"] = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
        ["slice"] = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    };

    /// <summary>Sets <c>__doc__</c> on each of the builtin container types.</summary>
    internal static void SetContainerDocs(params PyType[] types)
    {
        foreach (var t in types)
            if (s_typeDocs.TryGetValue(t.Name, out var doc)) t.TypeDict.SetItem(PyStr.Intern("__doc__"), new PyStr(doc));
    }
}
