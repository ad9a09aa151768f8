namespace Krait.Runtime;

// add_operators: a builtin type's filled slots appear in its dict as wrapper descriptors (int.__add__ …).
internal static partial class SlotDefs
{
    public static void AddWrappers(PyType t)
    {
        for (int k = 0; k < (int)SlotKind.Count; k++)
        {
            var kind = (SlotKind)k;
            var slot = GetSlot(t, kind);
            if (kind == SlotKind.SetItem) slot = (Delegate?)t.SetItem ?? t.DelItem;
            if (kind == SlotKind.NumberBase + (int)NumberOp.Add) slot ??= t.Concat;
            if (kind == SlotKind.NumberBase + (int)NumberOp.Multiply) slot ??= t.Repeat;
            if (kind == SlotKind.InPlaceBase + (int)NumberOp.Add) slot ??= t.InPlaceConcat;
            if (kind == SlotKind.InPlaceBase + (int)NumberOp.Multiply) slot ??= t.InPlaceRepeat;
            if (slot is null) continue;
            if (t.Base is not null && IsInherited(t, t.Base, kind)) continue;
            // These types' truth is their length; the Bool slot is only a fast path and has no __bool__.
            if (kind == SlotKind.Bool && t.Len is not null && !ReferenceEquals(t, PyType.RangeType)) continue;
            var names = Names[k];
            for (int j = 0; j < names.Length; j++)
            {
                var key = PyStr.Intern(names[j]);
                if (t.TypeDict.GetItemStr(key) is not null) continue;
                PyObject? w = MakeWrapper(t, kind, names[j], j);
                if (w is not null) t.TypeDict.SetItem(key, w);
            }
        }
    }

    private static bool IsInherited(PyType t, PyType b, SlotKind kind) => kind switch
    {
        SlotKind.SetItem => ReferenceEquals(t.SetItem, b.SetItem) && ReferenceEquals(t.DelItem, b.DelItem),
        SlotKind.NumberBase + (int)NumberOp.Add => ReferenceEquals(t.Number[(int)NumberOp.Add], b.Number[(int)NumberOp.Add]) && ReferenceEquals(t.Concat, b.Concat),
        SlotKind.NumberBase + (int)NumberOp.Multiply => ReferenceEquals(t.Number[(int)NumberOp.Multiply], b.Number[(int)NumberOp.Multiply]) && ReferenceEquals(t.Repeat, b.Repeat),
        SlotKind.InPlaceBase + (int)NumberOp.Add => ReferenceEquals(t.InPlace[(int)NumberOp.Add], b.InPlace[(int)NumberOp.Add]) && ReferenceEquals(t.InPlaceConcat, b.InPlaceConcat),
        SlotKind.InPlaceBase + (int)NumberOp.Multiply => ReferenceEquals(t.InPlace[(int)NumberOp.Multiply], b.InPlace[(int)NumberOp.Multiply]) && ReferenceEquals(t.InPlaceRepeat, b.InPlaceRepeat),
        _ => ReferenceEquals(GetSlot(t, kind), GetSlot(b, kind)),
    };

