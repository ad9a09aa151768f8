using System.Runtime.CompilerServices;

namespace Krait.Runtime;

// split() and subgroup() (exceptiongroup_split_recursive and exceptiongroup_subset in Objects/exceptions.c),
// also used by except* through ExceptionGroups.
public sealed partial class PyBaseExceptionGroup
{
    internal enum MatcherKind { Type, Predicate, InstanceIds }

    /// <summary>What a split matches: an exception type or tuple of types, a Python function (predicate), or
    /// (for except* re-raising) a set of leaf exceptions by identity.</summary>
    internal readonly struct Matcher(MatcherKind kind, PyObject? value, HashSet<PyBaseException>? ids)
    {
        public readonly MatcherKind Kind = kind;
        public readonly PyObject? Value = value;
        public readonly HashSet<PyBaseException>? Ids = ids;

        /// <summary>get_matcher_type.</summary>
        public static Matcher From(PyObject value)
        {
            if (value is PyFunction) return new Matcher(MatcherKind.Predicate, value, null);
            if (IsExceptionClass(value)) return new Matcher(MatcherKind.Type, value, null);
            if (value is PyTuple t && ReferenceEquals(t.Type, PyType.TupleType))
            {
                bool all = true;
                for (int i = 0; i < t.Count; i++)
                    if (!IsExceptionClass(t[i])) all = false;
                if (all) return new Matcher(MatcherKind.Type, value, null);
            }
            throw PyErr.TypeError("expected a function, exception type or tuple of exception types");
        }

        public static Matcher ByIds(HashSet<PyBaseException> ids) => new(MatcherKind.InstanceIds, null, ids);

        public bool Matches(PyObject exc) => Kind switch
        {
            MatcherKind.Type => Interpreter.ExceptionMatches(exc, Value!),
            MatcherKind.Predicate => Ops.IsTrue(Ops.Call(Value!, [exc])),
            _ => exc is PyBaseException e && Ids!.Contains(e),
        };
    }

    private static bool IsExceptionClass(PyObject o) => o is PyType t && t.IsSubtype(PyExc.BaseException);

    /// <summary>exceptiongroup_split_recursive: (match, rest), null for an empty part; rest is only built
    /// when <paramref name="constructRest"/>.</summary>
    internal static (PyObject? Matched, PyObject? Remainder) SplitRecursive(PyObject exc, Matcher matcher, bool constructRest)
    {
        if (matcher.Matches(exc)) return (exc, null);
        if (exc is not PyBaseExceptionGroup eg) return (null, constructRest ? exc : null);

        RuntimeHelpers.EnsureSufficientExecutionStack();
        var matches = new PyList();
        var rests = constructRest ? new PyList() : null;
        var excs = eg.Exceptions;
        for (int i = 0; i < excs.Count; i++)
        {
            var (m, r) = SplitRecursive(excs[i], matcher, constructRest);
            if (m is not null) matches.Append(m);
            if (r is not null) rests!.Append(r);
        }
        var match = Subset(eg, matches);
        var rest = constructRest ? Subset(eg, rests!) : null;
        return (match, rest);
    }

    /// <summary>exceptiongroup_subset: <c>orig.derive(excs)</c> with orig's traceback, cause, context and
    /// a copy of its notes; null when <paramref name="excs"/> is empty.</summary>
    private static PyObject? Subset(PyBaseExceptionGroup orig, PyList excs)
    {
        if (excs.Count == 0) return null;
        var derived = Ops.CallMethod(orig, "derive", [excs]);
        if (derived is not PyBaseExceptionGroup eg)
            throw PyErr.TypeError("derive must return an instance of BaseExceptionGroup");
        if (orig.Traceback is not null) eg.Traceback = orig.Traceback;
        eg.Context = orig.Context;
        // PyException_SetCause also sets __suppress_context__.
        eg.SetCause(orig.Cause);
        var notes = Ops.TryGetAttr(orig, PyStr.Intern("__notes__"));
        if (notes is not null && notes.Type.GetItem is not null && notes is not PyDict)
        {
            // A copy, so that the parts have independent notes lists.
            var copy = new PyList();
            var it = Ops.GetIter(notes);
            while (Ops.Next(it) is { } n) copy.Append(n);
            Ops.SetAttr(eg, PyStr.Intern("__notes__"), copy);
        }
        return eg;
    }

    /// <summary>collect_exception_group_leaf_ids.</summary>
    internal static void CollectLeaves(PyObject exc, HashSet<PyBaseException> leaves)
    {
        if (exc is PyNone) return;
        if (exc is PyBaseExceptionGroup eg)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            for (int i = 0; i < eg.Exceptions.Count; i++) CollectLeaves(eg.Exceptions[i], leaves);
        }
        else if (exc is PyBaseException e) leaves.Add(e);
    }
}
