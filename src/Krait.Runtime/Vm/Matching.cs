namespace Krait.Runtime;

/// <summary>The pattern-matching instructions' runtime parts (ceval.c match_keys, match_class).</summary>
internal static class Matching
{
    /// <summary>MATCH_MAPPING: Py_TPFLAGS_MAPPING (dict, its subclasses, registered Mapping classes).</summary>
    public static bool IsMapping(PyObject o) => (o.Type.Flags & TypeFlags.MatchMapping) != 0;

    /// <summary>MATCH_SEQUENCE: Py_TPFLAGS_SEQUENCE (list, tuple, range … but never str/bytes/bytearray).</summary>
    public static bool IsSequence(PyObject o) => (o.Type.Flags & TypeFlags.MatchSequence) != 0;

    /// <summary>MATCH_KEYS: a tuple of the subject's values for <paramref name="keys"/>, or None if one is missing.</summary>
    public static PyObject MatchKeys(PyObject subject, PyObject keysObj)
    {
        var keys = (PyTuple)keysObj;
        if (keys.Count == 0) return PyTuple.Empty;
        var get = Ops.GetAttr(subject, "get");
        var dummy = new PyInstance(PyType.ObjectType, withDict: false);
        var seen = new PySet();
        var values = new PyObject[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (seen.Contains(key)) throw PyErr.ValueError($"mapping pattern checks duplicate key ({Ops.Repr(key).Value})");
            seen.Add(key);
            var v = Ops.Call(get, [key, dummy]);
            if (ReferenceEquals(v, dummy)) return PyNone.Instance;
            values[i] = v;
        }
        return PyTuple.Wrap(values);
    }

    /// <summary>MATCH_CLASS: the attributes for the positional and keyword sub-patterns, or None.</summary>
    public static PyObject MatchClass(PyObject subject, PyObject typeObj, int nargs, PyTuple kwargs)
    {
        if (typeObj is not PyType type) throw PyErr.TypeError("called match pattern must be a type");
        if (!subject.Type.IsSubtype(type)) return PyNone.Instance;
        var seen = new PySet();
        var attrs = new PyObject[nargs + kwargs.Count];
        bool matchSelf = false;
        PyTuple? matchArgs = null;
        if (nargs > 0)
        {
            var ma = Ops.TryGetAttr(type, PyStr.Intern("__match_args__"));
            if (ma is not null)
            {
                matchArgs = ma as PyTuple ?? throw PyErr.TypeError($"{type.Name}.__match_args__ must be a tuple (got {ma.Type.Name})");
            }
            else
            {
                matchSelf = (type.Flags & TypeFlags.MatchSelf) != 0;
                matchArgs = PyTuple.Empty;
            }
            int allowed = matchSelf ? 1 : matchArgs.Count;
            if (allowed < nargs)
            {
                string plural = allowed == 1 ? "" : "s";
                throw PyErr.TypeError($"{type.Name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)");
            }
            if (matchSelf) attrs[0] = subject;
            else
            {
                for (int i = 0; i < nargs; i++)
                {
                    var name = matchArgs[i] as PyStr ?? throw PyErr.TypeError($"__match_args__ elements must be strings (got {matchArgs[i].Type.Name})");
                    var a = GetMatchAttr(subject, type, name, seen);
                    if (a is null) return PyNone.Instance;
                    attrs[i] = a;
                }
            }
        }
        for (int i = 0; i < kwargs.Count; i++)
        {
            var a = GetMatchAttr(subject, type, (PyStr)kwargs[i], seen);
            if (a is null) return PyNone.Instance;
            attrs[nargs + i] = a;
        }
        return PyTuple.Wrap(attrs);
    }

    private static PyObject? GetMatchAttr(PyObject subject, PyType type, PyStr name, PySet seen)
    {
        if (seen.Contains(name))
            throw PyErr.TypeError($"{type.Name}() got multiple sub-patterns for attribute {Ops.Repr(name).Value}");
        seen.Add(name);
        try
        {
            return Ops.TryGetAttr(subject, name);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtype(PyExc.AttributeError))
        {
            return null;
        }
    }
}