    private static PyObject? MakeWrapper(PyType t, SlotKind kind, string name, int which)
    {
        BuiltinFn? fn = null;
        switch (kind)
        {
            case SlotKind.Hash:
                if (ReferenceEquals(t.Hash, HashNotImplemented)) return PyNone.Instance;
                { var f = t.Hash!; fn = (s, a, k) => { Args(name, a, 0); return PyInt.FromLong(f(s!)); }; }
                break;
            case SlotKind.Call: { var f = t.Call!; fn = (s, a, k) => f(s!, a, k); } break;
            case SlotKind.GetAttr:
                if (which == 1) return null;
                { var f = t.GetAttr!; fn = (s, a, k) => { Args(name, a, 1); var n = Ops.AttrName(a[0]); return f(s!, n) ?? throw PyErr.NoAttribute(s!, n); }; }
                break;
            case SlotKind.SetAttr:
                {
                    var f = t.SetAttr!;
                    if (which == 0) fn = (s, a, k) => { Args(name, a, 2); HackCheck(s!, f, name); f(s!, Ops.AttrName(a[0]), a[1]); return PyNone.Instance; };
                    else fn = (s, a, k) => { Args(name, a, 1); HackCheck(s!, f, name); f(s!, Ops.AttrName(a[0]), null); return PyNone.Instance; };
                }
                break;
            case SlotKind.RichCompare: { var f = t.RichCompare!; var op = (CompareOp)which; fn = (s, a, k) => { Args(name, a, 1); return f(s!, a[0], op); }; } break;
            case SlotKind.Repr: { var f = t.Repr!; fn = (s, a, k) => { Args(name, a, 0); return f(s!); }; } break;
            case SlotKind.Str: { var f = t.Str!; fn = (s, a, k) => { Args(name, a, 0); return f(s!); }; } break;
            case SlotKind.Bool: { var f = t.Bool!; fn = (s, a, k) => { Args(name, a, 0); return PyBool.From(f(s!)); }; } break;
            case SlotKind.Len: { var f = t.Len!; fn = (s, a, k) => { Args(name, a, 0); return PyInt.FromLong(f(s!)); }; } break;
            case SlotKind.Iter: { var f = t.Iter!; fn = (s, a, k) => { Args(name, a, 0); return f(s!); }; } break;
            case SlotKind.Next: { var f = t.IterNext!; fn = (s, a, k) => { Args(name, a, 0); return f(s!) ?? throw PyErr.New(PyExc.StopIteration); }; } break;
            case SlotKind.Contains: { var f = t.Contains!; fn = (s, a, k) => { Args(name, a, 1); return PyBool.From(f(s!, a[0])); }; } break;
            case SlotKind.GetItem: { var f = t.GetItem!; fn = (s, a, k) => { Args(name, a, 1); return f(s!, a[0]); }; } break;
            case SlotKind.SetItem:
                if (which == 0) { var f = t.SetItem; if (f is null) return null; fn = (s, a, k) => { Args(name, a, 2); f(s!, a[0], a[1]); return PyNone.Instance; }; }
                else { var f = t.DelItem; if (f is null) return null; fn = (s, a, k) => { Args(name, a, 1); f(s!, a[0]); return PyNone.Instance; }; }
                break;
            case SlotKind.DescrGet:
                {
                    var f = t.DescrGet!;
                    fn = (s, a, k) =>
                    {
                        if (a.Length < 1) throw PyErr.TypeError($" expected at least 1 argument, got {a.Length}");
                        if (a.Length > 2) throw PyErr.TypeError($" expected at most 2 arguments, got {a.Length}");
                        PyObject? inst = a[0] is PyNone ? null : a[0];
                        PyType? owner = a.Length > 1 && a[1] is PyType ot ? ot : null;
                        if (inst is null && owner is null) throw PyErr.TypeError("__get__(None, None) is invalid");
                        return f(s!, inst, owner);
                    };
                }
                break;
            case SlotKind.DescrSet:
                {
                    var f = t.DescrSet!;
                    if (which == 0) fn = (s, a, k) => { Args(name, a, 2); f(s!, a[0], a[1]); return PyNone.Instance; };
                    else fn = (s, a, k) => { Args(name, a, 1); f(s!, a[0], null); return PyNone.Instance; };
                }
                break;
            case SlotKind.Init: { var f = t.Init!; fn = (s, a, k) => { f(s!, a, k); return PyNone.Instance; }; } break;
            case SlotKind.New:
                return PyBuiltinFunction.NewWrapper(t);
            case SlotKind.Negative: fn = UnaryWrapper(name, t.Negative!); break;
            case SlotKind.Positive: fn = UnaryWrapper(name, t.Positive!); break;
            case SlotKind.Absolute: fn = UnaryWrapper(name, t.Absolute!); break;
            case SlotKind.Invert: fn = UnaryWrapper(name, t.Invert!); break;
            case SlotKind.Int: fn = UnaryWrapper(name, t.Int!); break;
            case SlotKind.Float: fn = UnaryWrapper(name, t.Float!); break;
            case SlotKind.Index: fn = UnaryWrapper(name, t.Index!); break;
            default:
                fn = NumberWrapper(t, kind, name, which);
                if (fn is null) return null;
                break;
        }
        return new PyWrapperDescriptor(t, name, kind, fn);
    }

    private static BuiltinFn UnaryWrapper(string name, Func<PyObject, PyObject> f) =>
        (s, a, k) => { Args(name, a, 0); return f(s!); };

    private static BuiltinFn? NumberWrapper(PyType t, SlotKind kind, string name, int which)
    {
        bool inplace = kind >= SlotKind.InPlaceBase;
        int op = inplace ? kind - SlotKind.InPlaceBase : kind - SlotKind.NumberBase;
        var f = inplace ? t.InPlace[op] : t.Number[op];
        if (f is not null)
        {
            // wrap_ternaryfunc(_r): __pow__(other[, mod]) / __rpow__(other[, mod]).
            if (op == (int)NumberOp.Power && !inplace)
                return (s, a, k) =>
                {
                    if (a.Length is < 1 or > 2)
                        throw PyErr.TypeError(a.Length < 1 ? " expected at least 1 argument, got 0" : $" expected at most 2 arguments, got {a.Length}"); // PyArg_UnpackTuple with name ""
                    PyObject v = which == 1 ? a[0] : s!, w = which == 1 ? s! : a[0];
                    if (a.Length == 1 || a[1] is PyNone) return f(v, w);
                    return Ops.BuiltinTernaryPower(s!, v, w, a[1]);
                };
            if (which == 1) return (s, a, k) => { Args(name, a, 1); return f(a[0], s!); };
            return (s, a, k) => { Args(name, a, 1); return f(s!, a[0]); };
        }
        // Sequence concat / repeat: only the forward dunders (and __rmul__ for repeat).
        if (op == (int)NumberOp.Add)
        {
            var c = inplace ? t.InPlaceConcat : t.Concat;
            if (c is null || which == 1) return null;
            return (s, a, k) => { Args(name, a, 1); return c(s!, a[0]); };
        }
        if (op == (int)NumberOp.Multiply)
        {
            var r = inplace ? t.InPlaceRepeat : t.Repeat;
            if (r is null) return null;
            return (s, a, k) => { Args(name, a, 1); return r(s!, Ops.AsSsize(a[0])); };
        }
        return null;
    }

    /// <summary>hackcheck: object.__setattr__(some_type, …) must not skip type's own __setattr__ (or any other
    /// builtin override between the object's type and the wrapper's owner).</summary>
    private static void HackCheck(PyObject self, Action<PyObject, PyStr, PyObject?> func, string what)
    {
        var type = self.Type;
        var mro = type.Mro;
        var defining = type;
        for (int i = mro.Length - 1; i >= 0; i--)
        {
            var b = mro[i];
            if (ReferenceEquals(b.SetAttr, SlotStubs.SetAttr)) continue;
            if (ReferenceEquals(b.SetAttr, type.SetAttr)) { defining = b; break; }
        }
        for (var b = defining; b is not null; b = b.Base)
        {
            if (ReferenceEquals(b.SetAttr, func)) break;
            if (!ReferenceEquals(b.SetAttr, SlotStubs.SetAttr))
                throw PyErr.TypeError($"can't apply this {what} to {type.Name} object");
        }
    }

    /// <summary>check_num_args.</summary>
    private static void Args(string name, ReadOnlySpan<PyObject> a, int n)
    {
        if (a.Length != n)
            throw PyErr.TypeError(n == 1 ? $"expected 1 argument, got {a.Length}" : $"expected {n} arguments, got {a.Length}");
    }
}
